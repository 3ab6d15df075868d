/**
 * On install and update: the content scripts go into the tabs already open on their pages. Chrome
 * and Edge run declared content scripts only in pages loaded afterwards, so a seller who installs
 * the extension from the stuck sign-in tab would see nothing there until a reload. Firefox injects
 * them into open tabs itself, at install and at update: there this does nothing (`selfInjects`),
 * and a second copy would only replace the first (content/index.ts).
 */
import type { ContentScript } from './content-scripts';

export interface OpenTab {
  id?: number;
  /** A discarded tab runs the declared scripts itself when it is loaded again. */
  discarded?: boolean;
}

export interface InjectWorld {
  scripts: readonly ContentScript[];
  /** Whether the browser already runs declared content scripts in open tabs (Firefox). */
  selfInjects: boolean;
  /** The open tabs whose address matches one of `matches` (the host permissions let us see them). */
  tabsMatching(matches: readonly string[]): Promise<readonly OpenTab[]>;
  inject(tabId: number, files: readonly string[]): Promise<unknown>;
}

/** Injects into every open matching tab; a tab that refuses is left as it is and named. */
export async function injectOpenTabs(
  world: InjectWorld,
): Promise<{ injected: number[]; failed: number[] }> {
  const injected: number[] = [];
  const failed: number[] = [];
  if (world.selfInjects) return { injected, failed };
  await Promise.all(
    world.scripts.map(async (script) => {
      const tabs = await world.tabsMatching(script.matches).catch(() => []);
      await Promise.all(
        tabs.map(async ({ id, discarded }) => {
          if (id === undefined || discarded) return;
          await world.inject(id, script.js).then(
            () => injected.push(id),
            () => failed.push(id),
          );
        }),
      );
    }),
  );
  return { injected, failed };
}
