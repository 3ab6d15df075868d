/**
 * The clock check as the background runs it, with its world passed in (the state item, the
 * settings, the probe's fetch and timers, the time, the badge). A request joins a check of that
 * host running right now (a `primary` request joins a running full check too; a full request never
 * settles for a primary one), or is answered from a fresh stored result. Progress goes to the
 * host's state item, in order, and only from the newest check of that host: an older check still
 * finishing (the banner's, say, under the popup's) never writes over a later one's progress.
 */
import type { Settings } from '../shared/settings';
import { singleFlight } from '../shared/single-flight';
import type { Item } from '../shared/storage-item';
import type { ClockResult } from './estimate';
import { type ClockCheckOptions, runClockCheck } from './probe';
import { sourcesFor } from './sources';
import { type ClockState, needsNewCheck } from './state';

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
export type ClockWant = { scope: ClockScope; force: boolean };

export function createCheckClock(world: ClockWorld) {
  const flight = singleFlight<ClockResult>();
  const run = world.run ?? runClockCheck;
  /** Each check's number, and the newest one per host: only that one writes. */
  let count = 0;
  const newest = new Map<string, number>();
  // One queue for every write, so that none lands after a later one.
  let writes: Promise<void> = Promise.resolve();

  async function measure(host: string, { scope, force }: ClockWant): Promise<ClockResult> {
    const item = world.state(host);
    const [stored, settings] = await Promise.all([item.get(), world.settings()]);
    if (stored?.result && !needsNewCheck(stored, world.now(), { scope, force })) {
      return stored.result;
    }
    const mine = ++count;
    newest.set(host, mine);
    const isNewest = () => newest.get(host) === mine;
    const { sources, primary } = sourcesFor(host, settings);
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
    const result = await run({
      ...world.probe,
      sources: scope === 'primary' ? sources.filter((s) => s.id === primary) : sources,
      primary,
      onProgress: (progress) => void save(progress),
    });
    // The final result usually came as the last progress already: wait for that write.
    await (saved === result ? writes : save(result));
    if (isNewest()) await world.badge(result).catch(() => {});
    return result;
  }

  return (host: string, want: ClockWant): Promise<ClockResult> =>
    flight.get(`${host} all`) ?? flight.run(`${host} ${want.scope}`, () => measure(host, want));
}
