/**
 * Seller Central's Contact Us form and its public help pages, as far as public material shows
 * them. GUESSED: the real form is a script-built page behind sign-in whose markup is not
 * published; a public automation script of the older form used `#subject_<topic>`,
 * `textarea#<topic>_info` and `#<topic>_submit-announce`, which this page copies. Text is English
 * only. Without a signed-in session the form sends the browser to sign in, as Amazon does.
 */
import type { Flow } from './flow';
import { html } from './html';
import { htmlReply, type Reply, redirect, type SimRequest } from './http';
import { plainDocument } from './layout';
import type { Strings } from './locales';

function contactForm(): ReturnType<typeof html> {
  return html`<h1>Contact Us</h1>
<p>Account and login issues › Two-Step Verification</p>
<form id="cu-contact-form" method="post" action="/cu/contact-us">
<div class="a-row"><label class="a-form-label" for="subject_account_access">Subject</label>
<input class="a-input-text" type="text" id="subject_account_access" name="subject"></div>
<div class="a-row"><label class="a-form-label" for="account_access_info">Please describe your issue</label>
<textarea class="a-input-text" style="height:160px" id="account_access_info" name="description" rows="8"></textarea></div>
<span class="a-button"><span class="a-button-inner"><input class="a-button-input" type="submit" id="account_access_submit-announce" value="Send"><span class="a-button-text">Send</span></span></span>
</form>`;
}

/** The reply for a Contact Us or help path, or undefined when the path is not one of them. */
export function contactReply(req: SimRequest, flow: Flow, t: Strings): Reply | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
  if (req.path === '/cu/contact-us') {
    const session = flow.sessions.get(req.cookies.get('sim-session') ?? '');
    if (session?.step !== 'done') return redirect('/ap/signin');
    return htmlReply(plainDocument({ t, title: 'Contact Us', main: contactForm() }));
  }
  if (req.path === '/gp/help/external/help.html') {
    const item = req.query.get('itemID') ?? '';
    const main = html`<h1>Help</h1><p id="sc-help-item" data-item="${item}">Seller Central help article ${item}</p>`;
    return htmlReply(plainDocument({ t, title: 'Help', main }));
  }
  return undefined;
}
