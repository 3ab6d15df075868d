/**
 * The pictures the stores show, as HTML that Chromium renders at their exact size: a 1280×800
 * screenshot (a feature's heading and text above the sign-in page and the popup, side by side)
 * and the 440×280 promotional tile (icon, name, one line).
 * Sizes: https://developer.chrome.com/docs/webstore/images
 */

export const shotSize = { width: 1280, height: 800 } as const;
export const tileSize = { width: 440, height: 280 } as const;
/** The two pictures inside a screenshot, in CSS pixels: they reach the bottom edge (26 + 134 + 16 + 624). */
export const pageSize = { width: 760, height: 624 } as const;
export const popupSize = { width: 400, height: 624 } as const;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Text {
  /** BCP 47, for the font the script needs (Japanese and Chinese share code points). */
  lang: string;
  dir: 'ltr' | 'rtl';
}

// Debian's fonts: DejaVu for Latin and Arabic, Noto CJK (fonts-noto-cjk) for Japanese and Chinese.
const fonts = `'DejaVu Sans', 'Noto Sans CJK JP', 'Noto Sans CJK SC', sans-serif`;
const brand = '#1f5fc8';

export function shotHtml(
  t: Text & { title: string; text: string; page: Buffer; popup: Buffer },
): string {
  const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  return `<!doctype html>
<html lang="${escapeHtml(t.lang)}" dir="${t.dir}"><head><meta charset="utf-8"><style>
html,body{margin:0;width:${shotSize.width}px;height:${shotSize.height}px;overflow:hidden}
body{box-sizing:border-box;padding:26px 40px 0;font-family:${fonts};color:#14213d;
background:linear-gradient(180deg,#e9f0fb 0,#f6f8fc 100%);display:flex;flex-direction:column}
header{height:134px;display:flex;flex-direction:column;justify-content:center}
h1{margin:0 0 8px;font-size:30px;line-height:1.2;color:${brand}}
p{margin:0;font-size:17px;line-height:1.45;max-width:1200px;display:-webkit-box;
-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
main{display:flex;gap:40px;margin-top:16px}
figure{margin:0;background:#fff;border-radius:10px 10px 0 0;overflow:hidden;
box-shadow:0 6px 24px rgba(20,33,61,.18)}
figure img{display:block}
</style></head><body>
<header><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.text)}</p></header>
<main>
<figure style="width:${pageSize.width}px;height:${pageSize.height}px"><img src="${img(t.page)}" width="${pageSize.width}" height="${pageSize.height}" alt=""></figure>
<figure style="width:${popupSize.width}px;height:${popupSize.height}px"><img src="${img(t.popup)}" width="${popupSize.width}" height="${popupSize.height}" alt=""></figure>
</main>
</body></html>`;
}

export function tileHtml(t: Text & { name: string; line: string; icon: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(t.lang)}" dir="${t.dir}"><head><meta charset="utf-8"><style>
html,body{margin:0;width:${tileSize.width}px;height:${tileSize.height}px;overflow:hidden}
body{box-sizing:border-box;padding:0 30px;display:flex;align-items:center;gap:24px;
font-family:${fonts};color:#fff;background:linear-gradient(135deg,#2a6fe0 0,${brand} 55%,#17489a 100%)}
.icon{flex:none;width:120px;height:120px;border-radius:28px;background:#fff;display:flex;
align-items:center;justify-content:center;box-shadow:0 6px 20px rgba(0,0,0,.25)}
.icon svg{width:104px;height:104px}
h1{margin:0 0 10px;font-size:34px;line-height:1.1}
p{margin:0;font-size:17px;line-height:1.35;opacity:.95}
</style></head><body>
<div class="icon">${t.icon}</div>
<div><h1>${escapeHtml(t.name)}</h1><p>${escapeHtml(t.line)}</p></div>
</body></html>`;
}
