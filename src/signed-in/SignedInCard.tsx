/**
 * The "you're in" card: the popup over a tab that just got through a 2SV sign-in opens on it.
 * What stood in the way, what the seller did, then how to avoid the next lockout on this
 * marketplace, each with the way to its settings. Dismissed, it is gone for this sign-in.
 */
import { runItem } from '../cleanup/run';
import { guideItem } from '../guide/guide-state';
import { steps } from '../guide/steps';
import { t } from '../shared/i18n';
import { situations } from '../shared/situations';
import { useItem } from '../shared/use-item';
import { cleanupResultOf } from '../support/cleanup-result';
import { preventionItems, preventionLink } from './prevention';
import { type SignedInCard as Card, signedInCardItem } from './signed-in-card';
import { whatHelped } from './what-helped';

export function SignedInCard(props: {
  card: Card;
  tabId: number;
  /** After the dismissal: where the keyboard focus goes once the card is gone. */
  onDismissed(): void;
}) {
  const { card } = props;
  const [guide] = useItem(guideItem(card.host));
  const [run] = useItem(runItem(card.host));
  const helped = whatHelped(card, guide ?? null, cleanupResultOf(run ?? null));
  const link = preventionLink(card.host);
  return (
    <section
      class="signed-in"
      data-testid="signed-in"
      data-host={card.host}
      data-state={card.state}
      aria-labelledby="signed-in-title"
    >
      <h2 id="signed-in-title">{t('signedInTitle')}</h2>
      <p>{t('signedInWasWrong', t(situations[card.state].words))}</p>
      {helped.steps.length > 0 && (
        <>
          <p>{t('signedInStepsDone')}</p>
          <ul data-testid="signed-in-helped">
            {helped.steps.map((id) => (
              <li key={id} data-id={id}>
                {t(steps[id].title)}
              </li>
            ))}
          </ul>
        </>
      )}
      {helped.cleanup && <p data-testid="signed-in-cleanup">{t('signedInCleanupDone')}</p>}
      <h3>{t('guidePreventTitle')}</h3>
      <ul>
        {preventionItems.map((item) => (
          <li key={item.id} data-testid="prevention-item" data-id={item.id}>
            {t(item.words)}{' '}
            <a href={link} target="_blank" rel="noopener noreferrer">
              {t('supportLinkLoginSettings')}
            </a>
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-testid="signed-in-dismiss"
        onClick={() => {
          signedInCardItem(props.tabId)
            .remove()
            .then(props.onDismissed, () => {});
        }}
      >
        {t('signedInDismiss')}
      </button>
    </section>
  );
}
