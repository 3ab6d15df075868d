/** Content script wiring: page → classify → banner; banner actions → messages. Decides nothing. */
import { anchorFor } from '../detect/anchor';
import { classify } from '../detect/classify';
import { api } from '../shared/api';
import { t, uiLanguage } from '../shared/i18n';
import { makeSend } from '../shared/messages';
import { createBanner } from './banner';
import { startBanner } from './controller';
import { hintFor } from './hint';

const { dir, lang } = uiLanguage();
const send = makeSend(api.runtime);

const controller = startBanner({
  doc: document,
  url: () => location.href,
  classify,
  anchorFor,
  report: ({ state, method, destination }) =>
    send('pageSeen', { state, method, destination }).then((reply) => reply?.show !== false),
  dismiss: () => {
    send('dismissBanner', {}).catch(() => {});
  },
  open: (section) => {
    send('openPopup', { section }).catch(() => {});
  },
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
      dir,
      lang,
    };
  },
  createBanner: (actions) => createBanner(document, actions),
});

void controller.refresh();
