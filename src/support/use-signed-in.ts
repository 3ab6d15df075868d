/**
 * Glue: whether the browser holds a Seller Central session for the host (has-session.ts); null
 * until the read answers. The support links and the diagnosis use it.
 */
import { useEffect, useState } from 'preact/hooks';
import { hasSession } from './has-session';

export function useSignedIn(host: string): boolean | null {
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  useEffect(() => {
    setSignedIn(null);
    hasSession(host).then(setSignedIn, () => setSignedIn(false));
  }, [host]);
  return signedIn;
}
