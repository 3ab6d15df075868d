/**
 * The popup's clock section: every opening (and "Check again") asks for a check of its own and
 * renders its progress from the state item; the result stored before shows meanwhile as the
 * previous check, with its age, never as the verdict.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { t, tn, uiLanguage } from '../shared/i18n';
import { makeSend } from '../shared/messages';
import { useItem } from '../shared/use-item';
import { describeSkew, detectOs } from './describe';
import type { ClockResult, SourceFailure } from './estimate';
import { referenceTime } from './reference-time';
import { type ShownCheck, shownCheck } from './shown-check';
import { type ClockState, clockItem } from './state';
import { ago, duration, failureWords, fixWords, seconds, verdictSentence } from './words';

const send = makeSend(browser.runtime);

const unreachable: ClockResult = {
  verdict: 'unknown',
  skewMs: null,
  uncertaintyMs: null,
  decidedBy: null,
  sources: [],
  disagreements: [],
  done: true,
};

function useClockCheck(host: SellerCentralHost): [ShownCheck, () => void] {
  // First: the read of the stored check starts before this section's request can replace it.
  const [stored] = useItem(clockItem(host));
  // The stored check as first read (undefined: not read yet); what is written after it is ours.
  const before = useRef<{ host: string; state: ClockState | null } | undefined>(undefined);
  if (stored !== undefined && before.current?.host !== host) {
    before.current = { host, state: stored };
  }
  const [reply, setReply] = useState<ClockResult | null>(null);
  const [failed, setFailed] = useState(false);
  const start = () => {
    setFailed(false);
    setReply(null);
    const ask = () => send('checkClock', { host, scope: 'all' });
    // A service worker stopped mid-check drops the answer; the next one starts the check anew.
    ask()
      .catch(ask)
      .then(setReply, () => setFailed(true));
  };
  // A layout effect: the check starts with this render, not after the next paint (Preact runs
  // plain effects after a frame, https://preactjs.com/guide/v10/hooks/#useeffect).
  useLayoutEffect(start, [host]);
  const base = before.current?.host === host ? before.current.state : null;
  const shown = shownCheck({
    before: base,
    since: stored !== undefined && stored !== base ? stored : null,
    reply,
  });
  // If the background cannot be reached at all, say so rather than "checking" forever.
  const current = failed && !shown.current?.done ? unreachable : shown.current;
  const again = () => {
    // What shows now becomes the previous check until the new one answers.
    before.current = { host, state: stored ?? null };
    start();
  };
  return [{ current, previous: current ? null : shown.previous }, again];
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function ReferenceClock({ skewMs }: { skewMs: number }) {
  const reference = useNow(250) - skewMs;
  const { lang } = uiLanguage();
  const time = referenceTime(reference, lang);
  const left = 30 - (Math.floor(reference / 1000) % 30);
  return (
    <div class="reference">
      <p>
        {t('clockReference')} <strong data-testid="clock-reference">{time}</strong>
      </p>
      <p>{tn('clockWindow', left)}</p>
      <p class="source">{t('clockComparePhone')}</p>
    </div>
  );
}

export function ClockSection({ host }: { host: SellerCentralHost }) {
  const [{ current: result, previous }, again] = useClockCheck(host);
  const { lang } = uiLanguage();
  const verdict = result && (result.skewMs !== null || result.done) ? result.verdict : 'checking';
  const os = detectOs(navigator.userAgent, navigator.platform);
  const offWords = (ms: number) =>
    t(describeSkew(ms, 0).direction === 'ahead' ? 'offAhead' : 'offBehind', duration(t, ms, lang));
  return (
    <div>
      <div
        data-testid="clock-verdict"
        data-verdict={verdict}
        data-skew-ms={result?.skewMs ?? undefined}
        data-uncertainty-ms={result?.uncertaintyMs ?? undefined}
        data-done={result?.done ? 'true' : 'false'}
        role="status"
        aria-live="polite"
        class={`verdict verdict-${verdict}`}
      >
        <p>
          <strong>{verdictSentence(t, result, lang)}</strong>
          {result && !result.done && result.skewMs !== null ? ` ${t('clockRefining')}` : ''}
        </p>
      </div>
      {previous && (
        <p class="source" data-testid="clock-previous" data-verdict={previous.result.verdict}>
          {t('clockPrevious', [
            ago(Date.now() - previous.at, lang),
            verdictSentence(t, previous.result, lang),
          ])}
        </p>
      )}
      {(verdict === 'warn' || verdict === 'bad') && (
        <div class="advice">
          <p>{t(verdict === 'bad' ? 'clockBadAdvice' : 'clockWarnAdvice')}</p>
          <p data-testid="clock-fix" data-os={os}>
            {t(fixWords[os])}
          </p>
        </div>
      )}
      {result?.skewMs !== null && result?.skewMs !== undefined && (
        <ReferenceClock skewMs={result.skewMs} />
      )}
      {result && result.sources.length > 0 && (
        <details>
          <summary>{t('clockSourcesTitle')}</summary>
          <ul data-testid="clock-sources">
            {result.sources.map((s) => (
              <li key={s.source} data-source={s.source} data-status={s.status}>
                {s.status === 'ok' && s.offsetMs !== undefined
                  ? t('clockSourceOk', [
                      s.source,
                      offWords(s.offsetMs),
                      seconds(
                        t,
                        describeSkew(s.offsetMs, s.uncertaintyMs ?? 0).uncertaintySeconds,
                        lang,
                      ),
                    ])
                  : s.status === 'pending'
                    ? t('clockSourcePending', s.source)
                    : t('clockSourceFailed', [
                        s.source,
                        t(failureWords[s.status as SourceFailure]),
                      ])}
              </li>
            ))}
          </ul>
          {result.disagreements.map((d) => (
            <p key={d.source} data-testid="clock-disagreement">
              {t('clockDisagree', [d.source, duration(t, Math.abs(d.differenceMs), lang)])}
            </p>
          ))}
        </details>
      )}
      <p>
        <button type="button" onClick={again} disabled={verdict === 'checking'}>
          {t('clockAgain')}
        </button>
      </p>
    </div>
  );
}
