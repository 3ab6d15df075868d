/**
 * `/ap/page/swap?from=a&to=b[&after=ms]`: page `a` whose `#authportal-main-section` is replaced by
 * page `b`'s (and back, on each click) without a reload, the way Amazon's sign-in app re-renders
 * in place. Both sections travel as JSON strings in the page.
 */

import { html, jsonForScript, raw } from './html';
import { authDocument } from './layout';
import { type PageContext, type StateName, statePage } from './pages';

const swapScript = raw(`(function () {
  var data = JSON.parse(document.getElementById('sim-swap-data').textContent);
  var showing = 0;
  function swap() {
    showing = 1 - showing;
    var next = data.pages[showing];
    document.getElementById('authportal-main-section').innerHTML = next.main;
    document.title = next.title;
    document.getElementById('sim-swap').setAttribute('data-showing', next.name);
  }
  document.getElementById('sim-swap').addEventListener('click', swap);
  if (data.after >= 0) setTimeout(swap, data.after);
})();`);

export function swapDocument(
  c: PageContext,
  from: StateName,
  to: StateName,
  afterMs: number | undefined,
): string {
  const a = statePage(from, c);
  const b = statePage(to, c);
  const data = {
    after: afterMs ?? -1,
    pages: [
      { name: from, title: a.title, main: a.main.value },
      { name: to, title: b.title, main: b.main.value },
    ],
  };
  return authDocument({
    t: c.t,
    title: a.title,
    main: a.main,
    after: html`<div class="sim-tools"><button id="sim-swap" type="button" data-showing="${from}">Swap page (${from} ⇄ ${to})</button></div>`,
    script: html`<script type="application/json" id="sim-swap-data">${jsonForScript(data)}</script><script>${swapScript}</script>`,
  });
}
