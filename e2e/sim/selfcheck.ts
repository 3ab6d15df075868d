/**
 * `tsx e2e/sim/selfcheck.ts`: the simulator checked by hand in plain Chromium (no extension): the
 * sign-in flow end to end, every state page on each language, hostile and swap pages, the clock
 * source and offsets, and a clean close. Exits non-zero on the first failure.
 */
import { get } from 'node:https';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath, hostResolverRules } from '../browser';
import { stateNames } from './pages';
import { startSim } from './server';

function check(ok: unknown, what: string): void {
  if (!ok) throw new Error(`FAILED: ${what}`);
  console.log(`ok  ${what}`);
}

function headers(port: number, host: string, path: string) {
  return new Promise<{ date: string; body: string }>((resolve, reject) => {
    get(
      {
        host: '127.0.0.1',
        port,
        path,
        servername: host,
        headers: { host },
        rejectUnauthorized: false,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => {
          body += c.toString();
        });
        res.on('end', () => resolve({ date: res.headers.date ?? '', body }));
      },
    ).on('error', reject);
  });
}

const sim = await startSim();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [
    '--no-sandbox',
    `--host-resolver-rules=${hostResolverRules(sim.port)}`,
    '--ignore-certificate-errors',
  ],
});
const errors: string[] = [];
const newPage = async (): Promise<Page> => {
  const page = await (await browser.newContext()).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
};

try {
  // 1. The whole sign-in with the authenticator app (the demo default).
  const us = 'https://sellercentral.amazon.com';
  let page = await newPage();
  await page.goto(`${us}/ap/signin`);
  await page.fill('#ap_email', 'seller@example.com');
  await page.click('#continue');
  await page.fill('#ap_password', 'anything');
  await page.click('#signInSubmit');
  check(page.url() === `${us}/ap/mfa`, 'password leads to /ap/mfa');
  check(
    (await page.textContent('#auth-mfa-form p'))?.includes('Authenticator App'),
    'app method by default',
  );
  const wrong = sim.code() === '000000' ? '111111' : '000000';
  await page.fill('#auth-mfa-otpcode', wrong);
  await page.click('#auth-signin-button');
  check(await page.isVisible('#auth-error-message-box[role=alert]'), 'wrong code: error box');
  await page.fill('#auth-mfa-otpcode', sim.code('sellercentral.amazon.com'));
  await page.click('#auth-signin-button');
  check(page.url() === `${us}/home`, 'right code: signed in at /home');
  check(
    (await page.textContent('#sc-signin-status'))?.includes('seller@example.com'),
    'home names the user',
  );
  check(await page.isVisible('#auth-mfa-form'), 'home carries a copy of the code form');
  const cookies = await page.context().cookies();
  for (const name of [
    'session-id',
    'ubid-main',
    'at-main',
    'sess-at-main',
    'x-main',
    'sim-session',
  ]) {
    const c = cookies.find((k) => k.name === name);
    check(
      c && c.domain === 'sellercentral.amazon.com' && c.secure && c.path === '/',
      `cookie ${name} host-only, Secure, Path=/`,
    );
  }

  // 2. SMS on .de: chooser, voice, and the request limit.
  const de = 'https://sellercentral.amazon.de';
  page = await newPage();
  await page.goto(`${de}/ap/signin?method=sms`);
  await page.fill('#ap_email', 'verkauf@example.de');
  await page.click('#continue');
  await page.fill('#ap_password', 'x');
  await page.click('#signInSubmit');
  check(
    (await page.textContent('#auth-mfa-form p'))?.includes('mit der Endung 976 gesendet'),
    'German SMS text',
  );
  check((await page.getAttribute('html', 'lang')) === 'de', 'lang=de');
  for (let i = 1; i <= 3; i++) {
    await page.click('#auth-get-new-otp-link');
    check(
      await page.isVisible('form#auth-select-device-form .auth-TOTP input[name=otpDeviceContext]'),
      `chooser ${i}`,
    );
    check(!(await page.isVisible('#auth-error-message-box')), `no limit yet (${i})`);
    await page.check(i === 2 ? '.auth-VOICE input' : '.auth-SMS input');
    await page.click('#auth-send-code');
    check(page.url() === `${de}/ap/mfa`, `code page after request ${i}`);
  }
  await page.click('#auth-get-new-otp-link');
  check(
    (await page.textContent('#auth-error-message-box'))?.includes('zu viele'),
    'otp-limit after 3 requests',
  );
  await page.check('.auth-TOTP input');
  await page.click('#auth-send-code');
  check(
    (await page.textContent('#auth-mfa-form p'))?.includes('Authentifizierungs-App'),
    'TOTP still allowed',
  );

  // 3. Every state page in every language.
  for (const host of ['com', 'de', 'co.jp', 'ae', 'es', 'com.mx']) {
    for (const name of stateNames) {
      const res = await page.goto(`https://sellercentral.amazon.${host}/ap/page/${name}`);
      check(res?.status() === 200 && res.headers().date, `${name} on .${host}`);
    }
    const dir = await page.getAttribute('html', 'dir');
    check(dir === (host === 'ae' ? 'rtl' : 'ltr'), `.${host} dir=${dir}`);
  }
  await page.goto('https://sellercentral.amazon.co.jp/ap/page/code-sms');
  check((await page.textContent('h1')) === '2段階認証', 'Japanese heading');
  await page.goto(`${us}/ap/page/approval`);
  check(
    (await page.locator('form#verification-code-form').count()) === 0,
    'approval: no code form',
  );
  check(
    (await page.locator('form#pollingForm, #resend-approval-form').count()) === 2,
    'approval forms',
  );
  await page.goto(`${us}/ap/page/cvf-code`);
  check(await page.isVisible('#input-box-otp'), 'cvf code box');
  await page.goto(`${us}/ap/page/captcha`);
  check(await page.isVisible('form.cvf-widget-form-captcha'), 'captcha form');

  // 4. Hostile pages run their own script to the end.
  for (const kind of ['big', 'deep', 'remover', 'clobber', 'markup']) {
    await page.goto(`${us}/ap/page/hostile/${kind}`);
    check(
      await page.evaluate(() => (window as { __pageOk?: boolean }).__pageOk === true),
      `hostile ${kind} __pageOk`,
    );
    await page.locator('#auth-mfa-otpcode').fill('654321');
  }
  await page.goto(`${us}/ap/page/hostile/remover`);
  await page.evaluate(() => {
    const d = document.createElement('div');
    document.body.appendChild(d);
    d.setAttribute('data-sc2sv', 'banner');
    const e = document.createElement('div');
    e.setAttribute('data-sc2sv', 'banner');
    document.body.appendChild(e);
  });
  await page.waitForTimeout(50);
  check(
    (await page.evaluate(() => (window as { __removed?: number }).__removed)) === 2,
    'remover counts 2',
  );

  // 5. Swap without reload, by click and by timer.
  await page.goto(`${us}/ap/page/swap?from=code-sms&to=code-rejected`);
  await page.evaluate(() => {
    (window as { __same?: boolean }).__same = true;
  });
  check(!(await page.isVisible('#auth-error-message-box')), 'swap: before');
  await page.click('#sim-swap');
  check(await page.isVisible('#auth-error-message-box'), 'swap: after click');
  check(
    await page.evaluate(() => (window as { __same?: boolean }).__same === true),
    'swap: no reload',
  );
  await page.goto(`${de}/ap/page/swap?from=choose-device&to=code-voice&after=200`);
  await page.waitForSelector('#auth-mfa-form', { timeout: 2000 });
  check(true, 'swap: after=200 ms');

  // 6. Reference pages, 404s.
  check(
    (await page.goto(`${us}/ap/reference/post-signin-mfa.html`))?.status() === 200,
    'reference page',
  );
  check(
    (await page.goto(`${us}/ap/reference/README.md`))?.status() === 404,
    'reference: only .html',
  );
  check((await page.goto(`${us}/ap/page/nope`))?.status() === 404, 'unknown page 404');

  // 7. Clock source and offsets.
  sim.setClockOffsetMs('www.cloudflare.com', -120_000);
  sim.setClockOffsetMs('*', 60_000);
  const cf = await headers(sim.port, 'www.cloudflare.com', '/cdn-cgi/trace');
  const ts = Number(/^ts=([\d.]+)$/m.exec(cf.body)?.[1]) * 1000;
  check(Math.abs(ts - (Date.now() - 120_000)) < 2_000, 'trace ts follows its offset');
  check(
    Math.abs(Date.parse(cf.date) - (Date.now() - 120_000)) < 2_000,
    'trace Date follows its offset',
  );
  const sc = await headers(sim.port, 'sellercentral.amazon.fr', '/ap/signin');
  check(Math.abs(Date.parse(sc.date) - (Date.now() + 60_000)) < 2_000, "'*' offset on other hosts");
  sim.setDelayMs('sellercentral.amazon.fr', 300);
  const t0 = Date.now();
  await headers(sim.port, 'sellercentral.amazon.fr', '/home');
  check(Date.now() - t0 >= 290, 'delay applied');
  check(
    sim.requests.some((r) => r.host === 'www.cloudflare.com' && r.path === '/cdn-cgi/trace'),
    'requests recorded',
  );
  check(errors.length === 0, `no page errors ${errors.join('; ')}`);
} finally {
  // Close the sim while the browser still holds keep-alive sockets: it must not hang.
  const t = Date.now();
  await sim.close();
  console.log(`sim closed in ${Date.now() - t} ms`);
  await browser.close();
}
