import { expect, test } from 'vitest';
import { pageSize, popupSize, shotHtml, shotSize, tileHtml } from './shot-page';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

test('the two pictures and their gap fit the 1280 px width with a margin on each side', () => {
  expect(pageSize.width + 40 + popupSize.width + 2 * 40).toBe(shotSize.width);
  expect(pageSize.height).toBe(popupSize.height);
});

test('words from the catalogue are text, never markup; language and direction are set', () => {
  const html = shotHtml({
    lang: 'ar',
    dir: 'rtl',
    title: '<script>x</script> & "y"',
    text: "l'été",
    page: png,
    popup: png,
  });
  expect(html).not.toContain('<script>x');
  expect(html).toContain('&#60;script&#62;x&#60;/script&#62; &#38; &#34;y&#34;');
  expect(html).toContain('<html lang="ar" dir="rtl">');
  expect(html.match(/data:image\/png;base64,iVBORw==/g)).toHaveLength(2);
});

test('the tile carries the icon as given and escapes its words', () => {
  const html = tileHtml({
    lang: 'ja',
    dir: 'ltr',
    name: '2SV <Helper>',
    line: 'a',
    icon: '<svg/>',
  });
  expect(html).toContain('<div class="icon"><svg/></div>');
  expect(html).toContain('2SV &#60;Helper&#62;');
});
