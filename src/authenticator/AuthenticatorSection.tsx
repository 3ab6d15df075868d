/**
 * The popup's authenticator check: the seller's secret key and the code their app shows, judged
 * by Seller Central's time. The key lives in this component's state only: no storage, no URL (no
 * form to submit), no message, no console; cleared after 2 minutes idle and when the popup closes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ClockState, clockItem } from '../clock/state';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { InputField } from '../shared/field';
import { t, uiLanguage } from '../shared/i18n';
import { totpRecordItem, totpRecordOf } from './check-record';
import { correctedNow, type TimeBasis } from './corrected-now';
import { findDrift } from './find-drift';
import { parseCode } from './parse-code';
import { parseSecret } from './parse-secret';
import { basisText, codeErrorWords, type DriftAnswer, driftAnswer, secretErrorText } from './words';

/** Idle time after which the key and code are dropped (issue 5). */
export const idleClearMs = 2 * 60_000;

type Answer = DriftAnswer & { basis: TimeBasis };

/** The clock section's last result for this marketplace, if any; no check starts from here. */
function readClock(host: SellerCentralHost | undefined): Promise<ClockState | null> {
  return host
    ? clockItem(host)
        .get()
        .catch(() => null)
    : Promise.resolve(null);
}

/** `host`: the marketplace whose clock check corrects the time; absent while it is not known. */
export function AuthenticatorSection({ host }: { host?: SellerCentralHost | undefined }) {
  const [secret, setSecret] = useState('');
  const [code, setCode] = useState('');
  const [shown, setShown] = useState(false);
  const [secretError, setSecretError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [cleared, setCleared] = useState(false);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Answers that arrive after a newer check or a clear are dropped.
  const run = useRef(0);

  const clearAll = () => {
    run.current++;
    clearTimeout(idle.current);
    setSecret('');
    setCode('');
    setShown(false);
    setSecretError(null);
    setCodeError(null);
    setAnswer(null);
  };

  const touch = () => {
    setCleared(false);
    clearTimeout(idle.current);
    idle.current = setTimeout(() => {
      clearAll();
      setCleared(true);
    }, idleClearMs);
  };

  useEffect(() => {
    // The document goes when the popup closes; this also drops the key when the page is kept in
    // the back/forward cache (a popup opened in a tab).
    const onHide = () => clearAll();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      clearTimeout(idle.current);
    };
  }, []);

  const check = () => {
    const localNow = Date.now();
    touch();
    const s = parseSecret(secret);
    const c = parseCode(code, s.ok ? s.config.digits : 6);
    setSecretError(s.ok ? null : t(secretErrorText[s.error], s.char ?? ''));
    setCodeError(
      c.ok ? null : codeErrorWords(t, c.error, s.ok ? s.config.digits : 6, uiLanguage().lang),
    );
    setAnswer(null);
    if (!s.ok || !c.ok) return;
    const mine = ++run.current;
    readClock(host)
      .then((clock) => {
        const time = correctedNow(localNow, clock);
        return findDrift(s.config, c.code, time.now).then((drift) => ({ drift, time }));
      })
      .then(({ drift, time }) => {
        // A newer check, an edit or the key cleared since: this answer is for nothing on screen.
        if (mine !== run.current) return;
        setAnswer({ ...driftAnswer(t, drift, uiLanguage().lang), basis: time.basis });
        // The answer, not the key or the code, for the support description (check-record.ts).
        if (host) {
          totpRecordItem(host)
            .set(totpRecordOf(drift, localNow))
            .catch(() => {});
        }
      })
      .catch(() => setAnswer(null));
  };

  const edit = (set: (v: string) => void) => (e: Event) => {
    set((e.currentTarget as HTMLInputElement).value);
    run.current++;
    setAnswer(null);
    touch();
  };

  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      check();
    }
  };

  return (
    <div class="totp">
      {/* A text field masked by CSS rather than type=password, so that no password manager
          offers to save the key: https://developer.mozilla.org/docs/Web/CSS/-webkit-text-security */}
      <InputField
        id="totp-secret"
        label={t('totpSecretLabel')}
        type="text"
        value={secret}
        onInput={edit(setSecret)}
        onKeyDown={onEnter}
        autocomplete="off"
        autocapitalize="off"
        autocorrect="off"
        spellcheck={false}
        style={shown ? undefined : '-webkit-text-security: disc'}
        aria-invalid={secretError ? 'true' : undefined}
        aria-describedby={secretError ? 'totp-secret-error totp-secret-help' : 'totp-secret-help'}
      >
        {' '}
        <button
          type="button"
          aria-controls="totp-secret"
          onClick={() => {
            setShown(!shown);
            touch();
          }}
        >
          {t(shown ? 'totpHide' : 'totpShow')}
        </button>
      </InputField>
      {secretError && (
        <p id="totp-secret-error" class="error" data-testid="totp-secret-error">
          {secretError}
        </p>
      )}
      <p id="totp-secret-help" class="source">
        {t('totpSecretHelp')}
      </p>
      <InputField
        id="totp-code"
        label={t('totpCodeLabel')}
        type="text"
        inputMode="numeric"
        value={code}
        onInput={edit(setCode)}
        onKeyDown={onEnter}
        autocomplete="off"
        spellcheck={false}
        aria-invalid={codeError ? 'true' : undefined}
        aria-describedby={codeError ? 'totp-code-error' : undefined}
      />
      {codeError && (
        <p id="totp-code-error" class="error" data-testid="totp-code-error">
          {codeError}
        </p>
      )}
      <p>
        <button type="button" data-testid="totp-check" onClick={check}>
          {t('totpCheck')}
        </button>
      </p>
      <div
        data-testid="totp-result"
        data-drift-steps={answer?.steps}
        data-time-basis={answer?.basis}
        role="status"
        aria-live="polite"
        class="verdict"
      >
        {answer ? (
          <>
            <p>
              <strong>{answer.headline}</strong>
            </p>
            <p>{answer.advice}</p>
            <p class="source">{t(basisText[answer.basis])}</p>
          </>
        ) : (
          <p>
            {cleared
              ? t('totpCleared')
              : secretError || codeError
                ? t('totpFixFields')
                : t('totpResultIdle')}
          </p>
        )}
      </div>
    </div>
  );
}
