/**
 * The one message protocol between the content script, the extension pages and the background.
 * Each message has a validator; anything else is not ours and is left for other listeners.
 * Pattern after webext-core/messaging: one map, `send` and `handle` derived from it.
 */
import type { CleanupPreview } from '../cleanup/preview';
import type { CleanupRun } from '../cleanup/run';
import type { ClockResult, Verdict } from '../clock/estimate';
import { type Method, methods, type PageState, pageStates } from '../detect/classify';
import type { PageWords } from '../detect/language-words';
import type { NetworkLocation } from '../network/network-location';
import { isSellerCentralHost, type SellerCentralHost } from '../sellercentral/marketplaces';
import type { Messages } from './catalogue';
import { isLocale, type Locale } from './locales';
import { isSection, type Section } from './sections';
import type { Sender, SenderKind } from './sender';

/**
 * The two cleanup scopes a message may name (PRODUCT.md "Site-data cleanup"); a message never
 * names a domain or an origin, so a forged one can at most clean a listed Seller Central site.
 */
export const cleanupScopes = ['seller-central', 'amazon-sign-in'] as const;
export type CleanupScope = (typeof cleanupScopes)[number];

export function isCleanupScope(value: unknown): value is CleanupScope {
  return typeof value === 'string' && (cleanupScopes as readonly string[]).includes(value);
}

export interface CleanupPayload {
  scope: CleanupScope;
  host: SellerCentralHost | null;
  tabId?: number;
}

export interface PageReport {
  state: PageState;
  method: Method;
  /** Trailing digits of the masked phone number, never more. */
  destination: string | null;
  /** How long the page asks to wait before a new code or sign-in (ms), when it says. */
  waitMs: number | null;
  /** The "Don't require OTP on this browser" box as it is now; null: not offered. */
  rememberDevice: 'unchecked' | 'checked' | null;
}

/** What the background keeps for a sign-in tab and the banner shows (ms since epoch). */
export interface TabFacts {
  /** From when a new code or sign-in may be tried: from the first sight of the wait. */
  retryAt: number | null;
  /** The last code request seen in this tab's sign-in. */
  latestRequestAt: number | null;
  privateWindow: boolean;
}

/** A wait a page may name: detect/wait.ts believes none over a week. */
export const isWaitMs = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 7 * 864e5;

export interface Protocol {
  /**
   * Content script, at page start: may the banner show in this tab (enabled, not dismissed)?
   * `locale`: the page's language (`<html lang>`) when the extension ships it, else null. The
   * reply carries the classifier's words for it (`words`: its table and English's, every table
   * when null; detect/detection-words.ts) and, when it is not the browser's language, the
   * banner's strings in it (`messages`; null otherwise or when unavailable).
   */
  bannerStatus: {
    payload: { locale: Locale | null };
    reply: { show: boolean; messages: Messages | null; words: PageWords };
  };
  /**
   * Content script: this is what the sign-in page shows now. The reply is what the background
   * keeps for the tab: the wait's end from its first sight, the last code request, private window.
   */
  pageSeen: { payload: PageReport; reply: { ok: true } & TabFacts };
  /**
   * Content script: the seller pressed something that asks Amazon for a code (detect/
   * code-request.ts). The background notes the time for the tab; the reply is that time.
   */
  codeRequested: { payload: Record<string, never>; reply: { latestRequestAt: number } };
  /** Content script: the seller closed the banner for this tab. */
  dismissBanner: { payload: Record<string, never>; reply: { ok: true } };
  /**
   * Check the clock of a marketplace and answer with the final result (progress goes to
   * storage.session). The content script sends `host: null` (its own page's host is used); the
   * popup names a listed host. `primary` asks the Seller Central host only. Always measured anew,
   * unless a check of that host is running right now (then the answer is that check's).
   * `network`: where the connection seems to leave from, when it is not this computer's time
   * zone's country or WARP is on (network/network-location.ts); only in this answer, never stored.
   */
  checkClock: {
    payload: { host: SellerCentralHost | null; scope: 'primary' | 'all' };
    reply: ClockResult & { network: NetworkLocation | null };
  };
  /**
   * Content script: check its own page's marketplace clock (`primary`: the banner's own look, at
   * Seller Central only) and answer with the verdict in words, written by the background in the
   * page's language (`locale`, as in `bannerStatus`), so the content script ships no clock words.
   */
  bannerClock: {
    payload: { scope: 'primary' | 'all'; locale: Locale | null };
    reply: { verdict: Verdict; text: string };
  };
  /** Content script: open the popup (or the popup page in a tab where the browser refuses). */
  openPopup: { payload: { section: Section | null }; reply: { opened: 'popup' | 'tab' } };
  /**
   * What a cleanup would remove, and the cleanup itself (its record also goes to storage.session).
   * Only a scope name: the content script sends `host: null` (its own page's host and its own
   * tab's cookie store are used); an extension page may name a listed host and the tab it is
   * about (`tabId`, for that tab's cookie store). Never a domain, an origin or a store.
   */
  cleanupPreview: { payload: CleanupPayload; reply: CleanupPreview };
  cleanup: { payload: CleanupPayload; reply: CleanupRun };
  /** Contact Us content script, after the seller's click: the support draft for its host. */
  supportDraft: { payload: Record<string, never>; reply: { text: string | null } };
}

export type MessageName = keyof Protocol;
export type Payload<K extends MessageName> = Protocol[K]['payload'];
export type Reply<K extends MessageName> = Protocol[K]['reply'];
export type Message = { [K in MessageName]: { type: K; payload: Payload<K> } }[MessageName];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (list as readonly string[]).includes(v);

// Pure: the content scripts, which only send, leave the validators and the state lists out.
const isState = /* @__PURE__ */ oneOf(pageStates);
const isMethod = /* @__PURE__ */ oneOf(methods);

/** Validators: a payload that fails is refused, so the background never acts on a guess. */
const empty = (p: Record<string, unknown>) => (Object.keys(p).length === 0 ? {} : null);

const isTabId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

const cleanupPayload = (p: Record<string, unknown>): CleanupPayload | null =>
  Object.keys(p).length === ('tabId' in p ? 3 : 2) &&
  isCleanupScope(p.scope) &&
  (p.host === null || (typeof p.host === 'string' && isSellerCentralHost(p.host))) &&
  (!('tabId' in p) || isTabId(p.tabId))
    ? { scope: p.scope, host: p.host, ...(isTabId(p.tabId) ? { tabId: p.tabId } : {}) }
    : null;

const validators: { [K in MessageName]: (p: Record<string, unknown>) => Payload<K> | null } = {
  bannerStatus: (p) =>
    Object.keys(p).length === 1 && (p.locale === null || isLocale(p.locale))
      ? { locale: p.locale }
      : null,
  pageSeen: (p) =>
    isState(p.state) &&
    isMethod(p.method) &&
    (p.destination === null ||
      (typeof p.destination === 'string' && /^\d{1,4}$/.test(p.destination))) &&
    (p.waitMs === null || isWaitMs(p.waitMs)) &&
    (p.rememberDevice === null ||
      p.rememberDevice === 'unchecked' ||
      p.rememberDevice === 'checked')
      ? {
          state: p.state,
          method: p.method,
          destination: p.destination,
          waitMs: p.waitMs,
          rememberDevice: p.rememberDevice,
        }
      : null,
  codeRequested: empty,
  dismissBanner: empty,
  checkClock: (p) =>
    Object.keys(p).length === 2 &&
    (p.host === null || (typeof p.host === 'string' && isSellerCentralHost(p.host))) &&
    (p.scope === 'primary' || p.scope === 'all')
      ? { host: p.host, scope: p.scope }
      : null,
  bannerClock: (p) =>
    Object.keys(p).length === 2 &&
    (p.scope === 'primary' || p.scope === 'all') &&
    (p.locale === null || isLocale(p.locale))
      ? { scope: p.scope, locale: p.locale }
      : null,
  openPopup: (p) =>
    p.section === null || isSection(p.section) ? { section: p.section as Section | null } : null,
  cleanupPreview: cleanupPayload,
  cleanup: cleanupPayload,
  supportDraft: empty,
};

const isName = (v: unknown): v is MessageName =>
  typeof v === 'string' && Object.hasOwn(validators, v);

/** Our messages carry a marker so that a stray `{type}` from elsewhere is never taken for ours. */
const marker = 'sc2sv';

/** A valid message of the protocol, or null: unknown, malformed or oversized input. */
export function parseMessage(raw: unknown): Message | null {
  if (!isRecord(raw) || raw.channel !== marker || !isName(raw.type) || !isRecord(raw.payload)) {
    return null;
  }
  const payload = validators[raw.type](raw.payload);
  return payload ? ({ type: raw.type, payload } as Message) : null;
}

/** A typed `send` over a runtime (the polyfill's, or the content script's minimal one). */
export function makeSend(runtime: { sendMessage(message: unknown): Promise<unknown> }) {
  return <K extends MessageName>(type: K, payload: Payload<K>): Promise<Reply<K>> =>
    runtime.sendMessage({ channel: marker, type, payload }).then((reply) => {
      // A handler that failed answers `{ error }` (see createListener): the caller gets a rejection.
      if (isRecord(reply) && typeof reply.error === 'string' && Object.keys(reply).length === 1) {
        throw new Error(reply.error);
      }
      return reply as Reply<K>;
    });
}

/**
 * Who may send what, each rule once (src/shared/sender.ts says who a sender is). The sign-in
 * content script speaks for its own tab only; Contact Us only asks for the draft it pastes.
 */
export const allowedSenders = {
  bannerStatus: ['sign-in'],
  pageSeen: ['sign-in'],
  codeRequested: ['sign-in'],
  dismissBanner: ['sign-in'],
  checkClock: ['extension-page'],
  bannerClock: ['sign-in'],
  openPopup: ['sign-in'],
  cleanupPreview: ['sign-in', 'extension-page'],
  cleanup: ['sign-in', 'extension-page'],
  supportDraft: ['contact'],
} as const satisfies Record<MessageName, readonly SenderKind[]>;

/** The sender a handler of `K` can be given: only the kinds allowed to send it. */
export type SenderOf<K extends MessageName> = Extract<
  Sender,
  { kind: (typeof allowedSenders)[K][number] }
>;

export type Handlers = {
  [K in MessageName]: (payload: Payload<K>, from: SenderOf<K>) => Promise<Reply<K>>;
};

/**
 * The runtime.onMessage listener for `handlers`. It is not `async`: it returns a promise only for
 * messages it owns and accepts (webextension-polyfill answers whatever a listener returns).
 * `identify` says once what sent it (null: anything else); a message from a sender not allowed
 * to send it gets no answer and causes nothing.
 */
export function createListener<S>(handlers: Handlers, identify: (sender: S) => Sender | null) {
  return (raw: unknown, sender: S): Promise<unknown> | undefined => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    const from = identify(sender);
    const allowed: readonly SenderKind[] = allowedSenders[message.type];
    if (!from || !allowed.includes(from.kind)) return undefined;
    const handler = handlers[message.type] as (payload: unknown, from: Sender) => Promise<unknown>;
    // A failing handler answers with a plain error object instead of rejecting, so the sender
    // sees a clear message and no unhandled rejection is left behind.
    return handler(message.payload, from).catch((error: unknown) => ({
      error: error instanceof Error ? error.message : String(error),
    }));
  };
}
