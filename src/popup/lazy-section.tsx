/**
 * A popup section whose code loads the first time it is shown. The popup's first paint, and so
 * its first clock verdict, does not wait for the code of the four other sections.
 */
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazySection<P extends object>(
  load: () => Promise<ComponentType<P>>,
): (props: P) => JSX.Element | null {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function LazySection(props: P) {
    const [Section, setSection] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Section) return;
      let live = true;
      loading ??= load();
      loading.then(
        (c) => {
          loaded = c;
          if (live) setSection(() => c);
        },
        () => {
          loading = null; // a later showing tries again
        },
      );
      return () => {
        live = false;
      };
    }, [Section]);
    return Section ? <Section {...props} /> : null;
  };
}
