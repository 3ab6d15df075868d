/**
 * `/ap/page/hostile/<kind>`: the SMS code page made huge, deep, self-defending, clobbered or full of
 * markup-looking text; a code page whose unknown prompt is markup-looking text; a chooser whose
 * wait names absurd numbers. Each page's own script exercises the DOM last and sets
 * `window.__pageOk`, so a test can tell that the extension did not break the page.
 */

import { type Html, html, raw } from './html';
import { authDocument } from './layout';
import { chooseMain, codeMain, type PageContext } from './pages';

export const hostileKinds = [
  'big',
  'deep',
  'remover',
  'clobber',
  'markup',
  'fighter',
  'markup-prompt',
  'absurd-wait',
] as const;
export type HostileKind = (typeof hostileKinds)[number];

export function isHostileKind(kind: string): kind is HostileKind {
  return (hostileKinds as readonly string[]).includes(kind);
}

function bulk(id: string, from: number, count: number): Html {
  const items: string[] = [];
  for (let i = from; i < from + count; i++) items.push(`<span class="sim-bulk-item">${i} </span>`);
  // A small scrolling box: the elements are real and laid out, the page stays usable.
  return html`<div id="${id}" style="height:40px;overflow:auto;font-size:9px;color:#999">${raw(items.join(''))}</div>`;
}

function script(body: string): Html {
  return html`<script>(function () {${raw(body)}})();</script>`;
}

const scripts: Record<HostileKind, string> = {
  big: `
  var n = document.getElementsByClassName('sim-bulk-item').length;
  window.__pageOk = n === 20000 && !!document.getElementById('auth-mfa-form');`,
  // The HTML parser flattens nesting beyond 512 levels, so the depth is built with the DOM.
  deep: `
  var main = document.getElementById('authportal-main-section');
  var outer = document.createElement('div');
  var cur = outer;
  for (var i = 0; i < 1000; i++) { var d = document.createElement('div'); d.className = 'sim-deep'; cur.appendChild(d); cur = d; }
  while (main.firstChild) cur.appendChild(main.firstChild);
  main.appendChild(outer);
  var depth = 0;
  for (var e = document.getElementById('auth-mfa-form'); e; e = e.parentElement) depth++;
  window.__pageOk = depth > 1000;`,
  remover: `
  window.__removed = 0;
  function sweep(root) {
    if (root.nodeType !== 1 || !root.isConnected) return;
    if (root.hasAttribute('data-sc2sv')) { root.remove(); window.__removed++; return; }
    var found = root.querySelectorAll('[data-sc2sv]');
    for (var i = 0; i < found.length; i++) { found[i].remove(); window.__removed++; }
  }
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      if (r.type === 'attributes') sweep(r.target);
      else r.addedNodes.forEach(sweep);
    });
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-sc2sv'] });
  window.__pageOk = !!document.getElementById('auth-mfa-form');`,
  // The named elements have replaced document.getElementById and friends: use the prototypes.
  clobber: `
  var byId = Document.prototype.getElementById;
  var query = Document.prototype.querySelector;
  var clobbered = typeof document.getElementById !== 'function' && typeof document.querySelector !== 'function';
  var form = byId.call(document, 'auth-mfa-form');
  var field = query.call(document, '#auth-mfa-otpcode');
  window.__pageOk = clobbered && !!form && !!field && form.contains(field);`,
  // Fights the banner every way a page script can, for 3 s: takes it out whenever it appears,
  // restyles the page, replaces DOM methods on the prototypes (these live in the page's world;
  // the content script's world has its own) and floods mutations. Counts what it did.
  fighter: `
  var w = window;
  w.__removed = 0; w.__calls = 0; w.__floods = 0;
  ['attachShadow', 'appendChild', 'insertBefore', 'querySelector', 'querySelectorAll', 'remove', 'setAttribute'].forEach(function (name) {
    var proto = typeof Element.prototype[name] === 'function' ? Element.prototype : Node.prototype;
    var original = proto[name];
    proto[name] = function () { w.__calls++; return original.apply(this, arguments); };
  });
  var originalAppend = Node.prototype.appendChild;
  new MutationObserver(function () {
    var found = document.querySelectorAll('[data-sc2sv]');
    for (var i = 0; i < found.length; i++) { found[i].remove(); w.__removed++; }
  }).observe(document.documentElement, { childList: true, subtree: true });
  var style = document.createElement('style');
  style.textContent = 'body, body * { transition: none !important } [data-sc2sv] { display: none !important } main, form { outline: 3px dashed red }';
  originalAppend.call(document.head, style);
  var box = document.createElement('div');
  box.id = 'sim-flood';
  originalAppend.call(document.body, box);
  var start = Date.now();
  var flood = setInterval(function () {
    if (Date.now() - start > 3000) { clearInterval(flood); w.__floodDone = true; return; }
    for (var i = 0; i < 50; i++) {
      var d = document.createElement('span'); d.textContent = String(i);
      box.appendChild(d); box.removeChild(d);
      document.body.setAttribute('class', 'sim-flood-' + (w.__floods++ % 7));
      document.body.style.marginLeft = (w.__floods % 3) + 'px';
    }
  }, 10);
  document.getElementById('auth-mfa-form').addEventListener('submit', function () { w.__submitted = true; });
  w.__pageOk = !!document.getElementById('auth-mfa-form');`,
  'markup-prompt': `
  var p = document.querySelector('#auth-mfa-form p');
  window.__pageOk = !!p && p.querySelectorAll('script, img').length === 0
    && p.textContent.indexOf('<script>') >= 0;`,
  'absurd-wait': `
  window.__pageOk = !!document.getElementById('auth-select-device-form')
    && document.getElementById('auth-error-message-box').textContent.indexOf('99999999') >= 0;`,
  markup: `
  var p = document.querySelector('#auth-mfa-form p');
  window.__pageOk = !!p && p.querySelectorAll('img').length === 0 && p.querySelectorAll('b').length === 1
    && p.textContent.indexOf('<img src=x onerror=alert(1)>') >= 0;`,
};

function clobberers(): Html {
  return html`<div id="sim-clobber" hidden>
<form name="getElementById"></form><img name="querySelector" alt=""><img name="querySelectorAll" alt="">
<form name="createElement"></form><form name="getElementsByClassName"></form><img name="evaluate" alt="">
<input id="body"><form id="chrome"></form><form id="browser"></form>
</div>`;
}

/** The page's own words, made hostile: text that looks like markup, waits no one believes. */
const hostileWords = {
  // Tag-looking text (escaped by the templates, so text) in a prompt that names no method.
  'markup-prompt': {
    otpUnknown: '<script>alert(1)</script> Enter the <b>code</b> we gave you <img src=x>',
  },
  // A wait of thousands of years, and one of digits inside a 24: neither is one believable wait.
  'absurd-wait': {
    tooManyOtps: 'You can request a new OTP in 99999999 hours, or in 2<b>4</b> hours.',
  },
} as const;

function hostileMain(c: PageContext, kind: HostileKind): Html {
  if (kind === 'absurd-wait') {
    return chooseMain({ ...c, t: { ...c.t, ...hostileWords[kind] } }, { limit: true });
  }
  if (kind === 'markup-prompt') {
    return codeMain({ ...c, t: { ...c.t, ...hostileWords[kind] } }, 'sms', { unknownPrompt: true });
  }
  return codeMain(
    kind === 'markup'
      ? // Bold digits and escaped tag text inside the number: both must stay text downstream.
        { ...c, tail: html`<b>9</b>76 ${'<img src=x onerror=alert(1)>'}` }
      : c,
    'sms',
  );
}

export function hostileDocument(c: PageContext, kind: HostileKind): string {
  return authDocument({
    t: c.t,
    title: c.t.twoStep,
    main: hostileMain(c, kind),
    before:
      kind === 'big'
        ? bulk('sim-bulk-before', 0, 10_000)
        : kind === 'clobber'
          ? clobberers()
          : undefined,
    after: kind === 'big' ? bulk('sim-bulk-after', 10_000, 10_000) : undefined,
    script: script(scripts[kind]),
  });
}
