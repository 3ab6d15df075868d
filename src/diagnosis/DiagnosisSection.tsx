/**
 * The popup's first section: what is most likely wrong, ranked, each finding one sentence and one
 * next step (PRODUCT.md "Diagnosis"). It renders `useDiagnosis`; a new first finding while the
 * popup is open is announced once, without moving the focus.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { duration, seconds } from '../clock/words';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { t, uiLanguage } from '../shared/i18n';
import { linksFor } from '../support/links';
import type { Finding } from './diagnose';
import { findingText } from './finding-text';
import type { LiveDiagnosis } from './use-diagnosis';

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function Action({
  finding,
  host,
  onTap,
}: {
  finding: Finding;
  host: SellerCentralHost;
  onTap: (at: number) => void;
}): JSX.Element | null {
  const { action, actionLabel } = finding;
  if (!actionLabel || action.kind === 'none') return null;
  switch (action.kind) {
    case 'section':
      return (
        <a class="action" href={`#${action.section}`}>
          {t(actionLabel)}
        </a>
      );
    case 'link':
      return (
        <a
          class="action"
          href={linksFor(host)[action.link]}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t(actionLabel)}
        </a>
      );
    case 'phone-tap':
      return (
        <button
          type="button"
          class="action"
          data-testid="phone-clock-tap"
          // The event's own time, not the handler's: the tap is a measurement.
          onClick={(e) => onTap(performance.timeOrigin + e.timeStamp)}
        >
          {t(actionLabel)}
        </button>
      );
    default:
      return action satisfies never;
  }
}

/** How long until a wait Amazon asked for is over, counted down while the popup is open. */
function waitLeft(f: Finding, now: number): number | null {
  if (f.id !== 'otp-limit' && f.id !== 'signin-blocked') return null;
  const until = f.values.find((v) => v.kind === 'time');
  return until && until.kind === 'time' && until.ms > now ? until.ms - now : null;
}

function FindingItem(props: {
  finding: Finding;
  text: string;
  host: SellerCentralHost;
  diagnosis: LiveDiagnosis;
  now: number;
}) {
  const { finding: f, diagnosis } = props;
  const phone = f.id === 'phone-clock' ? diagnosis.facts.phone?.result : null;
  const left = waitLeft(f, props.now);
  return (
    <li
      data-testid="finding"
      data-id={f.id}
      data-severity={f.severity}
      data-rank={f.rank}
      class={`finding finding-${f.severity}${f.rank === 1 ? ' first' : ''}`}
    >
      {f.rank === 1 && f.severity !== 'ok' && <p class="next">{t('diagnosisNextStep')}</p>}
      <p>{props.text}</p>
      {left !== null && (
        <p class="countdown" data-testid="wait-left" data-left-ms={left}>
          {t('diagnosisWaitLeft', duration(t, left, uiLanguage().lang))}
        </p>
      )}
      {phone && (
        <p class="source" data-testid="phone-clock-result" data-offset-ms={phone.offsetMs}>
          {t('phoneClockSpread', seconds(t, (phone.spreadMs / 1000).toFixed(1), uiLanguage().lang))}
        </p>
      )}
      <Action finding={f} host={props.host} onTap={diagnosis.tap} />
    </li>
  );
}

export function DiagnosisSection({
  host,
  diagnosis,
  now,
}: {
  host: SellerCentralHost;
  diagnosis: LiveDiagnosis;
  now: number;
}) {
  const { lang } = uiLanguage();
  const zone = timeZone();
  const text = (f: Finding) => findingText(f, t, lang, zone, now);
  const [announce, setAnnounce] = useState('');
  const first = diagnosis.findings[0];
  const firstKey = first ? `${first.id} ${first.words} ${JSON.stringify(first.values)}` : '';
  const seen = useRef<string | null>(null);
  useEffect(() => {
    // The first answer is what the seller reads on opening; only a change after it is news.
    if (seen.current !== null && firstKey !== seen.current && first) {
      setAnnounce(t('diagnosisNewFirst', text(first)));
    }
    if (diagnosis.done || seen.current !== null) seen.current = firstKey;
  }, [firstKey, diagnosis.done]);
  const pressing = diagnosis.findings.filter((f) => f.severity !== 'ok');
  const fine = diagnosis.findings.filter((f) => f.severity === 'ok');
  const items = (list: Finding[]) =>
    list.map((f) => (
      <FindingItem
        key={f.id}
        finding={f}
        text={text(f)}
        host={host}
        diagnosis={diagnosis}
        now={now}
      />
    ));
  return (
    <div
      data-testid="diagnosis"
      data-done={diagnosis.done ? 'true' : 'false'}
      data-network-done={diagnosis.networkDone ? 'true' : 'false'}
    >
      <ol class="findings">{items(pressing)}</ol>
      {!diagnosis.done && <p class="source">{t('diagnosisChecking')}</p>}
      {fine.length > 0 && (
        <>
          <h3>{t('diagnosisAlsoFine')}</h3>
          <ul class="findings fine">{items(fine)}</ul>
        </>
      )}
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="diagnosis-announce">
        {announce}
      </p>
    </div>
  );
}
