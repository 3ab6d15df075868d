import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CleanupSection } from '../cleanup/CleanupSection';
import { ClockSection } from '../clock/ClockSection';
import type { PageState } from '../detect/classify';
import { GuideSection } from '../guide/GuideSection';
import { type MessageKey, t, uiLanguage } from '../shared/i18n';
import { type Section, sectionFromHash, sections } from '../shared/sections';
import { SupportSection } from '../support/SupportSection';
import { AuthenticatorSection } from '../totp/AuthenticatorSection';
import { loadContext, type PopupContext } from './load-context';

const sectionText = {
  clock: { title: 'sectionClock', intro: 'sectionClockIntro' },
  cleanup: { title: 'sectionCleanup', intro: 'sectionCleanupIntro' },
  authenticator: { title: 'sectionAuthenticator', intro: 'sectionAuthenticatorIntro' },
  guide: { title: 'sectionGuide', intro: 'sectionGuideIntro' },
  support: { title: 'sectionSupport', intro: 'sectionSupportIntro' },
} as const satisfies Record<Section, { title: MessageKey; intro: MessageKey }>;

const stateText = {
  'otp-sms': 'stateOtpSms',
  'otp-voice': 'stateOtpVoice',
  'otp-app': 'stateOtpApp',
  'choose-device': 'stateChooseDevice',
  'code-rejected': 'stateCodeRejected',
  'otp-limit': 'stateOtpLimit',
  'cvf-code': 'stateCvfCode',
  approval: 'stateApproval',
  captcha: 'stateCaptcha',
} as const satisfies Record<PageState, MessageKey>;

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
    sectionFromHash(location.hash) ?? initial ?? 'clock',
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

function Header({ context }: { context: PopupContext | null }) {
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
      {page && (
        <p class="seen" data-testid="page-state" data-state={page.state}>
          {t('pageShows', t(stateText[page.state]))}
          {page.destination ? ` ${t('endingIn', page.destination)}` : ''}
        </p>
      )}
    </div>
  );
}

export function App() {
  const [context, setContext] = useState<PopupContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [section, setSection] = useHashSection(null);

  useEffect(() => {
    loadContext(location.search)
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
        <Header context={context} />
        {error && (
          <p role="alert" class="error">
            {t('contextError')}
          </p>
        )}
      </header>
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
      {sections.map((s) => (
        <section key={s} id={s} hidden={s !== section} aria-labelledby={`${s}-title`}>
          <h2 id={`${s}-title`}>{t(sectionText[s].title)}</h2>
          <p>{t(sectionText[s].intro)}</p>
          {s === 'clock' && context && <ClockSection host={context.marketplace.host} />}
          {s === 'cleanup' && context && <CleanupSection host={context.marketplace.host} />}
          {s === 'authenticator' && <AuthenticatorSection host={context?.marketplace.host} />}
          {s === 'guide' && context && (
            <GuideSection host={context.marketplace.host} page={context.page} />
          )}
          {s === 'support' && context && (
            <SupportSection marketplace={context.marketplace} page={context.page} />
          )}
        </section>
      ))}
      <footer>
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}
