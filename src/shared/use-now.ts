/** The time now in a Preact component, redrawn every `intervalMs` until unmount. */
import { useEffect, useState } from 'preact/hooks';

export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
