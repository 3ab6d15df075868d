/** What a Seller Central host answers: state pages, swap and hostile pages, references, the flow. */
import { contactReply } from './contact';
import type { Flow } from './flow';
import { hostileDocument, isHostileKind } from './hostile';
import { html } from './html';
import { htmlReply, type Reply, type SimRequest } from './http';
import { authDocument, plainDocument } from './layout';
import { stringsForHost } from './locales';
import { newerReply } from './newer';
import { outlineSeededDocument } from './outline';
import { isStateName, pageContext, type StateName, statePage } from './pages';
import { referenceReply } from './reference';
import { siteDataReply } from './site-data';
import { swapDocument } from './swap';

function stateName(value: string | null, fallback: StateName): StateName | undefined {
  if (value === null) return fallback;
  return isStateName(value) ? value : undefined;
}

const robotsTxt = `User-agent: *
Allow: /seller-forums
Allow: /forums/
Allow: /gp/help/external/
Disallow: /forums/search
Disallow: /
`;

export async function marketplaceReply(req: SimRequest, flow: Flow): Promise<Reply> {
  const t = stringsForHost(req.host, req.query.get('language'));
  const c = pageContext(t);
  const notFound = () =>
    htmlReply(plainDocument({ t, title: t.homeTitle, main: html`<h1>${t.notFound}</h1>` }), 404);

  const siteData = siteDataReply(req);
  if (siteData) return siteData;
  if (req.method === 'GET' || req.method === 'HEAD') {
    const p = req.path;
    // Shaped like Seller Central's own (an allowlist, then `Disallow: /`); the clock check reads it.
    if (p === '/robots.txt') return { status: 200, body: robotsTxt, type: 'text/plain' };
    if (p === '/ap/page/swap') {
      const from = stateName(req.query.get('from'), 'code-sms');
      const to = stateName(req.query.get('to'), 'code-rejected');
      const after = Number(req.query.get('after') ?? Number.NaN);
      if (!from || !to) return notFound();
      return htmlReply(
        swapDocument(c, from, to, Number.isFinite(after) && after >= 0 ? after : undefined),
      );
    }
    const hostile = /^\/ap\/page\/hostile\/([^/]+)$/.exec(p)?.[1];
    if (hostile !== undefined) {
      return isHostileKind(hostile) ? htmlReply(hostileDocument(c, hostile)) : notFound();
    }
    if (p === '/ap/page/outline-seeded') return htmlReply(outlineSeededDocument(c));
    const name = /^\/ap\/page\/([^/]+)$/.exec(p)?.[1];
    if (name !== undefined) {
      if (!isStateName(name)) return notFound();
      const r = statePage(name, c);
      return htmlReply(authDocument({ t, title: r.title, main: r.main }));
    }
    const newer = newerReply(req, c);
    if (newer) return newer;
    const file = /^\/ap\/reference\/([^/]+)$/.exec(p)?.[1];
    if (file !== undefined) return (await referenceReply(file)) ?? notFound();
  }
  return contactReply(req, flow, t) ?? flow.handle(req, t) ?? notFound();
}
