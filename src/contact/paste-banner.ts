/**
 * The small banner on the Contact Us page: one button that pastes the prepared description, and
 * a status line. A shadow root keeps the page's styles out; every string is set as text.
 */
import {
  bodyOf,
  create,
  button as createButton,
  insertBeforeNode,
  isInDocument,
} from '../detect/safe-dom';

export interface PasteBannerText {
  message: string;
  button: string;
  region: string;
  dir: 'ltr' | 'rtl';
  lang: string;
}

export interface PasteBanner {
  readonly host: HTMLElement;
  /** Puts the banner at the top of the page if it is not there (idempotent). */
  place(): void;
  status(text: string, kind: 'done' | 'problem'): void;
  remove(): void;
}

const css = `
:host { all: initial; display: block; margin: 8px auto; max-width: 720px; }
.box { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: #0f1111; background: #f3f8ff; border: 1px solid #2f6fdb; border-inline-start-width: 5px;
  border-radius: 8px; padding: 10px 12px; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
p { margin: 0; flex: 1 1 240px; }
button { font: inherit; cursor: pointer; border-radius: 6px; background: #2f6fdb; color: #fff;
  border: 1px solid #2f6fdb; padding: 4px 12px; font-weight: 600; }
button:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
.status { flex-basis: 100%; font-weight: 600; }
.status[data-kind="problem"] { color: #8f1d15; }
@media (prefers-color-scheme: dark) {
  .box { color: #f2f2f2; background: #15243a; border-color: #7eaaf5; }
  button { background: #7eaaf5; border-color: #7eaaf5; color: #0b1320; }
  .status[data-kind="problem"] { color: #ffb4a8; }
}
`;

export function createPasteBanner(
  doc: Document,
  text: PasteBannerText,
  onPaste: () => void,
): PasteBanner {
  const host = create(doc, 'div');
  host.setAttribute('data-sc2sv', 'paste-banner');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = create(doc, 'style');
  style.textContent = css;
  const box = create(doc, 'section');
  box.className = 'box';
  box.setAttribute('aria-label', text.region);
  box.dir = text.dir;
  box.lang = text.lang;
  const message = create(doc, 'p');
  message.textContent = text.message;
  const button = createButton(doc, 'paste', () => onPaste());
  button.textContent = text.button;
  const status = create(doc, 'p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.hidden = true;
  box.append(message, button, status);
  shadow.append(style, box);
  return {
    host,
    place() {
      const body = bodyOf(doc);
      if (!body || isInDocument(doc, host)) return;
      insertBeforeNode(body, host, body.firstChild);
    },
    status(value, kind) {
      status.hidden = false;
      status.textContent = value;
      status.setAttribute('data-kind', kind);
    },
    remove() {
      host.remove();
    },
  };
}
