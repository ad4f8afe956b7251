import type { SearchResult } from '../../platform/search/index.js';
import { normalizeForSearch } from '../../platform/text/index.js';
import { shanghaiIso } from '../../platform/time/index.js';
import type { DocumentContext } from './document-context.js';
import { looksLikeDocNumber, parseDocNumber } from './doc-number.js';
import { indexNumberPattern } from './index-number.js';
import { AttachmentNotFound, DocumentNotFound } from './publications.errors.js';
import { type DocumentRow, documentsRepository as repo } from './publications.repository.js';
import type { DocumentView } from './publications.schemas.js';
import { SEARCH_TYPE } from './search-sync.js';
import { topicLabel } from './topics.js';
import { VALIDITY_LABELS, type Validity } from './vocabulary.js';

export interface PublicSearchQuery {
  q?: string;
  org?: string;
  within?: string;
  topic?: string;
  genre?: string;
  year?: number;
  validity?: Validity;
  sort?: 'relevance' | 'date';
  page?: number;
  pageSize?: number;
}

export interface PublicHit {
  id: number;
  title: string;
  titleHtml: string;
  indexNumber: string | null;
  docNumber: string | null;
  org: string;
  orgCode: string;
  publishedAt: string;
  snippet: string;
  url: string;
  exact?: boolean;
}

export interface FacetValue { value: string; label: string; count: number }

export interface PublicSearchResult {
  total: number;
  totalIsEstimate: boolean;
  page: number;
  pageSize: number;
  hits: PublicHit[];
  facets: { org: FacetValue[]; topic: FacetValue[]; genre: FacetValue[]; year: FacetValue[]; validity: FacetValue[] };
  terms: string[];
  tookMs: number;
}

export const documentUrl = (id: number) => `/xxgk/documents/${id}`;
export const attachmentUrl = (docId: number, attId: number) => `/xxgk/documents/${docId}/attachments/${attId}`;

const VALIDITY_BY_LABEL = new Map(Object.entries(VALIDITY_LABELS).map(([k, v]) => [v, k]));

/** What the public reads: search, lists, a document page, attachments (published and visible only). */
type HitRow = Awaited<ReturnType<typeof repo.hitRows>>[number];

export function createPublicUseCases(ctx: DocumentContext) {
  const { db, deps } = ctx;
  const indexPattern = indexNumberPattern(deps.indexTemplate);

  function isVisible(doc: DocumentRow): boolean {
    return doc.disclosure === 'active' && ['published', 'scheduled'].includes(doc.status) && !!doc.published_at && doc.published_at <= deps.clock.now().toISOString();
  }

  /** A query that is a 发文字号 or an 索引号 puts that document first. */
  async function exactMatches(q: string): Promise<DocumentRow[]> {
    const s = q.trim();
    if (!s || s.length > 80) return [];
    if (indexPattern.test(s)) {
      const d = await repo.findByIndexNumber(db, s);
      return d && isVisible(d) ? [d] : [];
    }
    if (looksLikeDocNumber(s)) {
      const parsed = parseDocNumber(s, { maxYear: 9999 });
      if (parsed.ok) return (await repo.findByDocNumber(db, parsed.value.normalized)).filter(isVisible);
    }
    return [];
  }

  return {
    isVisible,

    async search(query: PublicSearchQuery): Promise<PublicSearchResult> {
      const page = query.page ?? 1;
      const pageSize = Math.min(query.pageSize ?? 10, 50);
      const org = query.org ? await ctx.orgByCode(query.org) : undefined;
      const within = query.within ? await ctx.orgByCode(query.within) : undefined;
      const empty = (): PublicSearchResult => ({ total: 0, totalIsEstimate: false, page, pageSize, hits: [], facets: { org: [], topic: [], genre: [], year: [], validity: [] }, terms: [], tookMs: 0 });
      if ((query.org && !org) || (query.within && !within)) return empty();
      const category = query.topic ? topicLabel(query.topic) : undefined;
      if (query.topic && !category) return empty();
      const result: SearchResult = await deps.search.search({
        text: query.q ?? '',
        filters: {
          type: SEARCH_TYPE,
          orgId: org?.id,
          orgPath: within?.path,
          category,
          kind: query.genre,
          status: query.validity ? VALIDITY_LABELS[query.validity] : undefined,
          year: query.year,
        },
        sort: query.sort ?? (query.q?.trim() ? 'relevance' : 'date'),
        page,
        pageSize,
        now: deps.clock.now().toISOString(),
      });
      const exact = page === 1 && query.q ? await exactMatches(normalizeForSearch(query.q)) : [];
      const ids = [...exact.map((d) => d.id), ...result.hits.map((h) => h.id)];
      const rows = new Map((await repo.hitRows(db, [...new Set(ids)])).map((r) => [r.id, r]));
      const look = await ctx.lookup();
      const hitOf = (r: HitRow, h?: SearchResult['hits'][number]): PublicHit => ({
        id: r.id, title: r.title, titleHtml: h?.titleHtml ?? escapeHtml(r.title), indexNumber: r.index_number, docNumber: r.doc_number,
        org: look(r.org_id).name, orgCode: look(r.org_id).code, publishedAt: r.published_at ? shanghaiIso(r.published_at) : '', snippet: h?.snippetHtml ?? escapeHtml(r.summary || r.body_start), url: documentUrl(r.id),
        ...(h ? {} : { exact: true }),
      });
      const exactIds = new Set(exact.map((d) => d.id));
      const hits = [
        ...exact.filter((d) => rows.has(d.id)).map((d) => ({ ...hitOf(rows.get(d.id)!, result.hits.find((h) => h.id === d.id)), exact: true })),
        ...result.hits.filter((h) => !exactIds.has(h.id) && rows.has(h.id)).map((h) => hitOf(rows.get(h.id)!, h)),
      ];
      const orgFacet = result.facets.org.map((f) => ({ value: look(Number(f.value)).code, label: look(Number(f.value)).name, count: f.count }));
      return {
        total: Math.max(result.total, hits.length), totalIsEstimate: !!result.totalIsEstimate, page, pageSize, hits, terms: result.terms, tookMs: result.tookMs,
        facets: {
          org: orgFacet,
          topic: result.facets.category.map((f) => ({ value: f.value, label: f.value, count: f.count })),
          genre: result.facets.kind.map((f) => ({ value: f.value, label: f.value, count: f.count })),
          year: result.facets.year.map((f) => ({ value: f.value, label: `${f.value}年`, count: f.count })),
          validity: result.facets.status.map((f) => ({ value: VALIDITY_BY_LABEL.get(f.value) ?? f.value, label: f.value, count: f.count })),
        },
      };
    },

    /** A document page: visible documents, or a withdrawn one with its public reason. @throws DocumentNotFound */
    async document(id: number): Promise<DocumentView> {
      const row = await repo.findById(db, id);
      if (!row || (!isVisible(row) && !(row.status === 'withdrawn' && row.disclosure === 'active'))) throw new DocumentNotFound();
      return ctx.view(row);
    },

    /** @throws DocumentNotFound, AttachmentNotFound */
    async attachment(id: number, attachmentId: number) {
      const row = await repo.findById(db, id);
      if (!row || !isVisible(row)) throw new DocumentNotFound();
      const att = await repo.attachment(db, id, attachmentId);
      if (!att) throw new AttachmentNotFound();
      return { row: att, path: deps.files.path(att.file_key) };
    },

    /** Page URLs and dates of visible documents, without loading bodies (sitemap). */
    async sitemapEntries(offset: number, limit: number) {
      const rows = await repo.visibleIds(db, deps.clock.now().toISOString(), offset, limit);
      return rows.map((r) => ({ url: documentUrl(r.id), publishedAt: r.published_at!, updatedAt: r.updated_at }));
    },

    /** Newest visible documents (feeds, home page). */
    async latest(opts: { orgIds?: number[]; limit: number; offset?: number; withTotal?: boolean }) {
      const r = await repo.listPublished(db, { nowIso: deps.clock.now().toISOString(), orgIds: opts.orgIds, offset: opts.offset ?? 0, limit: opts.limit, withTotal: opts.withTotal });
      const look = await ctx.lookup();
      return { total: r.total, items: r.rows.map((d) => ({ id: d.id, title: d.title, indexNumber: d.index_number, docNumber: d.doc_number, org: look(d.org_id), publishedAt: d.published_at!, updatedAt: d.updated_at, summary: d.summary || d.body_start, url: documentUrl(d.id) })) };
    },
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
