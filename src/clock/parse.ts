/**
 * Parsers for the time sources: an HTTP `Date` header, Cloudflare's trace body, and the shape of a
 * robots.txt (which tells the site's own answer from a captive portal's page).
 * Both return milliseconds since the epoch, or null for anything that is not a plausible clock
 * (a captive portal's HTML, a truncated body, a year far from now).
 */

const months = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
const shortDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const longDays = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/** A clock outside these years is broken, not skewed; the check says "nonsense" instead. */
export const plausibleYears = { from: 2000, to: 2100 } as const;

const time = String.raw`(?<h>\d{2}):(?<m>\d{2}):(?<s>\d{2})`;
const shortDay = `(?:${shortDays.join('|')})`;
const forms = [
  // RFC 9110 §5.6.7: `Sun, 06 Nov 1994 08:49:37 GMT`, the form every sender must use.
  new RegExp(`^${shortDay}, (?<day>\\d{2}) (?<month>[a-z]{3}) (?<year>\\d{4}) ${time} GMT$`, 'i'),
  // Obsolete RFC 850 form, `Sunday, 06-Nov-94 08:49:37 GMT`, which recipients must still accept.
  new RegExp(
    `^(?:${longDays.join('|')}), (?<day>\\d{2})-(?<month>[a-z]{3})-(?<yy>\\d{2}) ${time} GMT$`,
    'i',
  ),
  // Obsolete asctime form, `Sun Nov  6 08:49:37 1994` (day padded with a space), always UTC.
  new RegExp(`^${shortDay} (?<month>[a-z]{3}) +(?<day>\\d{1,2}) ${time} (?<year>\\d{4})$`, 'i'),
] as const;

function fullYear(g: Record<string, string | undefined>): number {
  if (g.year !== undefined) return Number(g.year);
  // RFC 9110 reads two-digit years relative to today; without a clock, 70–99 are the 1900s (and
  // so rejected) and 00–69 the 2000s. That differs from the RFC only for 2070 and later, no
  // plausible clock today, in a form no current server sends.
  const yy = Number(g.yy);
  return yy >= 70 ? 1900 + yy : 2000 + yy;
}

/**
 * The instant an HTTP `Date` header names, in ms since the epoch: IMF-fixdate and the two obsolete
 * forms of RFC 9110 §5.6.7 (https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7). Names match
 * case-insensitively and the weekday is not cross-checked, as recipients may be lenient; anything
 * else, and any year outside `plausibleYears`, is null.
 */
export function parseDateHeader(value: string | null): number | null {
  if (value === null || value.length > 64) return null;
  const v = value.trim();
  const g = forms.map((form) => form.exec(v)?.groups).find((groups) => groups !== undefined);
  if (!g) return null;
  const month = months.indexOf(`${g.month}`.toLowerCase() as (typeof months)[number]);
  const year = fullYear(g);
  const [day, h, m, s] = [g.day, g.h, g.m, g.s].map(Number) as [number, number, number, number];
  if (month < 0 || year < plausibleYears.from || year > plausibleYears.to) return null;
  // Date.UTC would roll 31 Feb over into March; a header saying so is broken.
  if (day < 1 || new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null;
  // A leap second (`:60`, RFC 5322 §3.3) lands on the next second, which is what it means.
  if (h > 23 || m > 59 || s > 60) return null;
  return Date.UTC(year, month, day, h, m, s);
}

const traceLine = /^[a-z0-9_-]+=/i;
const traceTs = /^(\d{9,11})(?:\.(\d{1,6}))?$/;

/**
 * The `ts=` of a Cloudflare `/cdn-cgi/trace` body (`key=value` lines; `ts=1732700000.123` is
 * seconds with milliseconds) in ms since the epoch. Every non-empty line must be `key=value`, so
 * a captive portal's HTML or an error page is null rather than a clock.
 */
export function parseTrace(body: string): number | null {
  if (body.length > 16_384) return null;
  let ts: string | undefined;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (!traceLine.test(line)) return null;
    if (line.startsWith('ts=')) {
      if (ts !== undefined) return null; // two clocks in one answer: trust neither
      ts = line.slice(3);
    }
  }
  const m = ts === undefined ? null : traceTs.exec(ts);
  if (!m) return null;
  const seconds = Number(m[1]);
  // Integer arithmetic on the fraction, so 1732700000.123 is …123 ms and not …122.99998.
  const fraction = (m[2] ?? '').padEnd(6, '0');
  const ms = seconds * 1000 + Number(fraction) / 1000;
  const year = new Date(ms).getUTCFullYear();
  return year >= plausibleYears.from && year <= plausibleYears.to ? ms : null;
}

const robotsRecord = /^[a-z][a-z-]*\s*:/i;

/**
 * Whether `body` is a robots.txt (RFC 9309 §2.2: `User-agent`, `Allow`, `Disallow` groups; other
 * records such as `Sitemap` or `Host` are allowed): at least one `User-agent` line, and every line
 * a `name: value` record, a comment or blank. A portal's or a filter's HTML page fails at its first
 * tag.
 * https://www.rfc-editor.org/rfc/rfc9309#section-2.2
 */
export function isRobotsTxt(body: string): boolean {
  let agents = 0;
  for (const raw of body.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    if (!robotsRecord.test(line)) return false;
    if (/^user-agent/i.test(line)) agents++;
  }
  return agents > 0;
}
