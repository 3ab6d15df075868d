// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { outlineCutMark, outlineLimitBytes, outlinePage } from './page-outline';

/** A document at `url` whose body is `body` (test markup, parsed as the browser would). */
function page(body: string, url = 'https://sellercentral.amazon.de/ap/mfa'): Document {
  const win = new Window({ url });
  win.document.body.innerHTML = body;
  return win.document as unknown as Document;
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('outlinePage keeps the structure', () => {
  const signIn = page(
    `<div id="a-page" class="a-section auth-workflow">
      <p class="a-size-base">We sent a code to seller.name@example.com and +49 151 2345 6789.</p>
      <form id="auth-mfa-form" name="signIn" method="post" action="/ap/signin?token=SECRETACTION">
        <input type="hidden" name="appActionToken" value="pBq2xDk9LmS0tYvW3zR4">
        <input type="hidden" name="metadata1" value="ECdITeCs:very-secret-metadata">
        <label for="auth-mfa-otpcode">Enter the code</label>
        <input id="auth-mfa-otpcode" type="tel" name="otpCode" autocomplete="one-time-code"
          inputmode="numeric" maxlength="6" value="123456" placeholder="Code" aria-label="The code">
        <div role="alert" hidden><span class="a-list-item">Wrong code</span></div>
        <div class="a-box" style="display: none; color: red"><p>STYLESECRET</p></div>
        <button type="submit" data-secret="DATASECRET">Sign in</button>
      </form>
    </div>`,
    'https://sellercentral.amazon.de/ap/mfa?arb=QUERYSECRET&email=x%40y.z#FRAGMENT',
  );
  const { url, outline, cut } = outlinePage(outlineLimitBytes, signIn);

  test('tags, ids, classes and the kept attributes, indented by depth', () => {
    expect(outline.split('\n')).toEqual([
      'path /ap/mfa',
      'body',
      '  div#a-page.a-section.auth-workflow',
      '    p.a-size-base',
      '    form#auth-mfa-form[name="signIn"]',
      '      input[name="appActionToken"][type="hidden"] [hidden]',
      '      input[name="metadata1"][type="hidden"] [hidden]',
      '      label',
      '      input#auth-mfa-otpcode[name="otpCode"][type="tel"][autocomplete="one-time-code"][inputmode="numeric"][maxlength="6"]',
      '      div[role="alert"] [hidden]',
      '        span.a-list-item',
      '      div.a-box [hidden]',
      '        p',
      '      button[type="submit"]',
    ]);
    expect(url).toBe('https://sellercentral.amazon.de/ap/mfa');
    expect(cut).toBe(false);
  });

  test.each([
    'seller.name@example.com',
    '151',
    '2345',
    '6789',
    'pBq2xDk9LmS0tYvW3zR4',
    'very-secret-metadata',
    'SECRETACTION',
    '123456',
    'QUERYSECRET',
    'FRAGMENT',
    'Enter the code',
    'Wrong code',
    'Sign in',
    'The code',
    'DATASECRET',
    'STYLESECRET',
    'color',
    'data-secret',
    'placeholder',
    'action',
  ])('never carries %s', (secret) => {
    expect(`${url}\n${outline}`).not.toContain(secret);
  });
});

describe('outlinePage redacts every kept value', () => {
  test.each([
    [
      'a run of 3+ digits',
      '<div id="a-autoid-12345-announce"></div>',
      'div#a-autoid-#####-announce',
    ],
    ['two digits stay', '<div id="step-12"></div>', 'div#step-12'],
    ['digits of any script', '<div id="x-١٢٣٤"></div>', 'div#x-####'],
    ['an email', '<input name="seller@example.com">', 'input[name="[email]"]'],
    ['a token', '<div class="a sid-c2ltdWxhdG9yLXRva2Vu"></div>', 'div.a.sid-[token]'],
    ['camelCase words stay', '<input name="otpDeviceContext">', 'input[name="otpDeviceContext"]'],
    [
      'markup in a value',
      '<input name="&quot;><script>alert(1)</script>">',
      'input[name="???script?alert(1)?/script?"]',
    ],
    [
      'a long value is cut',
      `<input name="${'n'.repeat(300)}">`,
      `input[name="${'n'.repeat(100)}…"]`,
    ],
  ])('%s', (_case, body, line) => {
    expect(outlinePage(outlineLimitBytes, page(body)).outline.split('\n')[2]).toBe(`  ${line}`);
  });

  test('the path too, and never the query', () => {
    const { url, outline } = outlinePage(
      outlineLimitBytes,
      page('', 'https://sellercentral.amazon.com/ap/cvf/1234567/seller@example.com?x=1'),
    );
    expect(url).toBe('https://sellercentral.amazon.com/ap/cvf/#######/[email]');
    expect(outline.split('\n')[0]).toBe('path /ap/cvf/#######/[email]');
  });
});

describe('outlinePage on a hostile page', () => {
  test('clobbered DOM names change nothing', () => {
    const doc = page(
      `<form id="auth-mfa-form" class="f">
        <input name="id"><input name="attributes"><input name="getAttribute"><input name="children">
        <input name="localName"><input name="className"><input name="hasAttribute">
      </form><img name="body"><img name="documentElement"><img name="URL">`,
    );
    const lines = outlinePage(outlineLimitBytes, doc).outline.split('\n');
    expect(lines[0]).toBe('path /ap/mfa');
    expect(lines[2]).toBe('  form#auth-mfa-form.f');
    expect(lines[3]).toBe('    input[name="id"]');
    expect(lines).toHaveLength(13);
  });

  test('a document without elements gives its path only', () => {
    const doc = page('');
    doc.documentElement.remove();
    expect(outlinePage(outlineLimitBytes, doc)).toEqual({
      url: 'https://sellercentral.amazon.de/ap/mfa',
      outline: 'path /ap/mfa',
      cut: false,
    });
  });

  /** 100,000 nodes of one shape, built by the DOM API (no parser in the time measured). */
  const shapes = {
    wide: (doc: Document, parent: Element) => {
      for (let i = 0; i < 100_000; i++) parent.append(doc.createElement('div'));
    },
    // 2,000 levels (happy-dom's own append recurses over a deeper tree), then the rest as leaves.
    deep: (doc: Document, parent: Element) => {
      let at = parent;
      for (let i = 0; i < 2_000; i++) {
        const div = doc.createElement('div');
        at.append(div);
        at = div;
      }
      for (let i = 2_000; i < 100_000; i++) at.append(doc.createElement('i'));
    },
    'text between few elements': (doc: Document, parent: Element) => {
      for (let i = 0; i < 100_000; i++) {
        parent.append(doc.createTextNode(`text ${i} `));
        if (i % 1000 === 0) parent.append(doc.createElement('b'));
      }
    },
  } as const;

  // Building 100,000 nodes in happy-dom takes seconds on a busy machine: the test's own time
  // limit covers that; the outline alone is timed, against 1 s.
  test.each(Object.keys(shapes) as (keyof typeof shapes)[])(
    '100,000 nodes (%s): under 1 s, cut to 20 KB with the note, or whole',
    { timeout: 60_000 },
    (shape) => {
      const doc = page('');
      shapes[shape](doc, doc.body);
      const started = performance.now();
      const { outline, cut } = outlinePage(outlineLimitBytes, doc);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(bytes(outline)).toBeLessThanOrEqual(outlineLimitBytes);
      if (shape === 'text between few elements') {
        expect(cut).toBe(false);
        expect(outline.split('\n')).toHaveLength(2 + 100);
      } else {
        expect(cut).toBe(true);
        expect(outline.endsWith(`\n${outlineCutMark}`)).toBe(true);
        expect(bytes(outline)).toBeGreaterThan(outlineLimitBytes - 200);
      }
      expect(outline).not.toContain('text ');
    },
  );
});

test('the serialised function works alone: it uses nothing outside its own body', () => {
  const source = outlinePage.toString();
  const alone = new Function(`return (${source});`)() as typeof outlinePage;
  const doc = page('<form id="f"><input autocomplete="one-time-code" value="999999"></form>');
  expect(alone(outlineLimitBytes, doc)).toEqual(outlinePage(outlineLimitBytes, doc));
  expect(alone(outlineLimitBytes, doc).outline).toContain('[autocomplete="one-time-code"]');
});

describe("outlinePage over the project's sign-in page fixtures (Amazon's structure, 13 languages)", () => {
  const fixtures = path.resolve(import.meta.dirname, '../detect/fixtures');
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.html'));
  const outlineOf = (file: string) => {
    const win = new Window({ url: 'https://sellercentral.amazon.com/ap/signin' });
    win.document.write(readFileSync(path.join(fixtures, file), 'utf8'));
    return outlinePage(outlineLimitBytes, win.document as unknown as Document);
  };

  test('the pages are there to read', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  // A tag, its id and classes, the kept attributes, the hidden mark: nothing else fits a line.
  const element =
    /^ *(\(\d+\) )?[a-z][\w-]*(#[^\s.[]+)?(\.[^\s.[]+)*(\[(name|type|autocomplete|inputmode|maxlength|role)="[^"]*"\])*( \[hidden\])?$/;

  test.each(files)('%s: no email, no run of 3+ digits, nothing but element lines', (file) => {
    const { outline } = outlineOf(file);
    expect(outline).not.toMatch(/\p{Nd}{3}/u);
    expect(outline).not.toContain('@');
    for (const line of outline.split('\n').slice(1)) {
      expect(line).toMatch(element);
    }
  });

  test('the 2SV code page: its form and the code field, with what a report needs', () => {
    const { outline } = outlineOf('en-code-app.html');
    expect(outline).toMatch(/^ +form#auth-mfa-form/m);
    expect(outline).toMatch(/^ +input#auth-mfa-otpcode[^\n]*\[name="otpCode"\]/m);
  });
});
