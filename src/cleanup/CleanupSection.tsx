/**
 * The popup's cleanup section: what will go, the one button, then what went (also after a worker
 * restart: the run's record is its storage item). The deeper `amazon-sign-in` scope comes after a
 * plain warning, asks for its host permission inside the click, and lists its cookies first.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { type MessageKey, t, tn, uiLanguage } from '../shared/i18n';
import type { CleanupScope } from '../shared/messages';
import { makeSend } from '../shared/messages';
import { situationOf, situations } from '../shared/situations';
import type { TabRecord } from '../shared/tab-record';
import { useItem } from '../shared/use-item';
import { parentDomain, parentOrigin } from './parent-domain';
import type { CleanupPreview } from './preview';
import { type CleanupRun, runItem, summarize } from './run';
import type { SiteDataType } from './site-data';

const send = makeSend(browser.runtime);

const typeText = {
  cache: 'cleanupTypeCache',
  cacheStorage: 'cleanupTypeCacheStorage',
  localStorage: 'cleanupTypeLocalStorage',
  indexedDB: 'cleanupTypeIndexedDB',
  serviceWorkers: 'cleanupTypeServiceWorkers',
} as const satisfies Record<SiteDataType, MessageKey>;

/** "the cache and Cache Storage", in the UI's language and its own list grammar. */
const list = (types: readonly SiteDataType[]) =>
  new Intl.ListFormat(uiLanguage().lang, { type: 'conjunction' }).format(
    types.map((k) => t(typeText[k])),
  );

/**
 * The run's record for `host`, as stored; the answer to this popup's own request wins over a
 * record of the same run that is not finished yet (the last write may land after the answer).
 */
function useRun(host: SellerCentralHost): [CleanupRun | null, (r: CleanupRun) => void] {
  const [stored] = useItem(runItem(host));
  const [reply, setReply] = useState<CleanupRun | null>(null);
  const sameRun = stored && reply && stored.startedAt === reply.startedAt;
  const run = sameRun && stored.finishedAt === null ? reply : (stored ?? reply);
  return [run, setReply];
}

function Result({ run }: { run: CleanupRun }) {
  const s = summarize(run);
  return (
    <div
      data-testid="cleanup-result"
      data-removed-cookies={s.removedCookies}
      data-not-removed-cookies={s.notRemovedCookies}
      data-finished={s.finished ? 'true' : 'false'}
      data-scope={run.scope}
      data-store={run.storeId}
    >
      {s.finished ? (
        <p>
          <strong>{tn('cleanupDone', s.removedCookies)}</strong>
        </p>
      ) : (
        <p>
          <strong>
            {t('cleanupInterrupted', [
              tn('cleanupRemovedSoFar', s.removedCookies),
              tn('cleanupStillThere', s.notRemovedCookies),
            ])}
          </strong>
        </p>
      )}
      {s.finished && s.notRemovedCookies > 0 && (
        <p>{tn('cleanupNotRemoved', s.notRemovedCookies)}</p>
      )}
      {run.siteData === 'done' && run.cleared.length > 0 && (
        <p data-testid="cleanup-cleared">
          {t('cleanupAlsoCleared', [run.host, list(run.cleared)])}
        </p>
      )}
      {run.siteData === 'failed' && <p>{t('cleanupSiteDataFailed')}</p>}
      {run.skipped.length > 0 && (
        <p data-testid="cleanup-skipped">{t('cleanupSkipped', list(run.skipped))}</p>
      )}
      {s.finished && <p>{t('cleanupNext')}</p>}
    </div>
  );
}

/**
 * The popup's cleanup. Where the sign-in page shows a state that a cleanup cannot help with (too
 * many codes, a blocked sign-in, no account), it is not offered: clearing cookies there makes
 * Amazon treat the browser as new and can ask for more verification (PRODUCT.md "What not to do").
 * `tabId`: the tab the popup is about; the background cleans that tab's cookie store (or the last
 * Seller Central tab's, see choose-store.ts), so the preview and the run name the same one.
 */
export function CleanupSection({
  host,
  page,
  tabId = null,
}: {
  host: SellerCentralHost;
  page: TabRecord | null;
  tabId?: number | null;
}) {
  if (page?.host === host && situationOf(page).cleanupHarms) {
    return (
      <p data-testid="cleanup-not-now" data-state={page.state}>
        <strong>{t('cleanupNotNow', t(situations[page.state].words))}</strong>
      </p>
    );
  }
  return <Cleanup host={host} tabId={tabId} />;
}

function Cleanup({ host, tabId }: { host: SellerCentralHost; tabId: number | null }) {
  const [run, setRun] = useRun(host);
  const [preview, setPreview] = useState<CleanupPreview | null>(null);
  const [wider, setWider] = useState<CleanupPreview | null>(null);
  const [denied, setDenied] = useState(false);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const domain = parentDomain(host);
  const target = (scope: CleanupScope) => ({ scope, host, ...(tabId === null ? {} : { tabId }) });

  const refresh = () => {
    send('cleanupPreview', target('seller-central'))
      .then(setPreview)
      .catch(() => {});
  };
  useEffect(refresh, [host, tabId]);

  const start = (scope: CleanupScope) => {
    setBusy(true);
    setFailed(false);
    const ask = () => send('cleanup', target(scope));
    // A worker stopped mid-run drops the answer; asking again resumes the stored run.
    ask()
      .catch(ask)
      .then(
        (r) => {
          setRun(r);
          setWider(null);
        },
        () => setFailed(true),
      )
      .finally(() => {
        setBusy(false);
        refresh();
      });
  };

  const showWider = () => {
    setDenied(false);
    // Asked inside the click: `permissions.request` needs the user's gesture.
    browser.permissions
      .request({ origins: [parentOrigin(host)] })
      .then((granted) => {
        if (!granted) {
          setDenied(true);
          return;
        }
        return send('cleanupPreview', target('amazon-sign-in')).then(setWider);
      })
      .catch(() => setDenied(true));
  };

  // Either scope's run: off while one runs, so a second press cannot start another.
  const runButton = (testId: string, scope: CleanupScope, label: string) => (
    <p>
      <button type="button" data-testid={testId} onClick={() => start(scope)} disabled={busy}>
        {label}
      </button>
    </p>
  );

  const count = preview?.cookies.length;
  return (
    <div>
      {count !== undefined && (
        <p data-testid="cleanup-count" data-cookies={count} data-store={preview?.storeId}>
          {count > 0 ? tn('cleanupWillRemove', count) : t('cleanupNoneLeft')}
        </p>
      )}
      {!run && preview && preview.skipped.length > 0 && (
        <p>{t('cleanupSkipped', list(preview.skipped))}</p>
      )}
      <p data-testid="cleanup-reverify">{t('cleanupReverify')}</p>
      {runButton('cleanup-run', 'seller-central', busy ? t('cleanupRunning') : t('cleanupRun'))}
      <div role="status" aria-live="polite">
        {failed && (
          <p class="error" data-testid="cleanup-failed">
            {t('cleanupFailed')}
          </p>
        )}
        {run && !busy && <Result run={run} />}
      </div>
      {/* A button, not <details>: the popup keeps every section in the DOM, and other sections'
          tests look for their own <details>. */}
      <div data-testid="cleanup-wider">
        <p>
          <button
            type="button"
            class="link"
            data-testid="cleanup-wider-toggle"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls="cleanup-wider-body"
            onClick={() => setOpen(!open)}
          >
            {t('cleanupWiderTitle', domain)}
          </button>
        </p>
        <div id="cleanup-wider-body" hidden={!open}>
          <p>{t('cleanupWiderWarning', domain)}</p>
          {!wider && (
            <p>
              <button type="button" data-testid="cleanup-wider-show" onClick={showWider}>
                {t('cleanupWiderShow')}
              </button>
            </p>
          )}
          {denied && <p data-testid="cleanup-wider-denied">{t('cleanupWiderDenied', domain)}</p>}
          {wider?.permitted && (
            <div>
              <p>{tn('cleanupWiderList', wider.cookies.length)}</p>
              <ul data-testid="cleanup-wider-list">
                {wider.cookies.map((c) => (
                  <li
                    key={`${c.domain} ${c.path} ${c.name}`}
                    data-name={c.name}
                    data-domain={c.domain}
                    data-path={c.path}
                  >
                    {c.name} ({c.domain}
                    {c.path === '/' ? '' : c.path})
                  </li>
                ))}
              </ul>
              {runButton('cleanup-wider-run', 'amazon-sign-in', t('cleanupWiderRun'))}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
