/**
 * The shared-login step's own part: the marketplace's User Permissions page (for the owner) and a
 * short message to the owner, written to copy. Nothing is sent: the seller copies it and sends it
 * their own way.
 */
import { useState } from 'preact/hooks';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { t } from '../shared/i18n';
import { linksFor } from '../support/links';

export function OwnerMessage({ host }: { host: SellerCentralHost }) {
  const url = linksFor(host).userPermissions;
  const message = t('guideOwnerMessage', url);
  const [outcome, setOutcome] = useState<'copied' | 'copy-failed' | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(message).then(
      () => setOutcome('copied'),
      () => setOutcome('copy-failed'),
    );
  };
  return (
    <>
      <p>
        <a href={url} target="_blank" rel="noopener noreferrer" data-testid="user-permissions-link">
          {t('guideUserPermissionsLink', host)}
        </a>
      </p>
      <p>
        <label for="owner-message">{t('guideOwnerMessageLabel')}</label>
      </p>
      <textarea
        id="owner-message"
        data-testid="owner-message"
        readOnly
        rows={5}
        style={{ width: '100%', boxSizing: 'border-box', font: 'inherit' }}
        value={message}
      />
      <p>
        <button type="button" data-testid="owner-message-copy" onClick={copy}>
          {t('guideOwnerCopy')}
        </button>
      </p>
      {outcome && (
        <p role="status" data-testid="owner-message-outcome" data-outcome={outcome}>
          {t(outcome === 'copied' ? 'guideOwnerCopied' : 'guideOwnerCopyFailed')}
        </p>
      )}
    </>
  );
}
