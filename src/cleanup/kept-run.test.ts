import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { forgetKeptRuns, keptRun, restoreKeptRuns } from './kept-run';
import { type CleanupRun, keptRunItem, runItem } from './run';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());

const de = 'sellercentral.amazon.de';
const fr = 'sellercentral.amazon.fr';
const run = (host: typeof de | typeof fr, finishedAt: number | null): CleanupRun => ({
  scope: 'seller-central',
  host,
  storeId: '0',
  startedAt: 1,
  planned: ['a', 'b'],
  removed: ['a'],
  failed: [],
  siteData: 'pending',
  cleared: [],
  skipped: [],
  finishedAt,
});

test('each write goes to the session record and to its copy in local storage', async () => {
  await keptRun(de).set(run(de, null));
  expect(await runItem(de).get()).toEqual(run(de, null));
  expect(await keptRunItem(de).get()).toEqual(run(de, null));
  await keptRun(de).set(run(de, 9));
  expect(await keptRunItem(de).get()).toEqual(run(de, 9));
  await keptRun(de).remove();
  expect(await keptRunItem(de).get()).toBeNull();
});

test('after an update (the session emptied): every record comes back, a cut run is finished', async () => {
  await keptRun(de).set(run(de, null));
  await keptRun(fr).set(run(fr, 7));
  await fakeBrowser.storage.session.clear();
  const resume = vi.fn(async (_run: CleanupRun) => {});
  await restoreKeptRuns(resume);
  expect(await runItem(de).get()).toEqual(run(de, null));
  expect(await runItem(fr).get()).toEqual(run(fr, 7));
  // Only the one the update cut short is run again (it resumes its own record).
  expect(resume.mock.calls).toEqual([[run(de, null)]]);
});

test('a resume that fails leaves the others to be restored', async () => {
  await keptRun(de).set(run(de, null));
  await keptRun(fr).set(run(fr, null));
  await fakeBrowser.storage.session.clear();
  const resume = vi.fn(async (r: CleanupRun) => {
    if (r.host === de) throw new Error('permission needed');
  });
  await expect(restoreKeptRuns(resume)).resolves.toBeUndefined();
  expect(resume).toHaveBeenCalledTimes(2);
  expect(await runItem(fr).get()).toEqual(run(fr, null));
});

test('at browser start the copies go, as the session they copied did', async () => {
  await keptRun(de).set(run(de, 3));
  await forgetKeptRuns();
  expect(await keptRunItem(de).get()).toBeNull();
});
