/**
 * The document frame around every simulated page: the real sign-in portal's skeleton
 * (`#authportal-main-section` inside `#authportal-center-section`) with a little CSS so demos and
 * screenshots look like Amazon's, and a plain frame for ordinary Seller Central pages.
 */
import { type Html, html, raw } from './html';
import type { Strings } from './locales';

const css = raw(`
body{margin:0;font:13px/19px Arial,sans-serif;color:#0f1111;background:#fff}
.auth-workflow{max-width:350px;margin:0 auto;padding:14px 18px}
.auth-navbar{text-align:center;margin-bottom:14px}
.a-icon-logo{font-style:normal;font-weight:700;font-size:28px;letter-spacing:-1px;color:#0f1111}
.a-icon-logo::before{content:'amazon'}
.a-icon-logo::after{content:' seller central';font-weight:400;font-size:15px;letter-spacing:0;color:#565959}
.a-box{border:1px solid #d5d9d9;border-radius:8px;margin-bottom:14px}
.a-box-inner{padding:14px 18px}
h1{font-weight:400;font-size:28px;line-height:1.2;margin:0 0 10px}
.a-form-label{display:block;font-weight:700;padding-bottom:2px}
.a-input-text{width:100%;box-sizing:border-box;height:31px;padding:3px 7px;border:1px solid #888c8c;border-radius:3px;font-size:13px}
.a-row,.a-section{margin-bottom:10px}
.a-button{display:block;border-radius:8px;background:#ffd814;border:1px solid #fcd200;margin:0 0 10px;position:relative;text-align:center}
.a-button-base{background:#fff;border-color:#d5d9d9}
.a-button-inner{display:block;position:relative;height:29px}
.a-button-input{position:absolute;inset:0;width:100%;height:100%;opacity:.01;cursor:pointer;margin:0;z-index:1}
.a-button-text{display:block;line-height:29px}
.a-alert-error{border-color:#cc0c39;box-shadow:0 0 0 4px #fcf4f4 inset}
.a-alert-heading{color:#cc0c39;margin:0 0 4px;font-size:17px;font-weight:400}
.a-alert-inline-info{border:0;color:#565959}
.a-link-normal{color:#2162a1;text-decoration:none}
.a-link-normal:hover{text-decoration:underline;color:#c7511f}
.hide,.aok-hidden{display:none}
#auth-cookie-warning-message{display:none}
.a-alert-warning{border-color:#c45500}
.a-size-small,.a-color-secondary{color:#565959;font-size:12px}
.a-text-bold{font-weight:700}
.a-size-base-plus{font-size:17px}
h5{margin:8px 0 2px}
fieldset{border:0;padding:0;margin:0}
.a-radio{margin-bottom:6px}
.a-unordered-list{list-style:none;padding:0;margin:0}
.cvf-captcha-img svg{width:100%;height:auto;background:#f7f7f7;border:1px solid #ddd}
.auth-footer{text-align:center;font-size:11px;border-top:1px solid #e7e7e7;margin-top:22px;padding-top:14px}
.auth-footer a{margin:0 8px}
.sim-tools{margin:16px 0;text-align:center}
.sc-plain header{background:#232f3e;color:#fff;padding:10px 18px}
.sc-plain header .a-icon-logo,.sc-plain header .a-icon-logo::after{color:#fff}
.sc-plain main{max-width:720px;margin:0 auto;padding:18px}
.sc-example{max-width:350px;opacity:.8}
`);

export interface Frame {
  t: Strings;
  title: string;
  main: Html;
  /** Before the main section (outside it, so a swap keeps it). */
  before?: Html;
  /** After the main section (outside it). */
  after?: Html;
  /** Inline scripts at the end of the body: they run before DOMContentLoaded, like Amazon's. */
  script?: Html;
}

function head(t: Strings, title: string): Html {
  return html`<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title dir="${t.dir}">${title}</title><style>${css}</style></head>`;
}

function logo(): Html {
  return html`<a class="a-link-nav-icon" tabindex="-1" href="/"><i class="a-icon a-icon-logo" role="img" aria-label="Amazon"></i></a>`;
}

function footer(t: Strings): Html {
  return html`<div class="a-section a-spacing-top-extra-large auth-footer">
<a class="a-link-normal" target="_blank" rel="noopener" href="/gp/help/external/help.html?itemID=G521">${t.conditions}</a>
<a class="a-link-normal" target="_blank" rel="noopener" href="/gp/help/external/help.html?itemID=G523">${t.privacy}</a>
<a class="a-link-normal" target="_blank" rel="noopener" href="/gp/help/external/help.html?itemID=200123250">${t.help}</a>
<div class="a-section a-spacing-none a-size-mini a-color-secondary">${t.copyright}</div>
</div>`;
}

/** A sign-in portal page (everything under /ap/). */
export function authDocument(f: Frame): string {
  const { t } = f;
  return `<!doctype html>\n${html`<html lang="${t.lang}" dir="${t.dir}" class="a-no-js">${head(t, f.title)}
<body class="auth-no-skin ap-locale-${t.lang}">
<div id="a-page">
<div class="a-section a-padding-medium auth-workflow">
<div class="a-section a-spacing-none auth-navbar"><div class="a-section a-spacing-medium a-text-center">${logo()}</div></div>
${f.before}
<div id="authportal-center-section" class="a-section">
<div id="authportal-main-section" class="a-section">
${f.main}
</div>
</div>
${f.after}
${footer(t)}
</div>
</div>
${cookieScript}
${f.script}
</body></html>`}\n`;
}

// As Amazon's page script does: show the cookie warning when the browser says it refuses cookies
// (Chromium can say yes while it refuses them: the content script tests for itself).
const cookieScript = html`<script>if (!navigator.cookieEnabled) { var w = document.getElementById('auth-cookie-warning-message'); if (w) w.style.display = 'block'; }</script>`;

/** An ordinary Seller Central page (outside the sign-in portal). */
export function plainDocument(f: Frame): string {
  const { t } = f;
  return `<!doctype html>\n${html`<html lang="${t.lang}" dir="${t.dir}">${head(t, f.title)}
<body class="sc-plain">
<header>${logo()}</header>
<main id="sc-content">
${f.main}
</main>
${footer(t)}
${f.script}
</body></html>`}\n`;
}
