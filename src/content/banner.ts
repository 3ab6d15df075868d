/**
 * The in-page banner: a host element with an open shadow root, so the page's styles cannot reach
 * it and ours cannot leak. It only shows what it is given; every string is set as text.
 */
import { bodyOf, button, create, insertBeforeNode, isInDocument } from '../detect/safe-dom';
import type { Severity } from '../shared/situations';

export interface BannerContent {
  state: string;
  method: string;
  /** The situation table's severity: the banner's colour. */
  severity: Severity;
  title: string;
  hint: string;
  openLabel: string;
  dismissLabel: string;
  regionLabel: string;
  dir: 'ltr' | 'rtl';
  lang: string;
  /** The "Check my clock" button's label; null where the state does not offer it. */
  clockLabel: string | null;
  /** The clock verdict in words, shown under the hint; null when there is none to show. */
  clockStatus: string | null;
  clockVerdict: string | null;
  /** Lines under the hint (when to try again, the newest code, the remember box…), as text. */
  notes: readonly string[];
  /** The test contract's `data-*` hooks on the host (PRODUCT.md "Banner hooks"); null: absent. */
  hooks: Record<BannerHook, string | null>;
  /**
   * The cleanup button's labels; absent where the state does not offer it. The first press shows
   * `warning` and turns the button into `confirm`; the second runs it.
   */
  cleanup?: {
    label: string;
    running: string;
    failed: string;
    confirm: string;
    warning: string;
  } | null;
}

export type BannerHook = 'retry-at' | 'latest-request-at' | 'remember-device' | 'private';

export interface BannerActions {
  open(): void;
  dismiss(): void;
  checkClock(): void;
  /** Resolves false when the cleanup failed (the page is left as it is). */
  cleanup?(): Promise<boolean>;
}

export interface Banner {
  readonly host: HTMLElement;
  update(content: BannerContent): void;
  /** Puts the banner right before `anchor` (in the page's flow, so it never covers the form). */
  place(anchor: Element | null): boolean;
  remove(): void;
}

// Compact: it ships in the content script (budget in e2e/budgets.ts). The focus outline is 3:1
// against the box and the page around it (WCAG 1.4.11); #f0a000 was 2:1 on light. Every browser
// it runs in knows `system-ui`: the named fallback fonts only cost bytes (37 gzipped).
const css = `
:host{all:initial;display:block;margin:0 0 14px}
.box{font:14px/1.45 system-ui,sans-serif;color:#0f1111;background:#f3f8ff;border:1px solid #2f6fdb;border-inline-start-width:5px;border-radius:8px;padding:10px 12px;display:grid;grid-template-columns:1fr auto;gap:4px 10px;max-width:640px;box-sizing:border-box}
.box[data-severity="aside"]{background:#f7f7f7;border-color:#6b6b6b}
.box[data-severity="problem"],.box[data-severity="blocker"]{background:#fff6f0;border-color:#b5470b}
h2{font-size:14px;font-weight:700;margin:0;grid-column:1}
p{margin:0;grid-column:1 / -1}
.actions{grid-column:1 / -1;display:flex;gap:8px;flex-wrap:wrap;margin-top:6px}
button{font:inherit;cursor:pointer;border-radius:6px}
.clock-status{font-weight:600}
.notes{grid-column:1 / -1}
.notes p{margin-top:4px}
.clock-status[data-verdict="bad"],.clock-status[data-verdict="warn"]{color:#8f1d15}
.check,.cleanup{background:transparent;color:inherit;border:1px solid currentColor;padding:4px 12px}
.open{background:#2f6fdb;color:#fff;border:1px solid #2f6fdb;padding:4px 12px;font-weight:600}
.dismiss{grid-column:2;grid-row:1;background:transparent;border:1px solid transparent;color:inherit;padding:0 6px;font-size:18px;line-height:1;min-width:28px;min-height:28px}
button:focus-visible{outline:3px solid #a85700;outline-offset:2px}
@media (prefers-color-scheme:dark){
.box{color:#f2f2f2;background:#15243a;border-color:#7eaaf5}
.box[data-severity="aside"]{background:#262626;border-color:#9a9a9a}
.box[data-severity="problem"],.box[data-severity="blocker"]{background:#3a2210;border-color:#f0945a}
.open{background:#7eaaf5;border-color:#7eaaf5;color:#0b1320}
.clock-status[data-verdict="bad"],.clock-status[data-verdict="warn"]{color:#ffb4a8}
button:focus-visible{outline-color:#f0a000}
}
`;

export function createBanner(doc: Document, actions: BannerActions): Banner {
  const host = create(doc, 'div');
  host.setAttribute('data-sc2sv', 'banner');
  const shadow = host.attachShadow({ mode: 'open' });

  const style = create(doc, 'style');
  style.textContent = css;
  const box = create(doc, 'section');
  box.className = 'box';
  const title = create(doc, 'h2');
  title.id = 'sc2sv-title';
  box.setAttribute('aria-labelledby', title.id);
  const hint = create(doc, 'p');
  hint.className = 'hint';
  // A new hint after the page changes is read out without moving the seller's focus.
  hint.setAttribute('role', 'status');
  hint.setAttribute('aria-live', 'polite');
  const actionsRow = create(doc, 'div');
  actionsRow.className = 'actions';
  const open = button(doc, 'open', () => actions.open());
  const clockStatus = create(doc, 'p');
  clockStatus.className = 'clock-status';
  clockStatus.setAttribute('role', 'status');
  clockStatus.setAttribute('aria-live', 'polite');
  const check = button(doc, 'check', () => actions.checkClock());
  const dismiss = button(doc, 'dismiss', () => actions.dismiss());
  dismiss.textContent = '×';
  const notes = create(doc, 'div');
  notes.className = 'notes';
  let notesShown = '';
  const warn = create(doc, 'p');
  warn.className = 'warn';
  warn.hidden = true;
  let cleanupText: BannerContent['cleanup'] = null;
  const cleanup = button(doc, 'cleanup', () => {
    if (!cleanupText || !actions.cleanup) return;
    const text = cleanupText;
    // Said before anything is cleared: the first press only warns.
    if (warn.hidden) {
      warn.textContent = text.warning;
      warn.hidden = false;
      cleanup.textContent = text.confirm;
      return;
    }
    cleanup.disabled = true;
    cleanup.textContent = text.running;
    actions.cleanup().then((ok) => {
      if (ok) return;
      cleanup.disabled = false;
      cleanup.textContent = text.failed;
    });
  });
  cleanup.hidden = true;
  actionsRow.append(open, check, cleanup);
  box.append(title, dismiss, hint, notes, clockStatus, warn, actionsRow);
  shadow.append(style, box);

  return {
    host,
    update(content) {
      host.setAttribute('data-state', content.state);
      host.setAttribute('data-method', content.method);
      for (const [name, value] of Object.entries(content.hooks)) {
        if (value === null) host.removeAttribute(`data-${name}`);
        else host.setAttribute(`data-${name}`, value);
      }
      // Rebuilt only when a line changed (the countdown changes one each second).
      if (content.notes.join('\n') !== notesShown) {
        notesShown = content.notes.join('\n');
        notes.replaceChildren();
        for (const line of content.notes) {
          const p = create(doc, 'p');
          p.textContent = line;
          notes.append(p);
        }
      }
      box.setAttribute('data-severity', content.severity);
      box.setAttribute('aria-label', content.regionLabel);
      box.dir = content.dir;
      box.lang = content.lang;
      title.textContent = content.title;
      if (hint.textContent !== content.hint) hint.textContent = content.hint;
      open.textContent = content.openLabel;
      check.hidden = content.clockLabel === null;
      check.textContent = content.clockLabel ?? '';
      clockStatus.hidden = content.clockStatus === null;
      clockStatus.textContent = content.clockStatus ?? '';
      if (content.clockVerdict) clockStatus.setAttribute('data-verdict', content.clockVerdict);
      else clockStatus.removeAttribute('data-verdict');
      cleanupText = content.cleanup ?? null;
      cleanup.hidden = !cleanupText;
      if (!cleanupText) warn.hidden = true;
      if (cleanupText && !cleanup.disabled) {
        cleanup.textContent = warn.hidden ? cleanupText.label : cleanupText.confirm;
      }
      dismiss.setAttribute('aria-label', content.dismissLabel);
      dismiss.title = content.dismissLabel;
    },
    place(anchor) {
      const parent = anchor?.parentNode ?? bodyOf(doc);
      if (!parent) return false;
      const inPlace = anchor?.parentNode
        ? host.parentNode === parent && host.nextSibling === anchor
        : host.parentNode === parent;
      if (inPlace && isInDocument(doc, host)) return false;
      insertBeforeNode(parent, host, anchor?.parentNode ? anchor : parent.firstChild);
      return true;
    },
    remove() {
      host.remove();
    },
  };
}
