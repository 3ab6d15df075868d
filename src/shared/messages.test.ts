import { describe, expect, test, vi } from 'vitest';
import {
  allowedSenders,
  createListener,
  type MessageName,
  makeSend,
  parseMessage,
} from './messages';
import type { Sender } from './sender';

const report = {
  state: 'otp-sms',
  method: 'sms',
  destination: '976',
  waitMs: null,
  rememberDevice: 'unchecked',
};
const ok = { channel: 'sc2sv', type: 'pageSeen', payload: report };

describe('parseMessage', () => {
  test.each([
    ['a valid report', ok, true],
    ['no channel marker', { ...ok, channel: undefined }, false],
    ['an unknown type', { ...ok, type: 'deleteEverything' }, false],
    ['a prototype name as type', { ...ok, type: 'constructor' }, false],
    ['an unknown state', { ...ok, payload: { ...ok.payload, state: 'pwned' } }, false],
    [
      'a destination that is not digits',
      { ...ok, payload: { ...ok.payload, destination: '<img>' } },
      false,
    ],
    [
      'an oversized destination',
      { ...ok, payload: { ...ok.payload, destination: '9'.repeat(100_000) } },
      false,
    ],
    ['a payload that is an array', { ...ok, payload: [] }, false],
    ['null', null, false],
    ['a string', 'pageSeen', false],
    ['a report of a 24-hour wait', { ...ok, payload: { ...report, waitMs: 86_400_000 } }, true],
    // A wait is what detect/wait.ts can give: whole ms, up to a week.
    ['a wait of over a week', { ...ok, payload: { ...report, waitMs: 8 * 86_400_000 } }, false],
    ['a negative wait', { ...ok, payload: { ...report, waitMs: -1 } }, false],
    ['a wait that is not a number', { ...ok, payload: { ...report, waitMs: '24h' } }, false],
    ['an infinite wait', { ...ok, payload: { ...report, waitMs: Infinity } }, false],
    [
      'a report without the wait (an older sender)',
      { ...ok, payload: { ...report, waitMs: undefined } },
      false,
    ],
    ['a ticked remember box', { ...ok, payload: { ...report, rememberDevice: 'checked' } }, true],
    ['an unknown remember box', { ...ok, payload: { ...report, rememberDevice: 'yes' } }, false],
    ['a code request', { channel: 'sc2sv', type: 'codeRequested', payload: {} }, true],
    [
      'a code request naming its time',
      { channel: 'sc2sv', type: 'codeRequested', payload: { at: 1 } },
      false,
    ],
    [
      'dismiss with no payload fields',
      { channel: 'sc2sv', type: 'dismissBanner', payload: {} },
      true,
    ],
    [
      'dismiss smuggling fields',
      { channel: 'sc2sv', type: 'dismissBanner', payload: { tabId: 1 } },
      false,
    ],
    [
      'banner status in the browser language',
      { channel: 'sc2sv', type: 'bannerStatus', payload: { locale: null } },
      true,
    ],
    [
      'banner status for a German page',
      { channel: 'sc2sv', type: 'bannerStatus', payload: { locale: 'de' } },
      true,
    ],
    [
      'banner status in a language not shipped',
      { channel: 'sc2sv', type: 'bannerStatus', payload: { locale: 'ko' } },
      false,
    ],
    [
      'banner status naming a path, not a locale',
      { channel: 'sc2sv', type: 'bannerStatus', payload: { locale: '../../manifest.json#' } },
      false,
    ],
    [
      'banner status as a tag, not a folder name',
      { channel: 'sc2sv', type: 'bannerStatus', payload: { locale: 'pt-BR' } },
      false,
    ],
    [
      'banner status smuggling fields',
      { channel: 'sc2sv', type: 'bannerStatus', payload: { locale: 'de', tabId: 1 } },
      false,
    ],
    [
      'banner status without locale',
      { channel: 'sc2sv', type: 'bannerStatus', payload: {} },
      false,
    ],
    [
      'a clock check of the sender page',
      { channel: 'sc2sv', type: 'checkClock', payload: { host: null, scope: 'primary' } },
      true,
    ],
    [
      'a clock check still asking to force (every check is new now)',
      {
        channel: 'sc2sv',
        type: 'checkClock',
        payload: { host: null, scope: 'all', force: true },
      },
      false,
    ],
    [
      "the banner's clock check in the page's language",
      { channel: 'sc2sv', type: 'bannerClock', payload: { scope: 'primary', locale: 'ar' } },
      true,
    ],
    [
      "the banner's clock check naming a host (its page's is used)",
      {
        channel: 'sc2sv',
        type: 'bannerClock',
        payload: { scope: 'all', locale: null, host: 'sellercentral.amazon.de' },
      },
      false,
    ],
    [
      "the banner's clock check in an unshipped language",
      { channel: 'sc2sv', type: 'bannerClock', payload: { scope: 'all', locale: 'ru' } },
      false,
    ],
    [
      'open on a section',
      { channel: 'sc2sv', type: 'openPopup', payload: { section: 'clock' } },
      true,
    ],
    [
      'open on no section',
      { channel: 'sc2sv', type: 'openPopup', payload: { section: null } },
      true,
    ],
    [
      'the support draft, asked with no fields',
      { channel: 'sc2sv', type: 'supportDraft', payload: {} },
      true,
    ],
    [
      'the support draft, naming another host',
      { channel: 'sc2sv', type: 'supportDraft', payload: { host: 'sellercentral.amazon.de' } },
      false,
    ],
    [
      'open on an unknown section',
      { channel: 'sc2sv', type: 'openPopup', payload: { section: '../../x' } },
      false,
    ],
    [
      "cleanup of a scope for the sender's own page",
      { channel: 'sc2sv', type: 'cleanup', payload: { scope: 'seller-central', host: null } },
      true,
    ],
    [
      'cleanup of a scope for a listed host',
      {
        channel: 'sc2sv',
        type: 'cleanup',
        payload: { scope: 'amazon-sign-in', host: 'sellercentral.amazon.de' },
      },
      true,
    ],
    [
      'cleanup of another domain',
      {
        channel: 'sc2sv',
        type: 'cleanup',
        payload: { scope: 'seller-central', host: 'example.com' },
      },
      false,
    ],
    [
      'cleanup of the parent Amazon domain by name',
      {
        channel: 'sc2sv',
        type: 'cleanup',
        payload: { scope: 'seller-central', host: 'amazon.com' },
      },
      false,
    ],
    [
      'cleanup of an unknown scope',
      { channel: 'sc2sv', type: 'cleanup', payload: { scope: 'everything', host: null } },
      false,
    ],
    [
      'cleanup smuggling an origin',
      {
        channel: 'sc2sv',
        type: 'cleanup',
        payload: { scope: 'seller-central', host: null, origins: ['https://example.com'] },
      },
      false,
    ],
    [
      'cleanup for the tab an extension page is about',
      {
        channel: 'sc2sv',
        type: 'cleanup',
        payload: { scope: 'seller-central', host: 'sellercentral.amazon.com', tabId: 7 },
      },
      true,
    ],
    ...(
      [
        ['a negative tab id', -1],
        ['a fractional tab id', 1.5],
        ['a tab id as text', '7'],
        ['a null tab id', null],
        ['a tab id beyond safe integers', 2 ** 53],
      ] as const
    ).map(([what, tabId]): [string, unknown, boolean] => [
      `cleanup with ${what}`,
      {
        channel: 'sc2sv',
        type: 'cleanup',
        payload: { scope: 'seller-central', host: 'sellercentral.amazon.com', tabId },
      },
      false,
    ]),
    [
      'cleanup naming a cookie store',
      {
        channel: 'sc2sv',
        type: 'cleanup',
        payload: { scope: 'seller-central', host: null, storeId: 'firefox-default' },
      },
      false,
    ],
    [
      'cleanup preview of a scope',
      {
        channel: 'sc2sv',
        type: 'cleanupPreview',
        payload: { scope: 'seller-central', host: 'sellercentral.amazon.com' },
      },
      true,
    ],
  ])('%s → accepted: %s', (_case, raw, accepted) => {
    expect(parseMessage(raw) !== null).toBe(accepted);
  });
});

const examplePayloads: Record<MessageName, unknown> = {
  bannerStatus: { locale: null },
  pageSeen: report,
  codeRequested: {},
  dismissBanner: {},
  checkClock: { host: null, scope: 'primary' },
  bannerClock: { scope: 'primary', locale: 'de' },
  openPopup: { section: null },
  cleanupPreview: { scope: 'seller-central', host: null },
  cleanup: { scope: 'seller-central', host: null },
  supportDraft: {},
};

describe('createListener', () => {
  const handlers = {
    bannerStatus: vi.fn(async () => ({ show: true, messages: null, words: [] })),
    checkClock: vi.fn(async () => {
      throw new Error('not in this test');
    }),
    bannerClock: vi.fn(async () => ({ verdict: 'ok' as const, text: 'right' })),
    pageSeen: vi.fn(async () => ({
      ok: true as const,
      retryAt: null,
      latestRequestAt: null,
      privateWindow: false,
    })),
    codeRequested: vi.fn(async () => ({ latestRequestAt: 1 })),
    dismissBanner: vi.fn(async () => ({ ok: true as const })),
    openPopup: vi.fn(async (): Promise<{ opened: 'tab' }> => {
      throw new Error('no window');
    }),
    cleanupPreview: vi.fn(async (): Promise<never> => {
      throw new Error('not in this test');
    }),
    cleanup: vi.fn(async (): Promise<never> => {
      throw new Error('not in this test');
    }),
    supportDraft: vi.fn(async () => ({ text: null })),
  };
  const sender = { id: 'x' };
  const signIn: Sender = { kind: 'sign-in', tabId: 3, host: 'sellercentral.amazon.de' };
  const kinds: Sender[] = [
    { kind: 'extension-page' },
    signIn,
    { kind: 'contact', tabId: 3, host: 'sellercentral.amazon.de' },
  ];

  test('answers its own accepted messages, handing the handler who sent it', async () => {
    handlers.pageSeen.mockClear();
    const listener = createListener(handlers, () => signIn);
    await expect(listener(ok, sender)).resolves.toEqual({
      ok: true,
      retryAt: null,
      latestRequestAt: null,
      privateWindow: false,
    });
    expect(handlers.pageSeen).toHaveBeenCalledWith(report, signIn);
  });

  test('returns nothing for messages it does not own, so other listeners may answer', () => {
    const listener = createListener(handlers, () => signIn);
    expect(listener({ type: 'somethingElse' }, sender)).toBeUndefined();
  });

  test('an unknown sender causes nothing', () => {
    handlers.pageSeen.mockClear();
    const listener = createListener(handlers, () => null);
    expect(listener(ok, sender)).toBeUndefined();
    expect(handlers.pageSeen).not.toHaveBeenCalled();
  });

  test.each(
    (Object.keys(allowedSenders) as MessageName[]).flatMap((type) =>
      kinds.map((from) => [type, from.kind, from] as const),
    ),
  )('%s from %s: answered only when the protocol allows it', (type, kind, from) => {
    const listener = createListener(handlers, () => from);
    const raw = { channel: 'sc2sv', type, payload: examplePayloads[type] };
    expect(parseMessage(raw), 'example payload').not.toBeNull();
    const answer = listener(raw, sender);
    expect(answer !== undefined).toBe((allowedSenders[type] as readonly string[]).includes(kind));
    answer?.catch(() => {});
  });

  test('a failing handler answers with an error instead of rejecting', async () => {
    const listener = createListener(handlers, () => signIn);
    const answer = listener(
      { channel: 'sc2sv', type: 'openPopup', payload: { section: null } },
      sender,
    );
    await expect(answer).resolves.toEqual({ error: 'no window' });
  });
});

test('makeSend wraps the payload in the channel marker the listener expects', async () => {
  const sent: unknown[] = [];
  const send = makeSend({
    sendMessage: async (m) => {
      sent.push(m);
      return { ok: true };
    },
  });
  await send('dismissBanner', {});
  expect(parseMessage(sent[0])).toEqual({ type: 'dismissBanner', payload: {} });
});

test('makeSend turns a handler error into a rejection', async () => {
  const send = makeSend({ sendMessage: async () => ({ error: 'storage is full' }) });
  await expect(send('checkClock', { host: null, scope: 'primary' })).rejects.toThrow(
    'storage is full',
  );
});
