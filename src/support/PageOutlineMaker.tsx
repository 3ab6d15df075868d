/**
 * The support section's page outline: over a Seller Central sign-in tab, a button makes the
 * redacted outline of that tab's page (see page-outline.ts), shown read-only before the seller
 * copies it into a bug report. Over any other tab, one line says where it can be made.
 */
import { useEffect, useState } from 'preact/hooks';
import { CopyButton } from '../shared/copy-button';
import { t } from '../shared/i18n';
import { makeOutline, signInUrlOf } from './make-outline';
import type { OutlineOutcome } from './outline-outcome';

type Shown = OutlineOutcome | { kind: 'making' } | null;

export function PageOutlineMaker({ tabId }: { tabId: number | null }) {
  // null until the tab is known to show a sign-in page (or not).
  const [signIn, setSignIn] = useState<boolean | null>(null);
  const [shown, setShown] = useState<Shown>(null);
  useEffect(() => {
    let live = true;
    signInUrlOf(tabId).then((url) => {
      if (live) setSignIn(url !== null);
    });
    return () => {
      live = false;
    };
  }, [tabId]);

  const make = () => {
    setShown({ kind: 'making' });
    makeOutline(tabId).then(setShown, () => setShown({ kind: 'failed' }));
  };

  if (signIn === null) return null;
  const notSignIn = !signIn || shown?.kind === 'not-sign-in';
  return (
    <div>
      <h3>{t('pageOutlineTitle')}</h3>
      <p>{t('pageOutlineIntro')}</p>
      {notSignIn ? (
        <p data-testid="page-outline-unavailable" data-reason="not-sign-in">
          {t('pageOutlineNotSignIn')}
        </p>
      ) : (
        <p>
          <button
            type="button"
            data-testid="page-outline-make"
            disabled={shown?.kind === 'making'}
            onClick={make}
          >
            {t('pageOutlineMake')}
          </button>
        </p>
      )}
      {shown?.kind === 'failed' && (
        <p role="status" data-testid="page-outline-unavailable" data-reason="failed">
          {t('pageOutlineFailed')}
        </p>
      )}
      {shown?.kind === 'made' && (
        <>
          <p>
            <label for="page-outline">{t('pageOutlineLabel')}</label>
          </p>
          <textarea
            id="page-outline"
            data-testid="page-outline"
            data-cut={shown.outline.cut ? 'true' : 'false'}
            readOnly
            rows={10}
            wrap="off"
            dir="ltr"
            style={{ width: '100%', boxSizing: 'border-box', fontFamily: 'monospace' }}
            value={shown.outline.outline}
          />
          {shown.outline.cut && <p>{t('pageOutlineCut')}</p>}
          {/* Keyed by the text: a new outline starts without the last one's status line. */}
          <CopyButton
            key={shown.outline.outline}
            text={shown.outline.outline}
            testIds={{ button: 'page-outline-copy', outcome: 'page-outline-copied' }}
            words={{
              label: 'pageOutlineCopy',
              copied: 'pageOutlineCopied',
              failed: 'pageOutlineCopyFailed',
            }}
          />
        </>
      )}
    </div>
  );
}
