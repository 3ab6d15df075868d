/**
 * The popup's support section: the composed description (editable, kept as a draft), then
 * "Copy and open Contact Us". Reads the facts from their storage items; sends nothing anywhere.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { totpRecordItem } from '../authenticator/check-record';
import { runItem } from '../cleanup/run';
import { clockItem } from '../clock/state';
import type { Finding } from '../diagnosis/diagnose';
import { detectEnvironment } from '../guide/environment';
import { guideItem, triedSteps } from '../guide/guide-state';
import { uaData, uaDataWithVersion } from '../guide/ua-data';
import type { Marketplace, SellerCentralHost } from '../sellercentral/marketplaces';
import { type Translate, translator } from '../shared/catalogue';
import { type MessageKey, t, uiLanguage } from '../shared/i18n';
import { packagedCatalogue } from '../shared/packaged-catalogue';
import type { TabRecord } from '../shared/tab-record';
import { useItem } from '../shared/use-item';
import { cleanupResultOf } from './cleanup-result';
import { composeDescription, type Situation } from './compose-description';
import { describeInUiLanguage } from './description-language';
import { type Draft, draftItem, maxDraftLength } from './draft';
import { type LinkKind, linksFor } from './links';
import { PageOutlineMaker } from './PageOutlineMaker';
import { useSignedIn } from './use-signed-in';

type Facts = Pick<Situation, 'clock' | 'cleanup' | 'authenticator' | 'tried' | 'symptom'>;

/** Everything the description needs from storage, kept current while the popup is open. */
function useFacts(host: SellerCentralHost): Facts {
  const [clock] = useItem(clockItem(host));
  const [run] = useItem(runItem(host));
  const [authenticator] = useItem(totpRecordItem(host));
  const [guide] = useItem(guideItem(host));
  return {
    clock: clock?.result ? { result: clock.result, at: clock.startedAt } : null,
    cleanup: cleanupResultOf(run ?? null),
    authenticator: authenticator ?? null,
    tried: guide ? triedSteps(guide) : [],
    symptom: guide?.symptom ?? null,
  };
}

/** The translator for the marketplace's support language (see description-language.ts). */
function useDescriptionTranslator(language: string): { t: Translate; locale: string } | null {
  const ui = uiLanguage().lang;
  const [tr, setTr] = useState<{ t: Translate; locale: string } | null>(
    describeInUiLanguage(ui, language) ? { t, locale: ui } : null,
  );
  useEffect(() => {
    if (tr) return;
    packagedCatalogue('en').then((en) =>
      setTr(en ? { t: translator(en), locale: 'en' } : { t, locale: ui }),
    );
  }, [language]);
  return tr;
}

/** The links this section lists (User Permissions is the guide's, for the owner). */
const linkText = {
  contactUs: 'supportLinkContactUs',
  signInHelp: 'supportLinkSignInHelp',
  recovery: 'supportLinkRecovery',
  loginSettings: 'supportLinkLoginSettings',
} as const satisfies Partial<Record<LinkKind, MessageKey>>;
const listed = Object.keys(linkText) as (keyof typeof linkText)[];

export function SupportSection({
  marketplace,
  page,
  findings,
  tabId,
}: {
  marketplace: Marketplace;
  page: TabRecord | null;
  /** The tab the popup is about, if any: its sign-in page can be outlined for a bug report. */
  tabId: number | null;
  /** The diagnosis the seller sees: the description says the same. */
  findings: readonly Finding[];
}) {
  const host = marketplace.host;
  const facts = useFacts(host);
  const tr = useDescriptionTranslator(marketplace.language);
  const signedIn = useSignedIn(host);
  const [ua, setUa] = useState(uaData);
  const [draft, setDraft] = useState<Draft | null | undefined>(undefined);
  // The draft as last set, ahead of renders: an input handled before an earlier render's effect
  // runs (Preact runs it on the next render) must not be overwritten by that effect's composed
  // text (seen in e2e/support.spec.ts, "the edited draft survives closing the popup").
  const latest = useRef<Draft | null | undefined>(undefined);
  const setDraftState = (next: Draft | null) => {
    latest.current = next;
    setDraft(next);
  };
  const [outcome, setOutcome] = useState<'copied' | 'copy-failed' | null>(null);
  useEffect(() => {
    uaDataWithVersion().then(setUa, () => {});
    // Read once: only this section writes the draft, and re-reading while the seller types
    // would put older text back under their cursor.
    draftItem(host)
      .get()
      .then(setDraftState, () => setDraftState(null));
  }, [host]);

  const composed = tr
    ? composeDescription(
        {
          host,
          page,
          ...facts,
          environment: detectEnvironment(navigator.userAgent, ua),
          findings,
          now: Date.now(),
        },
        tr.t,
        tr.locale,
        Intl.DateTimeFormat().resolvedOptions().timeZone,
      )
    : null;
  const text = draft?.edited ? draft.text : composed;

  // Keep the unedited text stored too, so the Contact Us page can paste it.
  useEffect(() => {
    if (draft === undefined || draft?.edited || composed === null || draft?.text === composed)
      return;
    if (latest.current?.edited) return;
    void draftItem(host)
      .set({ text: composed, edited: false, at: Date.now() })
      .catch(() => {});
  }, [composed, draft]);

  const links = linksFor(host);
  const open = async () => {
    try {
      await navigator.clipboard.writeText(text ?? '');
      setOutcome('copied');
    } catch {
      setOutcome('copy-failed');
    }
    const urls = signedIn ? [links.contactUs] : [links.signInHelp, links.recovery];
    for (const url of urls) await browser.tabs.create({ url });
  };

  return (
    <div>
      <p>
        <label for="support-description">{t('supportDescriptionLabel')}</label>
      </p>
      <textarea
        id="support-description"
        data-testid="support-description"
        rows={12}
        style={{ width: '100%', boxSizing: 'border-box', font: 'inherit' }}
        maxLength={maxDraftLength}
        value={text ?? ''}
        disabled={text === null}
        onInput={(e) => {
          const next = { text: e.currentTarget.value, edited: true, at: Date.now() };
          setDraftState(next);
          void draftItem(host)
            .set(next)
            .catch(() => {});
        }}
      />
      {draft?.edited && (
        <p>
          {t('supportDraftSaved')}{' '}
          <button
            type="button"
            class="link"
            onClick={() => {
              if (composed === null) return;
              const next = { text: composed, edited: false, at: Date.now() };
              setDraftState(next);
              void draftItem(host)
                .set(next)
                .catch(() => {});
            }}
          >
            {t('supportRecompose')}
          </button>
        </p>
      )}
      {signedIn !== null && (
        <p data-testid="support-route" data-signed-in={signedIn ? 'true' : 'false'}>
          {t(signedIn ? 'supportSignedIn' : 'supportSignedOut')}
        </p>
      )}
      <p>
        <button
          type="button"
          data-testid="support-open"
          disabled={text === null || signedIn === null}
          onClick={() => void open()}
        >
          {t('supportOpen')}
        </button>
      </p>
      {outcome && (
        <p role="status" data-testid="support-outcome" data-outcome={outcome}>
          {t(outcome === 'copied' ? 'supportCopied' : 'supportCopyFailed')}
        </p>
      )}
      <p class="source">{t('supportNothingSent')}</p>
      <h3>{t('supportLinksTitle')}</h3>
      <ul>
        {listed.map((kind) => (
          <li key={kind}>
            <a href={links[kind]} target="_blank" rel="noopener noreferrer">
              {t(linkText[kind])}
            </a>
          </li>
        ))}
      </ul>
      <PageOutlineMaker tabId={tabId} />
    </div>
  );
}
