/**
 * Content script on Seller Central's Contact Us pages: offers to paste the support description
 * the seller prepared in the popup. The draft is asked for only when the seller clicks.
 */
import { api } from '../shared/api';
import { t, uiLanguage } from '../shared/i18n';
import { makeSend } from '../shared/messages';
import { findDescriptionField, pasteInto } from './find-field';
import { createPasteBanner } from './paste-banner';

const send = makeSend(api.runtime);
const { dir, lang } = uiLanguage();

// One banner per page: a copy injected later (install, update: background/index.ts) replaces an
// earlier one's, whose button (its only listener) goes with it, even when an update orphaned it.
document.querySelector('[data-sc2sv="paste-banner"]')?.remove();
{
  const banner = createPasteBanner(
    document,
    {
      message: t('supportPasteBanner'),
      button: t('supportPasteButton'),
      region: t('supportPasteRegion'),
      dir,
      lang,
    },
    () => {
      send('supportDraft', {})
        .then(({ text }) => {
          if (!text) return banner.status(t('supportPasteNone'), 'problem');
          const field = findDescriptionField(document);
          if (!field) return banner.status(t('supportPasteNoField'), 'problem');
          pasteInto(field, text);
          field.focus();
          banner.status(t('supportPasteDone'), 'done');
        })
        .catch(() => banner.status(t('supportPasteNone'), 'problem'));
    },
  );
  banner.place();
}
