/** Content script wiring: page → classify → banner; banner actions → messages. Decides nothing. */

import { signInStartUrl } from '../cleanup/sign-in-start';
import { anchorFor } from '../detect/anchor';
import { classify } from '../detect/classify';
import { isCodeRequest } from '../detect/code-request';
import type { PageWords } from '../detect/language-words';
import { parseWords } from '../detect/parse-words';
import { pagePaths } from '../sellercentral/marketplaces';
import { api } from '../shared/api';
import { expandedTranslator, type Translate } from '../shared/catalogue';
import { t, uiLanguage } from '../shared/i18n';
import { directionOf, localeForTag, tagOf } from '../shared/locales';
import { makeSend } from '../shared/messages';
import { createBanner } from './banner';
import { bannerContent } from './banner-words';
import { startBanner } from './controller';
import { cookiesWork } from './cookies-work';

let { dir, lang } = uiLanguage();
let translate: Translate = t;
const send = makeSend(api.runtime);

// The page's language (`<html lang>`, already parsed at document_start in Chromium; Firefox may
// not have `<html>` yet: null, and every table comes) when we ship it. The background answers with
// the classifier's words for it and, as the i18n API only knows the browser's language, the
// banner's strings in it when it is another.
const locale = localeForTag(document.documentElement?.getAttribute('lang'));

// Asked at document_start so that the answer is in by the time the page can be read.
const reply = send('bannerStatus', { locale });
const status = reply.then((r) => r?.show !== false);
// None until the answer: the page is then read by its structure alone, and again once they come.
let words: PageWords = [];
const wordsIn = reply.then((r) => {
  words = parseWords(r?.words);
});
// Usually in before DOMContentLoaded, so the first paint is already in the page's language; when
// it is late, the banner does not wait (first paint is what the bench measures) and switches.
const relabel = reply.then((r) => {
  const messages = r?.messages;
  if (!locale || !messages) return false;
  translate = expandedTranslator(messages, t);
  lang = tagOf(locale);
  dir = directionOf(locale);
  return true;
});

// Where the cookie settings are depends on the browser (Edge and Firefox name themselves).
const ua = navigator.userAgent;
const browser = /Firefox\//.test(ua) ? 'firefox' : /Edg\//.test(ua) ? 'edge' : 'chrome';

const start = () => {
  // Tested once per page, for its own sign-in path: no step of the sign-in works without cookies.
  const path = pagePaths['sign-in'].find((p) => location.pathname.startsWith(p));
  const world = { cookiesWork: cookiesWork(document, path) };
  const controller = startBanner({
    doc: document,
    url: () => location.href,
    classify: (root, url, pageWords) => classify(root, url, { ...world, words: pageWords }),
    words: () => words,
    wordsIn,
    anchorFor,
    status,
    relabel,
    // The protocol's validator keeps the report's fields only (the rest of the page stays here).
    report: (page) => send('pageSeen', page),
    codeRequested: () => send('codeRequested', {}).then((r) => r.latestRequestAt),
    isCodeRequest,
    now: () => Date.now(),
    dismiss: () => {
      send('dismissBanner', {}).catch(() => {});
    },
    open: (section) => {
      send('openPopup', { section }).catch(() => {});
    },
    // The verdict comes in words, in the page's language: the background writes them.
    checkClock: (auto) => send('bannerClock', { scope: auto ? 'primary' : 'all', locale }),
    cleanup: () =>
      send('cleanup', { scope: 'seller-central', host: null }).then(
        () => {
          location.assign(signInStartUrl(location.hostname));
          return true;
        },
        () => false,
      ),
    content: (page, facts, now) =>
      bannerContent(page, facts, now, {
        t: translate,
        lang,
        dir,
        browser,
        host: location.hostname,
      }),
    createBanner: (actions) => createBanner(document, actions),
  });
  controller.refresh();
};

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
