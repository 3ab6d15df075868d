/**
 * The simulated sign-in, one state per `sim-session` cookie (in memory): email → password → 2SV
 * code page for the account's method → signed in. Codes are the demo secret's TOTP, accepted one
 * step either side, as Amazon does. The 2SV routes also work without a session, so the direct
 * state pages can be clicked through.
 *
 * The rest of the journey: an email with "new" in it has no account (the "new to Amazon" page),
 * one with "nobody" gets the email page's no-account error; a texted or called code older than
 * `codeLifeMs` (or after `/ap/mfa?expired=1`) has expired; `wrongCodeLimit` wrong codes in a row
 * block the sign-in, and the blocked email then gets the blocked box on the password page too.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { TOTP } from 'otpauth';
import { htmlReply, type Reply, redirect, type SimRequest, setCookie } from './http';
import { authDocument, plainDocument } from './layout';
import type { Strings } from './locales';
import {
  approvalMain,
  captchaMain,
  chooseMain,
  codeMain,
  cvfMain,
  emailMain,
  homeMain,
  intentMain,
  type Method,
  type PageContext,
  pageContext,
  passwordMain,
  type Rendered,
} from './pages';

type Step = 'email' | 'password' | 'code' | 'done';

export interface Session {
  id: string;
  method: Method;
  step: Step;
  email: string;
  /** Codes sent by SMS or call from the chooser; the fourth is refused (otp-limit). */
  codeRequests: number;
  /** When the texted or called code now on the code page was sent (sim clock); null: none yet. */
  codeSentAt: number | null;
  /** `/ap/mfa?expired=1`: the next code typed has expired, whatever its age. */
  expireNext: boolean;
  /** Wrong codes in a row; at `wrongCodeLimit` the sign-in is blocked. */
  wrongCodes: number;
}

export const codeRequestLimit = 3;
/** How long a texted or called code is good for. */
export const codeLifeMs = 10 * 60_000;
export const wrongCodeLimit = 5;

export interface FlowOptions {
  totp: TOTP;
  defaultMethod: Method;
  log: (line: string) => void;
}

export interface Flow {
  readonly sessions: Map<string, Session>;
  /** Emails whose sign-in is blocked (too many wrong codes), until the sim is reset. */
  readonly blocked: Set<string>;
  handle(req: SimRequest, t: Strings): Reply | undefined;
}

export function isMethod(value: string | null): value is Method {
  return value === 'sms' || value === 'voice' || value === 'app';
}

// Amazon-style ids: 3-7-7 digits.
function amazonId(): string {
  const d = (n: number) => String(randomInt(10 ** (n - 1), 10 ** n));
  return `${d(3)}-${d(7)}-${d(7)}`;
}

function token(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}

export function createFlow(opts: FlowOptions): Flow {
  const sessions = new Map<string, Session>();
  const blocked = new Set<string>();

  const newSession = (method: Method, step: Step): { session: Session; cookies: string[] } => {
    const session: Session = {
      id: randomBytes(12).toString('hex'),
      method,
      step,
      email: 'seller@example.com',
      codeRequests: 0,
      codeSentAt: null,
      expireNext: false,
      wrongCodes: 0,
    };
    sessions.set(session.id, session);
    const expires = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    return {
      session,
      cookies: [
        setCookie('sim-session', session.id, { httpOnly: true }),
        setCookie('session-id', amazonId(), { expires }),
        setCookie('session-id-time', '2082787201l', { expires }),
        setCookie('ubid-main', amazonId(), { expires }),
        setCookie('i18n-prefs', 'USD', { expires }),
      ],
    };
  };

  /** The request's session; a new one at `step` when there is none (direct pages). */
  const sessionFor = (req: SimRequest, step: Step): { session: Session; cookies: string[] } => {
    const existing = sessions.get(req.cookies.get('sim-session') ?? '');
    return existing ? { session: existing, cookies: [] } : newSession(opts.defaultMethod, step);
  };

  const auth = (t: Strings, r: Rendered, cookies: string[] = []): Reply => ({
    ...htmlReply(authDocument({ t, title: r.title, main: r.main })),
    cookies,
  });

  const ctx = (t: Strings, s: Session): PageContext => pageContext(t, s.email);

  const announce = (req: SimRequest, s: Session) => {
    const code = opts.totp.generate({ timestamp: req.now });
    s.codeSentAt = req.now;
    if (s.method === 'app') {
      // For a demo without a phone: what an app in sync shows, and what one 90 s behind shows
      // (three windows off, so refused; the popup's authenticator check then says why).
      const late = opts.totp.generate({ timestamp: req.now - 90_000 });
      opts.log(`[sim] App code now (${req.host}): ${code}; an app 90 s behind shows ${late}`);
      return;
    }
    opts.log(`[sim] ${s.method === 'sms' ? 'SMS' : 'Call'} to …976 (${req.host}): ${code}`);
  };

  const codeAccepted = (req: SimRequest, code: string): boolean =>
    /^\d{6}$/.test(code) &&
    opts.totp.validate({ token: code, timestamp: req.now, window: 1 }) !== null;

  const signedIn = (s: Session, cookies: string[]): Reply => {
    s.step = 'done';
    const expires = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    return redirect('/home', [
      ...cookies,
      setCookie('at-main', token('Atza|'), { httpOnly: true, expires }),
      setCookie('sess-at-main', `"${token('')}"`, { httpOnly: true, expires }),
      setCookie('sst-main', token('Sst1|'), { httpOnly: true, expires }),
      setCookie('x-main', `"${token('')}"`, { expires }),
      setCookie('lc-main', 'en_US', { expires }),
    ]);
  };

  const postSignIn = (req: SimRequest, t: Strings): Reply => {
    const f = req.form;
    if (f.get('appAction') === 'SIGNIN_MFA' || f.has('otpCode')) {
      const { session, cookies } = sessionFor(req, 'code');
      if (session.step !== 'code') return redirect('/ap/signin');
      const code = (f.get('otpCode') ?? '').replace(/\s+/g, '');
      const c = ctx(t, session);
      const page = (error: string) =>
        auth(t, { title: t.twoStep, main: codeMain(c, session.method, { error }) }, cookies);
      if (blocked.has(session.email)) return page(t.signinBlocked);
      const sentAt = session.codeSentAt ?? req.now;
      if (session.method !== 'app' && (session.expireNext || req.now - sentAt > codeLifeMs)) {
        opts.log(`[sim] code ${JSON.stringify(code)} has expired (${req.host})`);
        return page(t.otpExpired);
      }
      if (codeAccepted(req, code)) return signedIn(session, cookies);
      opts.log(`[sim] code ${JSON.stringify(code)} rejected (${req.host})`);
      session.wrongCodes += 1;
      if (session.wrongCodes >= wrongCodeLimit) {
        blocked.add(session.email);
        opts.log(`[sim] ${wrongCodeLimit} wrong codes: sign-in blocked for ${session.email}`);
        return page(t.signinBlocked);
      }
      return page(t.otpInvalid);
    }
    const { session, cookies } = sessionFor(req, 'email');
    if (f.has('password')) {
      if (!f.get('password')) {
        return auth(t, {
          title: t.titleSignIn,
          main: passwordMain(ctx(t, session), { missing: true }),
        });
      }
      if (blocked.has(session.email)) {
        const main = passwordMain(ctx(t, session), { error: t.signinBlocked });
        return auth(t, { title: t.titleSignIn, main }, cookies);
      }
      session.step = 'code';
      return redirect('/ap/mfa', cookies);
    }
    const email = (f.get('email') ?? '').trim();
    if (!email) {
      return auth(
        t,
        { title: t.titleSignIn, main: emailMain(ctx(t, session), { missing: true }) },
        cookies,
      );
    }
    session.email = email;
    // No account has this email: the "new to Amazon" page, or the older email-page error.
    const name = email.toLowerCase().split('@')[0] ?? '';
    if (name.includes('new'))
      return auth(t, { title: t.titleSignIn, main: intentMain(ctx(t, session)) }, cookies);
    if (name.includes('nobody')) {
      const main = emailMain(ctx(t, session), { error: t.noAccount });
      return auth(t, { title: t.titleSignIn, main }, cookies);
    }
    session.step = 'password';
    return auth(t, { title: t.titleSignIn, main: passwordMain(ctx(t, session)) }, cookies);
  };

  const postNewOtp = (req: SimRequest, t: Strings): Reply => {
    const { session, cookies } = sessionFor(req, 'code');
    if (session.step !== 'code') return redirect('/ap/signin');
    const choice = (req.form.get('otpDeviceContext') ?? '').split(',').pop()?.trim();
    const method: Method = choice === 'VOICE' ? 'voice' : choice === 'TOTP' ? 'app' : 'sms';
    if (method !== 'app') {
      if (session.codeRequests >= codeRequestLimit) {
        const main = chooseMain(ctx(t, session), { limit: true, checked: method });
        return auth(t, { title: t.twoStep, main }, cookies);
      }
      session.codeRequests += 1;
    }
    session.method = method;
    // A new code: the old one no longer counts, and this one starts its life when it is sent.
    session.expireNext = false;
    session.codeSentAt = null;
    return redirect('/ap/mfa', cookies);
  };

  const home = (req: SimRequest, t: Strings): Reply => {
    const s = sessions.get(req.cookies.get('sim-session') ?? '');
    const main = homeMain(pageContext(t), s?.step === 'done' ? s.email : undefined);
    return htmlReply(plainDocument({ t, title: t.homeTitle, main }));
  };

  const handle = (req: SimRequest, t: Strings): Reply | undefined => {
    const get = req.method === 'GET' || req.method === 'HEAD';
    const post = req.method === 'POST';
    const current = sessions.get(req.cookies.get('sim-session') ?? '');
    switch (req.path) {
      case '/':
        return get ? redirect(current?.step === 'done' ? '/home' : '/ap/signin') : undefined;
      case '/home':
      case '/hz/home':
        return get ? home(req, t) : undefined;
      case '/ap/signin': {
        if (post) return postSignIn(req, t);
        if (!get) return undefined;
        // A fresh run; `?method=` picks the account's 2SV method for it.
        const m = req.query.get('method');
        const { session, cookies } = newSession(isMethod(m) ? m : opts.defaultMethod, 'email');
        return auth(t, { title: t.titleSignIn, main: emailMain(ctx(t, session)) }, cookies);
      }
      case '/ap/mfa': {
        if (!get) return undefined;
        if (current?.step !== 'code') return redirect('/ap/signin');
        // A knob for demos and tests: the code about to be typed has expired.
        if (req.query.get('expired') === '1') current.expireNext = true;
        announce(req, current);
        return auth(t, { title: t.twoStep, main: codeMain(ctx(t, current), current.method) });
      }
      case '/ap/mfa/new-otp': {
        if (post) return postNewOtp(req, t);
        if (!get) return undefined;
        const c = current ? ctx(t, current) : pageContext(t);
        const limit = (current?.codeRequests ?? 0) >= codeRequestLimit;
        const main = chooseMain(c, { limit, checked: current?.method ?? 'sms' });
        return auth(t, { title: t.twoStep, main });
      }
      case '/ap/cvf/approval/verifyOtp': {
        if (!post) return undefined;
        const { session, cookies } = sessionFor(req, 'code');
        const code = (req.form.get('otpCode') || req.form.get('code') || '').replace(/\s+/g, '');
        if (codeAccepted(req, code)) return signedIn(session, cookies);
        return auth(t, { title: t.cvfTitle, main: cvfMain(ctx(t, session)) }, cookies);
      }
      case '/ap/cvf/approval/resend':
        return post
          ? auth(t, { title: t.approvalTitle, main: approvalMain(pageContext(t)) })
          : undefined;
      case '/ap/cvf/approval/poll':
        return get
          ? { status: 200, body: '{"isApproved":false}', type: 'application/json' }
          : undefined;
      case '/ap/cvf/verify':
        if (!post) return undefined;
        // Any answer passes the puzzle; it leads back to the code step if one is pending.
        if (current?.step === 'code') return redirect('/ap/mfa');
        return auth(t, { title: t.captchaTitle, main: captchaMain(pageContext(t)) });
      default:
        return undefined;
    }
  };

  return { sessions, blocked, handle };
}
