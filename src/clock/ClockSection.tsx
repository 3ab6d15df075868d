/**
 * The popup's clock section: this opening's check (and "Check again"), its progress, the fix for
 * the seller's system and the reference clock; the result stored before shows meanwhile as the
 * previous check, with its age, never as the verdict.
 */
import { t, tn, uiLanguage } from '../shared/i18n';
import { useNow } from '../shared/use-now';
import { describeSkew, detectOs } from './describe';
import type { SourceFailure } from './estimate';
import { referenceTime } from './reference-time';
import type { ClockCheck } from './use-clock-check';
import { ago, duration, failureWords, fixWords, seconds, verdictSentence } from './words';

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

/** `check`: this popup opening's clock check (`useClockCheck`), which the diagnosis reads too. */
export function ClockSection({ check }: { check: ClockCheck }) {
  const { current: result, previous } = check.shown;
  const again = check.again;
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
