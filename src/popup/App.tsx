import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ClockSection } from '../clock/ClockSection';
import { useClockCheck } from '../clock/use-clock-check';
import { DiagnosisSection } from '../diagnosis/DiagnosisSection';
import { useDiagnosis } from '../diagnosis/use-diagnosis';
import { type MessageKey, t, uiLanguage } from '../shared/i18n';
import { type Section, sectionFromHash, sections } from '../shared/sections';
import { situations } from '../shared/situations';
import { useItem } from '../shared/use-item';
import { useNow } from '../shared/use-now';
import { signedInCardItem } from '../signed-in/signed-in-card';
import { lazySection } from './lazy-section';
import type { PopupContext } from './load-context';
import { type TabReadLine, useTabRead } from './use-tab-read';

const CleanupSection = lazySection(() =>
  import('../cleanup/CleanupSection').then((m) => m.CleanupSection),
);
const AuthenticatorSection = lazySection(() =>
  import('../authenticator/AuthenticatorSection').then((m) => m.AuthenticatorSection),
);
const GuideSection = lazySection(() => import('../guide/GuideSection').then((m) => m.GuideSection));
const SupportSection = lazySection(() =>
  import('../support/SupportSection').then((m) => m.SupportSection),
);

const SignedInCard = lazySection(() =>
  import('../signed-in/SignedInCard').then((m) => m.SignedInCard),
);

/** The "you're in" card of the tab, while there is one; once dismissed, focus goes to the menu. */
function SignedIn({ tabId }: { tabId: number }) {
  const [card] = useItem(signedInCardItem(tabId));
  const focusMenu = () =>
    document.querySelector<HTMLElement>('nav a[aria-current="page"]')?.focus();
  return card ? <SignedInCard card={card} tabId={tabId} onDismissed={focusMenu} /> : null;
}

const sectionText = {
  diagnosis: { title: 'sectionDiagnosis', intro: 'sectionDiagnosisIntro' },
  clock: { title: 'sectionClock', intro: 'sectionClockIntro' },
  cleanup: { title: 'sectionCleanup', intro: 'sectionCleanupIntro' },
  authenticator: { title: 'sectionAuthenticator', intro: 'sectionAuthenticatorIntro' },
  guide: { title: 'sectionGuide', intro: 'sectionGuideIntro' },
  support: { title: 'sectionSupport', intro: 'sectionSupportIntro' },
} as const satisfies Record<Section, { title: MessageKey; intro: MessageKey }>;

const sourceText = {
  tab: 'marketplaceFromTab',
  'last-seen': 'marketplaceLastSeen',
  default: 'marketplaceDefault',
} as const satisfies Record<PopupContext['source'], MessageKey>;

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage().lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function useHashSection(initial: Section | null): [Section, (s: Section) => void] {
  const [section, setSection] = useState<Section>(
    sectionFromHash(location.hash) ?? initial ?? 'diagnosis',
  );
  useEffect(() => {
    const onHash = () => {
      const next = sectionFromHash(location.hash);
      if (next) setSection(next);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const go = (s: Section) => {
    history.replaceState(null, '', `#${s}`);
    setSection(s);
  };
  return [section, go];
}

const readText = {
  elsewhere: 'tabNotSellerCentral',
  failed: 'tabUnreadable',
} as const satisfies Record<NonNullable<TabReadLine>, MessageKey>;

function Header({ context, line }: { context: PopupContext | null; line: TabReadLine }) {
  if (!context) return <p class="context">{t('loading')}</p>;
  const { marketplace, source, page } = context;
  return (
    <div
      class="context"
      data-testid="marketplace"
      data-host={marketplace.host}
      data-source={source}
    >
      <p>
        <strong>{countryName(marketplace.country)}</strong>{' '}
        <span class="host">{marketplace.host}</span>
      </p>
      <p class="source">{t(sourceText[source])}</p>
      {line && (
        <p class="source" data-testid="tab-read" data-read={line}>
          {t(readText[line])}
        </p>
      )}
      {page && (
        <p class="seen" data-testid="page-state" data-state={page.state}>
          {t('pageShows', t(situations[page.state].words))}
          {page.destination ? ` ${t('endingIn', page.destination)}` : ''}
        </p>
      )}
    </div>
  );
}

/** Every section in the DOM, the current one shown; `children` fills each. */
function Frame(props: { section: Section; children: (s: Section) => ComponentChildren }) {
  return (
    <>
      {sections.map((s) => (
        <section key={s} id={s} hidden={s !== props.section} aria-labelledby={`${s}-title`}>
          <h2 id={`${s}-title`}>{t(sectionText[s].title)}</h2>
          <p>{t(sectionText[s].intro)}</p>
          {props.children(s)}
        </section>
      ))}
    </>
  );
}

/**
 * The sections once the popup knows its marketplace: this opening's clock check and the
 * diagnosis run here, once, for every section that shows them.
 */
function LoadedSections(props: {
  context: PopupContext;
  section: Section;
  shown: ReadonlySet<Section>;
}) {
  const { context, shown } = props;
  const host = context.marketplace.host;
  const clock = useClockCheck(host);
  const now = useNow(1_000);
  const diagnosis = useDiagnosis({
    host,
    tabId: context.tabId,
    clock: clock.shown.current,
    network: clock.network,
    now,
  });
  return (
    <Frame section={props.section}>
      {(s) => (
        <>
          {s === 'diagnosis' && <DiagnosisSection host={host} diagnosis={diagnosis} now={now} />}
          {s === 'clock' && <ClockSection check={clock} />}
          {s === 'cleanup' && shown.has(s) && (
            <CleanupSection host={host} page={context.page} tabId={context.tabId} />
          )}
          {s === 'authenticator' && shown.has(s) && <AuthenticatorSection host={host} />}
          {s === 'guide' && shown.has(s) && <GuideSection host={host} page={context.page} />}
          {s === 'support' && shown.has(s) && (
            <SupportSection
              marketplace={context.marketplace}
              page={context.page}
              findings={diagnosis.findings}
              tabId={context.tabId}
            />
          )}
        </>
      )}
    </Frame>
  );
}

function useShown(section: Section): ReadonlySet<Section> {
  const [shown, setShown] = useState<ReadonlySet<Section>>(() => new Set([section]));
  if (!shown.has(section)) setShown(new Set([...shown, section]));
  return shown.has(section) ? shown : new Set([...shown, section]);
}

/** `load`: the context, already being read when the page's script started (main.tsx). */
export function App({ load }: { load: Promise<PopupContext> }) {
  const [loaded, setContext] = useState<PopupContext | null>(null);
  // Over a sign-in tab nothing reported, its page is read now and the context follows it.
  const { context, line } = useTabRead(loaded);
  const [error, setError] = useState<string | null>(null);
  const [section, setSection] = useHashSection(null);
  // A section's work (cookie counts, stored state) starts when it is first shown, and it stays
  // mounted after, so what the seller typed survives switching. The clock check always runs: it
  // is the first thing to rule out, and the other sections use its result.
  const shown = useShown(section);

  // A layout effect: the context (already read, main.tsx) is taken in this render's task, and the
  // clock check's request goes out before the first paint.
  useLayoutEffect(() => {
    load
      .then((c) => {
        setContext(c);
        if (c.section && !sectionFromHash(location.hash)) setSection(c.section);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <Header context={context} line={line} />
        {error && (
          <p role="alert" class="error">
            {t('contextError')}
          </p>
        )}
      </header>
      {context?.tabId != null && <SignedIn tabId={context.tabId} />}
      <nav aria-label={t('sectionsNav')}>
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <a
                href={`#${s}`}
                aria-current={s === section ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  setSection(s);
                }}
              >
                {t(sectionText[s].title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {context ? (
        <LoadedSections context={context} section={section} shown={shown} />
      ) : (
        <Frame section={section}>
          {(s) =>
            s === 'authenticator' && shown.has(s) && <AuthenticatorSection host={undefined} />
          }
        </Frame>
      )}
      <footer>
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}
