/**
 * Glue: whether the browser holds a Seller Central session for the host (signed-in.ts), read
 * from its cookies; null until the read answers. The support links and the diagnosis use it.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isSignedIn } from './signed-in';

export function useSignedIn(host: string): boolean | null {
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  useEffect(() => {
    setSignedIn(null);
    browser.cookies
      .getAll({ url: `https://${host}/` })
      .then((cookies) => setSignedIn(isSignedIn(cookies, host, Date.now())))
      .catch(() => setSignedIn(false));
  }, [host]);
  return signedIn;
}
