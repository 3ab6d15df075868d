/**
 * The shared-login step's own part: the marketplace's User Permissions page (for the owner) and a
 * short message to the owner, written to copy. Nothing is sent: the seller copies it and sends it
 * their own way.
 */
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { CopyButton } from '../shared/copy-button';
import { t } from '../shared/i18n';
import { linksFor } from '../support/links';

export function OwnerMessage({ host }: { host: SellerCentralHost }) {
  const url = linksFor(host).userPermissions;
  const message = t('guideOwnerMessage', url);
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
      <CopyButton
        text={message}
        testIds={{ button: 'owner-message-copy', outcome: 'owner-message-outcome' }}
        words={{
          label: 'guideOwnerCopy',
          copied: 'guideOwnerCopied',
          failed: 'guideOwnerCopyFailed',
        }}
      />
    </>
  );
}
