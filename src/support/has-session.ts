/**
 * Glue: whether the browser holds a Seller Central session for the host now, from its cookies
 * (signed-in.ts says which cookies count). The support links, the diagnosis and the background's
 * sign-in watcher ask the same question here.
 */
import browser from 'webextension-polyfill';
import { isSignedIn } from './signed-in';

/** `storeId`: the cookie store to look in (a container's, a private window's); else the default. */
export function hasSession(host: string, storeId?: string): Promise<boolean> {
  return browser.cookies
    .getAll({ url: `https://${host}/`, ...(storeId === undefined ? {} : { storeId }) })
    .then((cookies) => isSignedIn(cookies, host, Date.now()));
}
