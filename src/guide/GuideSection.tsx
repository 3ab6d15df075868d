/** The popup's guide: symptom picker, its steps with done / didn't-help marks, prevention tips. */
import { useEffect, useState } from 'preact/hooks';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { t } from '../shared/i18n';
import { isSymptom, symptoms } from '../shared/situations';
import type { TabRecord } from '../shared/tab-record';
import { linksFor } from '../support/links';
import { detectEnvironment, environmentWords } from './environment';
import { emptyGuideState, type GuideState, guideItem, type Mark, markStep } from './guide-state';
import { OwnerMessage } from './OwnerMessage';
import { prevention, type StepId, steps, stepsBySymptom, symptomText } from './steps';
import { currentSymptom } from './symptom';
import { uaData, uaDataWithVersion } from './ua-data';

function useGuideState(host: SellerCentralHost): [GuideState | null, (next: GuideState) => void] {
  const [state, setState] = useState<GuideState | null>(null);
  useEffect(() => {
    // Read once: only this section writes the guide state, so a re-read could only lag behind.
    guideItem(host)
      .get()
      .then(setState, () => setState(emptyGuideState()));
  }, [host]);
  const save = (next: GuideState) => {
    setState(next);
    guideItem(host)
      .set(next)
      .catch(() => {});
  };
  return [state, save];
}

const markLabel = { done: 'guideMarkedDone', 'no-help': 'guideMarkedNoHelp' } as const;

function StepItem(props: {
  id: StepId;
  host: SellerCentralHost;
  mark: Mark | null;
  onMark: (mark: Mark | null) => void;
  environment: { browser: string | null; os: string | null };
}) {
  const step: (typeof steps)[StepId] = steps[props.id];
  return (
    <li data-testid="guide-step" data-step={props.id} data-mark={props.mark ?? 'none'} class="step">
      <h3>{t(step.title)}</h3>
      <p>{t(step.body)}</p>
      {'showsEnvironment' in step && (
        <p data-testid="guide-environment">
          {t('guideYourBrowser', [
            props.environment.browser ?? t('guideUnknownValue'),
            props.environment.os ?? t('guideUnknownValue'),
          ])}
        </p>
      )}
      {'action' in step && step.action === 'clock-check' && (
        <p>
          <a href="#clock">{t('guideRunClock')}</a>
        </p>
      )}
      {'action' in step && step.action === 'cleanup' && (
        <p>
          <a href="#cleanup">{t('guideRunCleanup')}</a>
        </p>
      )}
      {'action' in step && step.action === 'recovery-help' && (
        <p>
          <a href={linksFor(props.host).recovery} target="_blank" rel="noopener noreferrer">
            {t('supportLinkRecovery')}
          </a>
        </p>
      )}
      {'action' in step && step.action === 'user-permissions' && <OwnerMessage host={props.host} />}
      {props.id === 'contact-support' && (
        <p>
          <a href="#support">{t('guideToSupport')}</a>
        </p>
      )}
      <p class="marks">
        {props.mark ? (
          <>
            <strong>{t(markLabel[props.mark])}</strong>{' '}
            <button type="button" class="link" onClick={() => props.onMark(null)}>
              {t('guideMarkClear')}
            </button>
          </>
        ) : (
          <>
            <button type="button" data-testid="guide-done" onClick={() => props.onMark('done')}>
              {t('guideMarkDone')}
            </button>{' '}
            <button
              type="button"
              data-testid="guide-no-help"
              onClick={() => props.onMark('no-help')}
            >
              {t('guideMarkNoHelp')}
            </button>
          </>
        )}
      </p>
    </li>
  );
}

export function GuideSection({ host, page }: { host: SellerCentralHost; page: TabRecord | null }) {
  const [state, save] = useGuideState(host);
  const [ua, setUa] = useState(uaData);
  useEffect(() => {
    uaDataWithVersion().then(setUa, () => {});
  }, []);
  if (!state) return <p>{t('loading')}</p>;
  const environment = environmentWords(detectEnvironment(navigator.userAgent, ua));
  const { symptom, from } = currentSymptom(page, state);
  return (
    <div>
      <p>
        <label>
          {t('guideSymptomLabel')}{' '}
          <select
            data-testid="guide-symptom"
            value={symptom}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isSymptom(value)) save({ ...state, symptom: value, symptomAt: Date.now() });
            }}
          >
            {symptoms.map((s) => (
              <option key={s} value={s}>
                {t(symptomText[s])}
              </option>
            ))}
          </select>
        </label>
      </p>
      {from === 'page' && <p class="source">{t('guideFromPage')}</p>}
      <h3>{t('guideStepsTitle')}</h3>
      <ol data-testid="guide-steps" data-symptom={symptom}>
        {stepsBySymptom[symptom].map((id) => (
          <StepItem
            key={id}
            id={id}
            host={host}
            mark={state.marks[id]?.mark ?? null}
            environment={environment}
            onMark={(mark) => save(markStep(state, id, mark, Date.now()))}
          />
        ))}
      </ol>
      <h3>{t('guidePreventTitle')}</h3>
      <ul>
        {prevention.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
}
