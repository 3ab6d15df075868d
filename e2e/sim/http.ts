/** The request and reply shapes the simulator's route modules share. */
export interface SimRequest {
  method: string;
  host: string;
  path: string;
  query: URLSearchParams;
  cookies: ReadonlyMap<string, string>;
  /** The form body of a POST (empty otherwise). */
  form: URLSearchParams;
  /** What this host's clock says now (real time plus any offset the test set). */
  now: number;
  userAgent: string;
}

export interface Reply {
  status: number;
  body?: string;
  type?: string;
  headers?: Record<string, string>;
  cookies?: string[];
}

export function htmlReply(body: string, status = 200): Reply {
  return { status, body, type: 'text/html;charset=UTF-8' };
}

export function redirect(location: string, cookies?: string[]): Reply {
  return { status: 302, headers: { location }, body: '', ...(cookies ? { cookies } : {}) };
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) jar.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return jar;
}

/** A host-only, Secure cookie on the whole host, like Seller Central's. */
export function setCookie(
  name: string,
  value: string,
  opts: { httpOnly?: boolean; expires?: Date } = {},
): string {
  return [
    `${name}=${value}`,
    'Path=/',
    'Secure',
    ...(opts.httpOnly ? ['HttpOnly'] : []),
    ...(opts.expires ? [`Expires=${opts.expires.toUTCString()}`] : []),
  ].join('; ');
}
