import { contentDisposition } from '../../platform/http/index.js';
import fs from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OrgService } from '../orgs/index.js';
import { PUBLIC_PAGE, loadSite, pageContext, renderErrorPage, sendFresh } from '../portal/index.js';
import { NotFoundError } from '../../platform/errors/index.js';
import { renderDocumentList } from './document-list.page.js';
import { effectiveValidity } from './normative/index.js';
import { createRenderCache } from './render-cache.js';
import { shanghaiDate } from '../../platform/time/index.js';
import { renderDocumentPage, renderWithdrawnPage } from './document.page.js';
import { registerFeeds } from './feeds.js';
import { FEED, FILTER_NAMES, type Listing } from './publications.pages.js';
import type { PublicationService } from './publications.service.js';
import { renderSearchPage } from './search.page.js';
import { topicLabel } from './topics.js';
import { GENRES, VALIDITIES, VALIDITY_LABELS, type Validity } from './vocabulary.js';
import { renderXxgkHome } from './xxgk-home.page.js';

export interface PublicationPortalDeps {
  publications: PublicationService;
  orgs: OrgService;
}

/** The search box takes this much text; longer queries are cut with a notice (the JSON API refuses over 1000). */
export const MAX_QUERY_CHARS = 200;
const LIST_PAGE_SIZE = 20;
const SEARCH_PAGE_SIZE = 10;
/** The search engine pages by date up to 10,000 results deep (platform/search MAX_DATE_OFFSET). */
const MAX_OFFSET = 10_000;

const first = (v: unknown): string | undefined => {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'string' ? x : undefined;
};
/** A visitor's value quoted back in a notice, never longer than a short phrase. */
const quote = (s: string) => `“${s.length > 20 ? `${s.slice(0, 20)}…` : s}”`;
const VALIDITY_BY_LABEL = new Map(Object.entries(VALIDITY_LABELS).map(([k, v]) => [v, k as Validity]));

/**
 * Reads list/search parameters leniently: a page never fails on odd input. Unknown values are
 * dropped with a notice saying so; unknown parameters are ignored.
 */
export function parseListing(raw: unknown, orgCodes: Set<string>, opts: { withQuery: boolean; maxPage: number }): { listing: Listing; notices: string[] } {
  const q = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const notices: string[] = [];
  const listing: Listing = { page: 1 };
  const ignore = (name: string, v: string) => notices.push(`${FILTER_NAMES[name as keyof typeof FILTER_NAMES] ?? name}${quote(v)}无效，已忽略该条件。`);
  const val = (k: string) => first(q[k])?.trim() || undefined;

  /** Keeps `value` under `key` when `ok`, otherwise says it was ignored. */
  const take = <K extends 'org' | 'topic' | 'genre' | 'year'>(key: K, given: string | undefined, ok: boolean, value: Listing[K]) => {
    if (!given) return;
    if (ok) listing[key] = value;
    else ignore(key, given);
  };
  const org = val('org');
  take('org', org, !!org && orgCodes.has(org), org);
  const topic = val('topic');
  take('topic', topic, !!topic && /^\d{2}(-\d{2})?$/.test(topic) && !!topicLabel(topic), topic);
  const genre = val('genre');
  take('genre', genre, !!genre && (GENRES as readonly string[]).includes(genre), genre);
  const year = val('year');
  take('year', year, !!year && /^\d{4}$/.test(year) && +year >= 1949 && +year <= 2100, Number(year));
  const validity = val('validity');
  if (validity) {
    const v = (VALIDITIES as readonly string[]).includes(validity) ? (validity as Validity) : VALIDITY_BY_LABEL.get(validity);
    if (v) listing.validity = v;
    else ignore('validity', validity);
  }
  const page = val('page');
  if (page) {
    if (!/^\d{1,7}$/.test(page) || +page < 1) notices.push(`页码${quote(page)}无效，已显示第 1 页。`);
    else if (+page > opts.maxPage) {
      listing.page = opts.maxPage;
      notices.push(`最多可翻到第 ${opts.maxPage} 页，已显示第 ${opts.maxPage} 页；请增加筛选条件缩小范围。`);
    } else listing.page = +page;
  }
  if (opts.withQuery) {
    const text = first(q.q)?.trim();
    if (text) {
      const chars = Array.from(text);
      listing.q = chars.length > MAX_QUERY_CHARS ? chars.slice(0, MAX_QUERY_CHARS).join('') : text;
      if (chars.length > MAX_QUERY_CHARS) notices.push(`检索词超过 ${MAX_QUERY_CHARS} 个字，已按前 ${MAX_QUERY_CHARS} 个字检索。`);
    }
    const sort = val('sort');
    if (sort === 'relevance' || sort === 'date') listing.sort = sort;
  }
  return { listing, notices };
}

/** `/xxgk/documents/12` → 12; anything else is not a document address. */
function rowId(s: unknown): number | null {
  return typeof s === 'string' && /^[1-9]\d{0,9}$/.test(s) && Number(s) <= 2_147_483_647 ? Number(s) : null;
}

const pagesOf = (total: number, pageSize: number) => Math.max(1, Math.min(Math.ceil(total / pageSize), Math.floor(MAX_OFFSET / pageSize)));

/**
 * The public 政府信息公开 pages: `/xxgk/` (home), `/xxgk/documents` (catalogue), `/xxgk/documents/:id`
 * (document, 410 when withdrawn), its attachments, `/search`, and the feeds and sitemap (feeds.ts).
 * Every page is rendered per request (documents appear on their scheduled time), sent `no-cache`
 * with a weak ETag of the bytes.
 */
export function registerPublicationPortal(app: FastifyInstance, deps: PublicationPortalDeps): void {
  const svc = deps.publications;
  const pageCache = createRenderCache(1000);
  const opts = PUBLIC_PAGE;

  async function site(req: FastifyRequest) {
    const { name, orgs } = await loadSite(deps.orgs);
    return { ctx: pageContext(req, name), orgs, codes: new Set(orgs.map((o) => o.code)) };
  }

  function notFound(req: FastifyRequest, reply: FastifyReply, detail = '没有找到这件政府信息：它可能尚未公开，或者地址有误。') {
    return sendFresh(req, reply, renderErrorPage({ status: 404, title: '页面不存在', detail, requestId: req.id }, req), { status: 404 });
  }

  app.get('/xxgk', opts, async (_req, reply) => reply.redirect('/xxgk/', 301));

  app.get('/xxgk/', opts, async (req, reply) => {
    const { ctx, orgs } = await site(req);
    const [all, latest] = await Promise.all([svc.public.search({ pageSize: 1, sort: 'date' }), svc.public.latest({ limit: 10, withTotal: false })]);
    const html = renderXxgkHome(ctx, {
      orgs, total: all.total, estimate: all.totalIsEstimate, topicCounts: all.facets.topic, orgCounts: all.facets.org,
      latest: latest.items.map((i) => ({ id: i.id, title: i.title, docNumber: i.docNumber, org: i.org, publishedAt: i.publishedAt, url: i.url })),
    });
    return sendFresh(req, reply, html);
  });

  app.get('/xxgk/documents', opts, async (req, reply) => {
    const { ctx, orgs, codes } = await site(req);
    const { listing, notices } = parseListing(req.query, codes, { withQuery: false, maxPage: Math.floor(MAX_OFFSET / LIST_PAGE_SIZE) });
    const result = await svc.public.search({ ...listing, q: undefined, sort: 'date', page: listing.page, pageSize: LIST_PAGE_SIZE });
    const orgName = listing.org ? orgs.find((o) => o.code === listing.org)?.name : undefined;
    const feed = listing.org && orgName
      ? { href: `/xxgk/orgs/${encodeURIComponent(listing.org)}/feed.atom`, title: `${orgName}最新公开的政府信息` }
      : { href: FEED, title: '最新公开的政府信息' };
    const html = renderDocumentList(ctx, { listing, result, pages: pagesOf(result.total, LIST_PAGE_SIZE), notices, orgs, feed });
    return sendFresh(req, reply, html);
  });

  app.get('/xxgk/documents/:id', opts, async (req, reply) => {
    const id = rowId((req.params as { id?: string }).id);
    if (id === null) return notFound(req, reply);
    const [{ ctx }, doc] = await Promise.all([site(req), svc.public.document(id).catch(notFoundAsNull)]);
    if (!doc) return notFound(req, reply);
    if (doc.status === 'withdrawn') return sendFresh(req, reply, renderWithdrawnPage(ctx, doc), { status: 410 });
    const [latest, relations] = await Promise.all([svc.public.latest({ orgIds: [doc.org.id], limit: 6, withTotal: false }), svc.normative.relationsFor(doc.id)]);
    const related = latest.items.filter((i) => i.id !== doc.id).slice(0, 5);
    // A 规范性文件 past its 有效期 reads 已失效 at once, before the expiry job has run.
    const validity = effectiveValidity({ validity: doc.validity, valid_to: doc.validTo, is_normative: doc.isNormative ? 1 : 0 }, shanghaiDate(svc.ctx.deps.clock.now()));
    const shown = validity === doc.validity ? doc : { ...doc, validity, validityLabel: validity ? VALIDITY_LABELS[validity] : null };
    return sendFresh(req, reply, pageCache.get([ctx, shown, related, relations], () => renderDocumentPage(ctx, shown, related, relations)));
  });

  app.get('/xxgk/documents/:id/attachments/:attId', opts, async (req, reply) => {
    const p = req.params as { id?: string; attId?: string };
    const id = rowId(p.id);
    const attId = rowId(p.attId);
    if (id === null || attId === null) return notFound(req, reply, '没有找到这个附件。');
    const att = await svc.public.attachment(id, attId).catch(notFoundAsNull);
    if (!att) return notFound(req, reply, '没有找到这个附件：所属文件可能尚未公开或已撤回，或者地址有误。');
    const stat = await fs.promises.stat(att.path).catch(() => null);
    if (!stat?.isFile()) {
      req.log.error({ documentId: id, attachmentId: attId }, 'attachment file missing from the store');
      return notFound(req, reply, '附件文件暂时无法获取，请稍后再试或联系发文机关。');
    }
    // Stored by content (SHA-256 key): the key is a strong validator of the bytes.
    const etag = `"${att.row.file_key}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache')
      .header('content-type', att.row.mime).header('content-disposition', contentDisposition(att.row.name));
    if (req.headers['if-none-match'] === etag) return reply.status(304).send();
    reply.header('content-length', stat.size);
    return reply.send(fs.createReadStream(att.path));
  });

  app.get('/search', opts, async (req, reply) => {
    const { ctx, orgs, codes } = await site(req);
    const maxPage = Math.floor(MAX_OFFSET / SEARCH_PAGE_SIZE);
    const { listing, notices } = parseListing(req.query, codes, { withQuery: true, maxPage });
    const any = listing.q || listing.org || listing.topic || listing.genre || listing.year || listing.validity;
    const result = any ? await svc.public.search({ ...listing, page: listing.page, pageSize: SEARCH_PAGE_SIZE }) : null;
    const html = renderSearchPage(ctx, { listing, result, pages: result ? pagesOf(result.total, SEARCH_PAGE_SIZE) : 1, notices, orgs });
    return sendFresh(req, reply, html);
  });

  registerFeeds(app, deps);
}

function notFoundAsNull(err: unknown): null {
  if (err instanceof NotFoundError) return null;
  throw err;
}

