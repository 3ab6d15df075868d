/** Content script wiring: page → classify → banner; banner actions → messages. Decides nothing. */

import { signInStartUrl } from '../cleanup/sign-in-start';
import { verdictSentence } from '../clock/words';
import { anchorFor } from '../detect/anchor';
import { classify } from '../detect/classify';
import { api } from '../shared/api';
import { t, uiLanguage } from '../shared/i18n';
import { makeSend } from '../shared/messages';
import { createBanner } from './banner';
import { startBanner } from './controller';
import { hintFor, offersCleanup } from './hint';

const { dir, lang } = uiLanguage();
const send = makeSend(api.runtime);

// Asked at document_start so that the answer is in by the time the page can be read.
const status = send('bannerStatus', {}).then((reply) => reply?.show !== false);

const start = () => {
  const controller = startBanner({
    doc: document,
    url: () => location.href,
    classify,
    anchorFor,
    status,
    report: ({ state, method, destination }) => {
      send('pageSeen', { state, method, destination }).catch(() => {});
    },
    dismiss: () => {
      send('dismissBanner', {}).catch(() => {});
    },
    open: (section) => {
      send('openPopup', { section }).catch(() => {});
    },
    checkClock: (auto) =>
      send('checkClock', { host: null, scope: auto ? 'primary' : 'all', force: !auto }).then(
        (result) => ({ verdict: result.verdict, text: verdictSentence(t, result, lang) }),
      ),
    cleanup: () =>
      send('cleanup', { scope: 'seller-central', host: null }).then(
        () => {
          location.assign(signInStartUrl(location.hostname));
          return true;
        },
        () => false,
      ),
    content: (page) => {
      const hint = hintFor(page);
      return {
        state: page.state,
        method: page.method,
        title: t('bannerTitle'),
        hint: t(hint.key, hint.substitutions),
        openLabel: t('bannerOpen'),
        dismissLabel: t('bannerDismiss'),
        regionLabel: t('bannerRegion'),
        section: hint.section,
        clockLabel: hint.clock ? t('bannerCheckClock') : null,
        clockChecking: t('bannerClockChecking'),
        clockFailed: t('bannerClockFailed'),
        cleanup: offersCleanup(page.state)
          ? {
              label: t('cleanupBanner'),
              running: t('cleanupBannerRunning'),
              failed: t('cleanupBannerFailed'),
            }
          : null,
        dir,
        lang,
      };
    },
    createBanner: (actions) => createBanner(document, actions),
  });
  controller.refresh();
};

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
