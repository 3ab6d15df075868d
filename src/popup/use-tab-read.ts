/**
 * Glue: the popup over a Seller Central sign-in tab that nothing reported reads its page, by
 * running the content script there (the same classifier; it reports the page like any banner,
 * and the popup follows the tab's record). Says so when the tab cannot be read.
 */
import { useEffect, useState } from 'preact/hooks';
import { injectFiles } from '../first-contact/inject-files';
import { tabRecordItem } from '../shared/tab-record';
import { useItem } from '../shared/use-item';
import type { PopupContext } from './load-context';

/** What the popup says about the tab in front: nothing, not a Seller Central page, or unreadable. */
export type TabReadLine = 'elsewhere' | 'failed' | null;

/** `-1` is the browser's "no tab" id (tabs.TAB_ID_NONE): no record is ever kept under it. */
const noTab = -1;

/** The context with the tab's page as it is now, and the line to show about reading it. */
export function useTabRead(context: PopupContext | null): {
  context: PopupContext | null;
  line: TabReadLine;
} {
  const [failed, setFailed] = useState(false);
  const [record] = useItem(tabRecordItem(context?.tabId ?? noTab));
  useEffect(() => {
    const read = context?.read;
    if (context?.tabId == null || read?.kind !== 'read') return;
    // A discarded or crashed tab, an error page, a page the browser keeps from extensions.
    injectFiles(context.tabId, read.files).catch(() => setFailed(true));
  }, [context]);
  if (!context) return { context, line: null };
  const line = context.read.kind === 'elsewhere' ? 'elsewhere' : failed ? 'failed' : null;
  // The page the content script just reported, once the tab has a record.
  return { context: record ? { ...context, page: record } : context, line };
}
