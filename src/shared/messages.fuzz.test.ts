/**
 * Properties of the message protocol under arbitrary input: nothing throws, nothing unknown gets
 * through, and a refused message reaches no handler. A new message adds its examples to `valid`
 * (the type makes that a compile error until it does).
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { sellerCentralHosts } from '../sellercentral/marketplaces';
import {
  createListener,
  type Handlers,
  type MessageName,
  type Payload,
  parseMessage,
} from './messages';

const valid: { [K in MessageName]: Payload<K>[] } = {
  bannerStatus: [{ locale: null }, { locale: 'de' }],
  pageSeen: [
    {
      state: 'otp-sms',
      method: 'sms',
      destination: '976',
      waitMs: null,
      rememberDevice: 'unchecked',
    },
    {
      state: 'otp-limit',
      method: 'voice',
      destination: null,
      waitMs: 600_000,
      rememberDevice: null,
    },
    {
      state: 'code-rejected',
      method: 'app',
      destination: null,
      waitMs: null,
      rememberDevice: 'checked',
    },
  ],
  codeRequested: [{}],
  dismissBanner: [{}],
  checkClock: [
    { host: null, scope: 'primary' },
    { host: sellerCentralHosts[3], scope: 'all' },
  ],
  bannerClock: [
    { scope: 'primary', locale: null },
    { scope: 'all', locale: 'ja' },
  ],
  openPopup: [{ section: 'clock' }, { section: null }],
  cleanupPreview: [
    { scope: 'seller-central', host: null },
    { scope: 'amazon-sign-in', host: sellerCentralHosts[5] },
    { scope: 'seller-central', host: sellerCentralHosts[0], tabId: 12 },
  ],
  supportDraft: [{}],
  cleanup: [
    { scope: 'seller-central', host: null },
    { scope: 'seller-central', host: sellerCentralHosts[0] },
    { scope: 'seller-central', host: sellerCentralHosts[0], tabId: 0 },
  ],
};

const examples = Object.entries(valid).flatMap(([type, payloads]) =>
  (payloads as Record<string, unknown>[]).map((payload) => ({ type, payload })),
);
const example = fc.constantFrom(...examples);
const wire = (m: { type: string; payload: unknown }) => ({ channel: 'sc2sv', ...m });

/** Values an attacker would try: anything, huge strings, markup, prototype names. */
const hostile = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 3 }),
  fc.string({ minLength: 10_000, maxLength: 12_000 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', '<img src=x onerror=alert(1)>', -1, NaN),
);

const runs = { numRuns: 150 };

describe('parseMessage under arbitrary input', () => {
  test('the examples themselves are accepted as they are', () => {
    for (const m of examples) expect(parseMessage(wire(m))).toEqual(m);
  });

  test('never throws; whatever it accepts is a known message that parses again to itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostile,
          fc.record({ channel: fc.constant('sc2sv'), type: fc.string(), payload: hostile }),
          example.chain((m) =>
            fc.record({
              channel: fc.constant('sc2sv'),
              type: fc.constant(m.type),
              payload: hostile,
            }),
          ),
        ),
        (raw) => {
          const parsed = parseMessage(raw);
          if (parsed === null) return;
          expect(Object.keys(valid)).toContain(parsed.type);
          expect(parseMessage(wire(parsed))).toEqual(parsed);
        },
      ),
      runs,
    );
  });

  test('a field replaced by a hostile value is refused or still a valid payload', () => {
    fc.assert(
      fc.property(example, hostile, (m, value) => {
        for (const field of Object.keys(m.payload)) {
          const parsed = parseMessage(wire({ ...m, payload: { ...m.payload, [field]: value } }));
          if (parsed !== null) expect(parseMessage(wire(parsed))).toEqual(parsed);
        }
      }),
      runs,
    );
  });

  test('extra payload fields never come through', () => {
    fc.assert(
      fc.property(
        example,
        fc.dictionary(fc.string({ minLength: 1 }), hostile, { minKeys: 1, maxKeys: 4 }),
        (m, extra) => {
          const payload = { ...extra, ...m.payload };
          const parsed = parseMessage(wire({ ...m, payload }));
          if (parsed === null) return;
          expect(Object.keys(parsed.payload).sort()).toEqual(Object.keys(m.payload).sort());
        },
      ),
      runs,
    );
  });

  test('without our channel marker nothing is ours', () => {
    fc.assert(
      fc.property(example, fc.anything(), (m, channel) => {
        fc.pre(channel !== 'sc2sv');
        expect(parseMessage({ channel, ...m })).toBeNull();
        expect(parseMessage(m)).toBeNull();
      }),
      runs,
    );
  });
});

describe('createListener under arbitrary input', () => {
  const handlers = Object.fromEntries(
    Object.keys(valid).map((name) => [name, vi.fn(async () => ({ ok: true }))]),
  ) as unknown as Handlers;
  const called = () =>
    Object.values(handlers).reduce(
      (n, h) => n + (h as ReturnType<typeof vi.fn>).mock.calls.length,
      0,
    );

  test('a refused sender gets no answer and reaches no handler, whatever it sends', () => {
    const refuse = createListener(handlers, () => null);
    fc.assert(
      fc.property(fc.oneof(hostile, example.map(wire)), fc.anything(), (raw, sender) => {
        expect(refuse(raw, sender as never)).toBeUndefined();
      }),
      runs,
    );
    expect(called()).toBe(0);
  });

  test('anything unparsable reaches no handler even from an accepted sender', () => {
    const accept = createListener(handlers, () => ({ kind: 'extension-page' }) as const);
    fc.assert(
      fc.property(hostile, (raw) => {
        fc.pre(parseMessage(raw) === null);
        expect(accept(raw, {} as never)).toBeUndefined();
      }),
      runs,
    );
    expect(called()).toBe(0);
  });
});
