import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { inTurn } from '../background/in-turn';
import { lastPageItem, nextTabRecord, type TabRecord, tabRecordItem } from '../shared/tab-record';
import { closeSignIn, createSignInWatcher } from './sign-in-watcher';
import { signedInCardItem } from './signed-in-card';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
  session = true;
});

const de = 'sellercentral.amazon.de';
const record = (state: 'otp-app' | 'captcha', at = 1_000): TabRecord =>
  nextTabRecord(
    { state, method: 'app', destination: null, waitMs: null, rememberDevice: null },
    null,
    { host: de, now: at, privateWindow: false },
  );
/** Signed in, as the browser's cookies would say after the code page. */
let session = true;
const world = (now: number) => ({ now, hasSession: () => Promise.resolve(session) });
const seen = async (tabId: number, r: TabRecord) => {
  await Promise.all([tabRecordItem(tabId).set(r), lastPageItem.set(r)]);
};

describe('closeSignIn', () => {
  test('a code page, then home: a card, the record and the last page closed', async () => {
    await seen(7, record('otp-app'));
    await closeSignIn(7, 'https://sellercentral.amazon.de/home', world(5_000));
    expect(await signedInCardItem(7).get()).toEqual({
      host: de,
      state: 'otp-app',
      method: 'app',
      at: 5_000,
    });
    expect(await tabRecordItem(7).get()).toBeNull();
    expect(await lastPageItem.get()).toBeNull();
  });

  test('once per sign-in: the next page of Seller Central changes nothing', async () => {
    await seen(7, record('otp-app'));
    await closeSignIn(7, 'https://sellercentral.amazon.de/home', world(5_000));
    await signedInCardItem(7).remove();
    await closeSignIn(7, 'https://sellercentral.amazon.de/orders', world(6_000));
    expect(await signedInCardItem(7).get()).toBeNull();
  });

  test('another tab seen since: the last page is that one and stays', async () => {
    await seen(7, record('otp-app', 1_000));
    await seen(8, record('otp-app', 2_000));
    await closeSignIn(7, 'https://sellercentral.amazon.de/home', world(5_000));
    expect((await lastPageItem.get())?.at).toBe(2_000);
    expect(await tabRecordItem(8).get()).not.toBeNull();
  });

  test('a robot check only, then home: no card, the record closed', async () => {
    await seen(7, record('captcha'));
    await closeSignIn(7, 'https://sellercentral.amazon.de/home', world(5_000));
    expect(await signedInCardItem(7).get()).toBeNull();
    expect(await tabRecordItem(7).get()).toBeNull();
  });

  test('left mid-sign-in for another site: no card, nothing kept of the tab', async () => {
    await seen(7, record('otp-app'));
    await closeSignIn(7, undefined, world(5_000));
    expect(await signedInCardItem(7).get()).toBeNull();
    expect(await tabRecordItem(7).get()).toBeNull();
    // As after closing the tab: a popup opened elsewhere still knows what the page showed.
    expect(await lastPageItem.get()).not.toBeNull();
    // And coming back to Seller Central later is no sign-in of this tab's.
    await closeSignIn(7, 'https://sellercentral.amazon.de/home', world(6_000));
    expect(await signedInCardItem(7).get()).toBeNull();
  });

  test('a public page of Seller Central without a session (its help): still signing in', async () => {
    session = false;
    await seen(7, record('otp-app'));
    await closeSignIn(
      7,
      'https://sellercentral.amazon.de/gp/help/external/help.html',
      world(5_000),
    );
    expect(await tabRecordItem(7).get()).not.toBeNull();
    expect(await signedInCardItem(7).get()).toBeNull();
    // Back on the code page and through it: the card then.
    session = true;
    await closeSignIn(7, 'https://sellercentral.amazon.de/home', world(6_000));
    expect((await signedInCardItem(7).get())?.at).toBe(6_000);
  });

  test("the session is looked for in the tab's own cookie store (a container, a private window)", async () => {
    const inContainer = nextTabRecord(
      { state: 'otp-app', method: 'app', destination: null, waitMs: null, rememberDevice: null },
      null,
      { host: de, now: 1_000, privateWindow: false, storeId: 'firefox-container-3' },
    );
    await seen(7, inContainer);
    const hasSession = vi.fn((_host: string, storeId?: string) =>
      Promise.resolve(storeId === 'firefox-container-3'),
    );
    await closeSignIn(7, 'https://sellercentral.amazon.de/home', { now: 5_000, hasSession });
    expect(hasSession).toHaveBeenCalledWith(de, 'firefox-container-3');
    expect((await signedInCardItem(7).get())?.state).toBe('otp-app');
  });

  test('cookies that cannot be read count as no session: no card on a guess', async () => {
    await seen(7, record('otp-app'));
    await closeSignIn(7, 'https://sellercentral.amazon.de/home', {
      now: 5_000,
      hasSession: () => Promise.reject(new Error('no cookies')),
    });
    expect(await signedInCardItem(7).get()).toBeNull();
    expect(await tabRecordItem(7).get()).not.toBeNull();
  });

  test('still on the sign-in pages: nothing changes', async () => {
    await seen(7, record('otp-app'));
    await closeSignIn(7, 'https://sellercentral.amazon.de/ap/mfa', world(5_000));
    expect(await tabRecordItem(7).get()).not.toBeNull();
    expect(await signedInCardItem(7).get()).toBeNull();
  });
});

describe('createSignInWatcher', () => {
  test('a title change is not a navigation: storage is not read', async () => {
    const job = vi.fn(() => Promise.resolve());
    const listener = createSignInWatcher(job as never, () => 5_000, world(0).hasSession);
    listener(7, { title: 'x' } as never, { url: 'https://sellercentral.amazon.de/home' });
    expect(job).not.toHaveBeenCalled();
    listener(7, { status: 'loading' }, { url: 'https://sellercentral.amazon.de/home' });
    expect(job).toHaveBeenCalledTimes(1);
  });

  test('the listener returns nothing (non-async) and its work lands in storage', async () => {
    await seen(7, record('otp-app'));
    const turns = inTurn<number>();
    const listener = createSignInWatcher(turns, () => 5_000, world(0).hasSession);
    expect(
      listener(7, { url: 'https://sellercentral.amazon.de/home' }, { url: undefined }),
    ).toBeUndefined();
    await turns(7, () => Promise.resolve());
    expect((await signedInCardItem(7).get())?.state).toBe('otp-app');
  });
});
