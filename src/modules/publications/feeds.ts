/**
 * Machine-readable ways in: Atom 1.0 feeds of the newest documents (everything, and per
 * organisation) and the sitemap (sitemaps.org 0.9) of the public pages. Absolute addresses are
 * built from the request's host (validated), as the installation has no configured public URL.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { OrgService } from '../orgs/index.js';
import { PUBLIC_PAGE, loadSite, renderErrorPage, sendFresh } from '../portal/index.js';
import { shanghaiIso } from '../../platform/time/index.js';
import type { PublicationService } from './publications.service.js';

/** Entries in a feed (the newest). */
export const FEED_SIZE = 50;
/** A sitemap file holds at most 50,000 addresses (sitemaps.org). */
export const SITEMAP_MAX = 50_000;
const SITEMAP_CHUNK = 1000;
const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
const XML_TYPE = 'application/xml; charset=utf-8';

// Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE/FFFF) are dropped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text or attribute content, escaped and stripped of characters XML cannot carry. */
export function xmlEscape(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** `https://example.gov.cn` of this request; a malformed Host header falls back to localhost. */
export function originOf(req: FastifyRequest): string {
  const host = typeof req.host === 'string' && HOST.test(req.host) ? req.host : 'localhost';
  return `${req.protocol === 'https' ? 'https' : 'http'}://${host}`;
}

interface FeedItem {
  id: number;
  title: string;
  docNumber: string | null;
  org: { name: string };
  publishedAt: string;
  updatedAt: string;
  summary: string;
  url: string;
}

/** An Atom 1.0 feed (RFC 4287): id, title, updated, self and alternate links, author, entries. */
export function atomFeed(o: { origin: string; selfPath: string; htmlPath: string; title: string; author: string; items: FeedItem[]; now: Date }): string {
  const abs = (p: string) => xmlEscape(`${o.origin}${p}`);
  // An entry is updated when it was last changed after going public; a feed, when its newest entry was.
  const updatedOf = (i: FeedItem) => (i.updatedAt > i.publishedAt ? i.updatedAt : i.publishedAt);
  const newest = o.items.reduce<string | null>((m, i) => (m === null || updatedOf(i) > m ? updatedOf(i) : m), null);
  const entries = o.items.map((i) => [
    '  <entry>',
    `    <id>${abs(i.url)}</id>`,
    `    <title type="text">${xmlEscape(i.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${abs(i.url)}"/>`,
    `    <published>${shanghaiIso(i.publishedAt)}</published>`,
    `    <updated>${shanghaiIso(updatedOf(i))}</updated>`,
    `    <author><name>${xmlEscape(i.org.name)}</name></author>`,
    `    <summary type="text">${xmlEscape([i.docNumber, i.summary.replace(/\s+/g, ' ').trim().slice(0, 200)].filter(Boolean).join(' '))}</summary>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${abs(o.selfPath)}</id>`,
    `  <title type="text">${xmlEscape(o.title)}</title>`,
    `  <updated>${shanghaiIso(newest ?? o.now.toISOString())}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${abs(o.selfPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${abs(o.htmlPath)}"/>`,
    `  <author><name>${xmlEscape(o.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export function registerFeeds(app: FastifyInstance, deps: { publications: PublicationService; orgs: OrgService }): void {
  const svc = deps.publications;
  const opts = PUBLIC_PAGE;
  const now = () => new Date();

  app.get('/xxgk/feed.atom', opts, async (req, reply) => {
    const [{ name }, latest] = await Promise.all([loadSite(deps.orgs), svc.public.latest({ limit: FEED_SIZE, withTotal: false })]);
    const xml = atomFeed({ origin: originOf(req), selfPath: '/xxgk/feed.atom', htmlPath: '/xxgk/documents', title: `${name} 政府信息公开`, author: name, items: latest.items, now: now() });
    return sendFresh(req, reply, xml, { type: ATOM_TYPE });
  });

  app.get('/xxgk/orgs/:code/feed.atom', opts, async (req, reply) => {
    const code = (req.params as { code?: string }).code ?? '';
    const { name, orgs } = await loadSite(deps.orgs);
    const org = orgs.find((o) => o.code === code);
    const row = org ? await deps.orgs.findByCode(org.code) : undefined;
    if (!org || !row) {
      const html = renderErrorPage({ status: 404, title: '页面不存在', detail: '没有这个机构的订阅源：机构代码有误或该机构未公开。', requestId: req.id }, req);
      return sendFresh(req, reply, html, { status: 404 });
    }
    const latest = await svc.public.latest({ orgIds: [row.id], limit: FEED_SIZE, withTotal: false });
    const selfPath = `/xxgk/orgs/${encodeURIComponent(org.code)}/feed.atom`;
    const htmlPath = `/xxgk/documents?org=${encodeURIComponent(org.code)}`;
    const xml = atomFeed({ origin: originOf(req), selfPath, htmlPath, title: `${org.name} 政府信息公开`, author: `${name} ${org.name}`, items: latest.items, now: now() });
    return sendFresh(req, reply, xml, { type: ATOM_TYPE });
  });

  app.get('/sitemap.xml', opts, async (req, reply) => {
    const origin = originOf(req);
    const fixed = ['/', '/xxgk/', '/xxgk/documents'];
    const urls: string[] = fixed.map((p) => `  <url><loc>${xmlEscape(origin + p)}</loc></url>`);
    // In chunks: a page of rows at a time keeps memory flat on a large site.
    for (let offset = 0; urls.length < SITEMAP_MAX; offset += SITEMAP_CHUNK) {
      const items = await svc.public.sitemapEntries(offset, Math.min(SITEMAP_CHUNK, SITEMAP_MAX - urls.length));
      for (const i of items) {
        const lastmod = i.updatedAt > i.publishedAt ? i.updatedAt : i.publishedAt;
        urls.push(`  <url><loc>${xmlEscape(origin + i.url)}</loc><lastmod>${shanghaiIso(lastmod)}</lastmod></url>`);
      }
      if (items.length < SITEMAP_CHUNK) break;
    }
    const xml = ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
    return sendFresh(req, reply, xml, { type: XML_TYPE });
  });
}
