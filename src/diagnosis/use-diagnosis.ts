/**
 * Glue: the diagnosis of this popup opening, kept live. Reads the facts from their storage items
 * (the page record of the tab, else of the last Seller Central tab; the cleanup; the
 * authenticator check), takes this opening's clock check and the phone taps, and runs `diagnose`
 * again whenever one of them changes.
 */
import { useState } from 'preact/hooks';
import { totpRecordItem } from '../authenticator/check-record';
import { runItem } from '../cleanup/run';
import type { ClockResult } from '../clock/estimate';
import type { NetworkLocation } from '../network/network-location';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { lastPageItem, type TabRecord, tabRecordItem } from '../shared/tab-record';
import { useItem } from '../shared/use-item';
import { cleanupResultOf } from '../support/cleanup-result';
import { useSignedIn } from '../support/use-signed-in';
import { type Diagnosis, type DiagnosisFacts, diagnose, type PageFacts } from './diagnose';
import { phoneClock } from './phone-clock';

export function pageFacts(record: TabRecord | null): PageFacts | null {
  if (!record) return null;
  const { state, method, destination, at, retryAt, latestRequestAt, rememberDevice } = record;
  return {
    state,
    method,
    destination,
    at,
    retryAt,
    latestRequestAt,
    rememberDevice,
    privateWindow: record.privateWindow,
  };
}

export interface LiveDiagnosis extends Diagnosis {
  facts: DiagnosisFacts;
  /**
   * The clock check's answer on where the connection leaves from is in (it comes with the
   * check's end, after `done`, which the first clock result sets).
   */
  networkDone: boolean;
  /** The seller tapped when the app showed a new code (local clock ms). */
  tap(at: number): void;
}

export function useDiagnosis(o: {
  host: SellerCentralHost;
  tabId: number | null;
  clock: ClockResult | null;
  /** This open's answer on where the connection leaves from (undefined: not in yet). */
  network: NetworkLocation | null | undefined;
  now: number;
}): LiveDiagnosis {
  const [tab] = useItem(o.tabId === null ? lastPageItem : tabRecordItem(o.tabId));
  const [last] = useItem(lastPageItem);
  const [run] = useItem(runItem(o.host));
  const [authenticator] = useItem(totpRecordItem(o.host));
  const [taps, setTaps] = useState<readonly number[]>([]);
  const signedIn = useSignedIn(o.host);
  // The tab's own record, else the last Seller Central tab's when it is of this marketplace.
  const record = tab ?? (last?.host === o.host ? last : null);
  const page = record?.host === o.host ? record : null;
  const facts: DiagnosisFacts = {
    page: pageFacts(page),
    clock: o.clock,
    cleanup: cleanupResultOf(run ?? null),
    authenticator: authenticator ?? null,
    phone:
      taps.length > 0
        ? { result: phoneClock(taps, o.clock?.skewMs ?? null), taps: taps.length }
        : null,
    network: o.network ?? null,
    signedIn: signedIn === true,
  };
  const diagnosis = diagnose(facts, o.now);
  // Every automatic check: the stored records read, and this opening's clock check answered.
  const read =
    tab !== undefined &&
    last !== undefined &&
    run !== undefined &&
    authenticator !== undefined &&
    signedIn !== null;
  return {
    ...diagnosis,
    done: diagnosis.done && read,
    networkDone: o.network !== undefined,
    facts,
    tap: (at) => setTaps((t) => [...t.slice(-9), at]),
  };
}
