/**
 * The clock check as the background runs it, with its world passed in (the state item, the
 * settings, the probe's fetch and timers, the time, the badge). Every request measures anew,
 * unless a check for that host is running right now: then it joins it (a `primary` request joins a
 * running full check too; a full request never settles for a primary one). Progress goes to the
 * host's state item, in order, and only from the newest check of that host: an older check still
 * finishing (the banner's, say, under the popup's) never writes over a later one's progress.
 */
import type { TraceLocation } from '../network/trace-location';
import type { Settings } from '../shared/settings';
import { singleFlight } from '../shared/single-flight';
import type { Item } from '../shared/storage-item';
import type { ClockResult } from './estimate';
import { type ClockCheckOptions, runClockCheck } from './probe';
import { sourcesFor } from './sources';
import type { ClockState } from './state';

export interface ClockWorld {
  state: (host: string) => Item<ClockState | null>;
  settings: () => Promise<Pick<Settings, 'cloudflareSource' | 'customSource'>>;
  probe: Pick<ClockCheckOptions, 'fetch' | 'now' | 'sleep' | 'online'>;
  now: () => number;
  /** Shows the verdict on the toolbar button. */
  badge: (result: ClockResult) => Promise<void>;
  /** The check itself; `runClockCheck` unless a test drives it by hand. */
  run?: (o: ClockCheckOptions) => Promise<ClockResult>;
}

export type ClockScope = ClockState['scope'];

/**
 * A check's end: its result (also stored) and where the trace said the connection leaves from,
 * the last trace's word (null: no trace answered). The location is only ever answered to the
 * asker, never stored.
 */
export interface CheckedClock {
  result: ClockResult;
  location: TraceLocation | null;
}

export function createCheckClock(world: ClockWorld) {
  const flight = singleFlight<CheckedClock>();
  const run = world.run ?? runClockCheck;
  /** Each check's number, and the newest one per host: only that one writes. */
  let count = 0;
  const newest = new Map<string, number>();
  // One queue for every write, so that none lands after a later one.
  let writes: Promise<void> = Promise.resolve();

  async function measure(host: string, scope: ClockScope): Promise<CheckedClock> {
    const mine = ++count;
    newest.set(host, mine);
    const isNewest = () => newest.get(host) === mine;
    const item = world.state(host);
    const { sources, primary } = sourcesFor(host, await world.settings());
    const startedAt = world.now();
    let saved: ClockResult | null = null;
    const save = (result: ClockResult | null) => {
      saved = result;
      writes = writes
        .then(() => (isNewest() ? item.set({ host, scope, startedAt, result }) : undefined))
        .catch(() => {});
      return writes;
    };
    // The requests go out while the first write is under way: the popup waits for the first
    // verdict, not for storage.
    void save(null);
    let location: TraceLocation | null = null;
    const result = await run({
      ...world.probe,
      sources: scope === 'primary' ? sources.filter((s) => s.id === primary) : sources,
      primary,
      onProgress: (progress) => void save(progress),
      onLocation: (said) => {
        location = said;
      },
    });
    // The final result usually came as the last progress already: wait for that write.
    await (saved === result ? writes : save(result));
    if (isNewest()) await world.badge(result).catch(() => {});
    return { result, location };
  }

  return (host: string, scope: ClockScope): Promise<CheckedClock> =>
    flight.get(`${host} all`) ?? flight.run(`${host} ${scope}`, () => measure(host, scope));
}
