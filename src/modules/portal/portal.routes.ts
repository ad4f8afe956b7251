import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OrgService, PublicOrg } from '../orgs/index.js';
import { PUBLIC_PAGE, matches, weakEtag } from './page-cache.js';
import { PORTAL_CSS } from './portal.css.js';
import { COLUMNS, type PageContext } from './portal.layout.js';
import { renderColumn, renderError, renderHome } from './portal.pages.js';

const TEXT_COOKIE = 'gk_text';
const DEFAULT_SITE_NAME = '政务公开平台';
// The error page cannot wait for the database; it uses the last name seen.
let lastSiteName = DEFAULT_SITE_NAME;

/** The longest address the 大字版 link can carry back (the preferences route accepts 500 characters). */
const MAX_BACK = 480;

/** What every portal page needs from the request: site name, text size, where it is. */
export function pageContext(req: FastifyRequest, siteName: string): PageContext {
  const path = req.url.split('?')[0];
  return { siteName, largeText: req.cookies?.[TEXT_COOKIE] === 'large', path, back: req.url.length <= MAX_BACK ? req.url : path };
}
/** Cached pages must not depend on the query string: the 大字版 link returns to the path only. */
function context(req: FastifyRequest, siteName: string): PageContext {
  const { back: _back, ...ctx } = pageContext(req, siteName);
  return ctx;
}

/** The public organisations and the site's name (the root organisation's), remembered for error pages. */
export async function loadSite(orgs: Pick<OrgService, 'listPublic'>): Promise<{ name: string; orgs: PublicOrg[] }> {
  const list = await orgs.listPublic();
  lastSiteName = list.find((o) => o.parentCode === null)?.name ?? DEFAULT_SITE_NAME;
  return { name: lastSiteName, orgs: list };
}

interface Rendered {
  inputs: string;
  html: string;
  etag: string;
}

/**
 * Rendered pages by path and text size, reused while their inputs (the public org list) are
 * unchanged: React rendering is the costliest step of a public page (docs/PERFORMANCE.md).
 */
const pageCache = new Map<string, Rendered>();

function rendered(key: string, inputs: string, render: () => string): Rendered {
  const hit = pageCache.get(key);
  if (hit && hit.inputs === inputs) return hit;
  const html = render();
  const page = { inputs, html, etag: `"${createHash('sha1').update(html).digest('base64url')}"` };
  pageCache.set(key, page);
  return page;
}

/** Sends HTML with a strong ETag so repeat visits cost a 304. */
function sendHtml(req: FastifyRequest, reply: FastifyReply, page: Rendered) {
  reply.header('etag', page.etag).header('cache-control', 'no-cache').header('vary', 'Cookie');
  if (req.headers['if-none-match'] === page.etag) return reply.status(304).send();
  return reply.type('text/html; charset=utf-8').send(page.html);
}


/**
 * Sends a page rendered for this request (data- and clock-dependent, so never from the static cache):
 * `no-cache` and a weak ETag of the body, so a revisit costs a 304 only while nothing changed.
 */
export function sendFresh(req: FastifyRequest, reply: FastifyReply, body: string, opts: { status?: number; type?: string } = {}) {
  const status = opts.status ?? 200;
  const etag = weakEtag(body);
  reply.header('cache-control', 'no-cache').header('vary', 'Cookie');
  if (status === 200) {
    reply.header('etag', etag);
    if (matches(req.headers['if-none-match'], etag)) return reply.status(304).send();
  }
  return reply.status(status).type(opts.type ?? 'text/html; charset=utf-8').send(body);
}

/** HTML error page in the portal's look. */
export function renderErrorPage(p: { status: number; title: string; detail?: string; requestId: string }, req?: FastifyRequest): string {
  // Keep the visitor's text size on error pages too; the size link returns home (the failed URL is no place to go back to).
  return renderError({ siteName: lastSiteName, largeText: req?.cookies?.[TEXT_COOKIE] === 'large', path: '/' }, p);
}

/** The portal's 404 page (页面不存在) with a sentence on what was not found, sent fresh. */
export function sendPortalNotFound(req: FastifyRequest, reply: FastifyReply, detail: string) {
  return sendFresh(req, reply, renderErrorPage({ status: 404, title: '页面不存在', detail, requestId: req.id }, req), { status: 404 });
}

const firstValue = (v: unknown): string | undefined => (Array.isArray(v) ? v[0] : typeof v === 'string' ? v : undefined);

/**
 * The `org` and `year` of a list page's query, read leniently: an unknown organisation or a bad year is
 * dropped with a notice (the list shows everything), never an error. `orgLabel` names the organisation
 * (发布机关, 考核机关); years run from `minYear` to 2100, and without `minYear` the year is not read.
 */
export function readOrgYearQuery(req: FastifyRequest, orgs: readonly PublicOrg[], opts: { orgLabel: string; minYear?: number }) {
  const q = (req.query ?? {}) as Record<string, unknown>;
  const notices: string[] = [];
  let org = firstValue(q.org) || undefined;
  if (org && !orgs.some((o) => o.code === org)) { notices.push(`所选${opts.orgLabel}不存在，已显示全部机关。`); org = undefined; }
  const min = opts.minYear;
  const y = min === undefined ? undefined : firstValue(q.year);
  const year = y !== undefined && min !== undefined && /^\d{4}$/.test(y) && +y >= min && +y <= 2100 ? +y : undefined;
  if (y && !year) notices.push('年度无效，已显示全部年度。');
  return { org, year, notices };
}

/** The entries of `year` (all when none) and the years that have any, newest first. */
export function entriesOfYear<T extends { year: number }>(all: readonly T[], year: number | undefined): { entries: T[]; years: number[] } {
  return { entries: year ? all.filter((e) => e.year === year) : [...all], years: [...new Set(all.map((e) => e.year))].sort((a, b) => b - a) };
}

/** The public site (server-rendered, usable without JavaScript). */
export function registerPortal(app: FastifyInstance, deps: { orgs: OrgService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cssEtag = `"${createHash('sha1').update(PORTAL_CSS).digest('base64url')}"`;

  async function siteName(): Promise<{ name: string; orgs: PublicOrg[]; inputs: string }> {
    const { name, orgs } = await loadSite(deps.orgs);
    return { name, orgs, inputs: JSON.stringify(orgs) };
  }

  r.get('/', PUBLIC_PAGE, async (req, reply) => {
    const { name, orgs, inputs } = await siteName();
    const ctx = context(req, name);
    return sendHtml(req, reply, rendered(`/|${ctx.largeText}`, inputs, () => renderHome(ctx, orgs)));
  });

  for (const column of COLUMNS) {
    r.get(`/${column.slug}`, PUBLIC_PAGE, async (req, reply) => {
      // An open column lives at its own address; the short one keeps working for old links.
      if (column.open && column.href) return reply.redirect(column.href, 301);
      const { name } = await siteName();
      const ctx = context(req, name);
      return sendHtml(req, reply, rendered(`/${column.slug}|${ctx.largeText}`, name, () => renderColumn(ctx, column)));
    });
  }

  // Large-text mode without JavaScript: a plain link sets a cookie and returns to the page.
  r.get('/preferences/text-size', {
    config: { access: 'public' },
    schema: { hide: true, querystring: z.object({ size: z.enum(['large', 'normal']), back: z.string().max(500).optional() }) },
  }, async (req, reply) => {
    const back = req.query.back && /^\/(?!\/)/.test(req.query.back) ? req.query.back : '/';
    reply.setCookie(TEXT_COOKIE, req.query.size, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 365 * 86400 });
    return reply.redirect(back, 303);
  });

  r.get('/static/portal.css', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    reply.header('etag', cssEtag).header('cache-control', 'public, max-age=3600');
    if (req.headers['if-none-match'] === cssEtag) return reply.status(304).send();
    return reply.type('text/css; charset=utf-8').send(PORTAL_CSS);
  });
}
