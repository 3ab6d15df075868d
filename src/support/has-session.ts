/**
 * Glue: whether the browser holds a Seller Central session for the host now, from its cookies
 * (signed-in.ts says which cookies count). The support links, the diagnosis and the background's
 * sign-in watcher ask the same question here.
 */
import browser from 'webextension-polyfill';
import { isSignedIn } from './signed-in';

export function hasSession(host: string): Promise<boolean> {
  return browser.cookies
    .getAll({ url: `https://${host}/` })
    .then((cookies) => isSignedIn(cookies, host, Date.now()));
}
