import type { CandidateRow, HitText, SearchDriver } from './driver.js';
import { normalizeFilters } from './driver.js';
import { maxVisibleId, secondOfId } from './entry.js';
import { type FacetAccumulator, emptyFacets, facetAccumulator, sampleOlder, type Weighted } from './estimate.js';
import { highlightTitle, snippetHtml } from './highlight.js';
import { parseQuery } from './query.js';
import { textRelevance } from './ranking.js';
import type { SearchHit, SearchQuery, SearchResult } from './types.js';

/** Newest matches ranked and counted exactly; a query with more is "capped" (see estimate.ts). */
export const CANDIDATES = 1000;
/** Candidates whose body frequencies are computed (their texts are read): the top of the coarse order. */
const REFINE = 40;
/** Exact-key (发文字号, 索引号) hits looked up per query. */
const EXACT_LIMIT = 20;
/** Date-sorted paging goes this deep (page × pageSize); relevance pages end with the candidates. */
export const MAX_DATE_OFFSET = 10_000;
export const MAX_PAGE_SIZE = 50;
/** Recency adds at most this to a relevance normalized to 0…1: it reorders similar relevance only. */
const RECENCY_WEIGHT = 0.15;
const RECENCY_HALF_LIFE_DAYS = 730;
/** Share of PostgreSQL's ts_rank_cd (normalized to the best refined row) added to the text relevance. */
const ENGINE_RANK_WEIGHT = 0.25;
/** An exact document-number match outranks any text relevance. */
const EXACT_BOOST = 10;
const DAY_MS = 86_400_000;
const MIN_ID = Number.MIN_SAFE_INTEGER;
const MAX_ISO_MS = Date.parse('9999-12-31T23:59:59.999Z');

function clampInt(v: unknown, fallback: number, min: number, max: number): number {
  const n = typeof v === 'number' && Number.isFinite(v) ? Math.floor(v) : fallback;
  return Math.min(max, Math.max(min, n));
}

/**
 * The engine-independent search: newest {@link CANDIDATES} matches (cheap in id order),
 * a stratified sample of older ones when capped, exact-key hits pinned first, ranking by
 * text relevance (ranking.ts) plus recency, facets and total from the same rows.
 * @throws Error when `q.now` is not a date.
 */
export async function runSearch<P>(driver: SearchDriver<P>, q: SearchQuery): Promise<SearchResult> {
  const started = performance.now();
  const nowMs = Date.parse(q.now);
  if (!Number.isFinite(nowMs)) throw new Error(`search: now 不是有效时间：${String(q.now)}`);
  const parsed = parseQuery(q.text);
  const page = clampInt(q.page, 1, 1, 1_000_000);
  const pageSize = clampInt(q.pageSize, 10, 1, MAX_PAGE_SIZE);
  const hasText = parsed.groups.length > 0;
  const sort = hasText && q.sort !== 'date' ? 'relevance' : 'date';
  const filters = normalizeFilters(q.filters);
  const result = (total: number, hits: SearchHit[], facets: FacetAccumulator | null, estimate: boolean): SearchResult => ({
    total,
    ...(estimate ? { totalIsEstimate: true } : {}),
    ...(parsed.truncated ? { queryTruncated: true } : {}),
    hits,
    facets: facets ? facets.result(estimate) : emptyFacets(),
    terms: parsed.terms,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  });
  if (!filters) return result(0, [], null, false);

  // Visibility compares ISO strings; years past 9999 print as "+010000-…", which sorts first.
  const plan = driver.plan(parsed, filters, new Date(Math.min(nowMs, MAX_ISO_MS)).toISOString());
  const hi = maxVisibleId(nowMs);
  const newest = await driver.candidates(plan, { lo: MIN_ID, hi }, CANDIDATES, 0);
  const capped = newest.length >= CANDIDATES;
  const rows: Weighted[] = newest.map((row) => ({ row, weight: 1 }));
  if (capped) rows.push(...(await sampleOlder(driver, plan, newest[newest.length - 1].id)));
  const exact = parsed.exactKeys.length ? await driver.exact(plan, parsed.exactKeys, EXACT_LIMIT) : [];
  const pinned = new Set(exact.map((r) => r.id));
  const known = new Set(rows.map((r) => r.row.id));
  const extras = exact.filter((r) => !known.has(r.id));
  rows.push(...extras.map((row) => ({ row, weight: 1 })));

  const facets = facetAccumulator();
  let total = 0;
  for (const r of rows) {
    total += r.weight;
    facets.add(r.row, r.weight);
  }

  const offset = (page - 1) * pageSize;
  let pageRows: CandidateRow[];
  let texts: Map<number, HitText>;
  const scores = new Map<number, number>();
  if (sort === 'relevance') {
    const scoreOf = (row: CandidateRow, t: HitText | null, maxRank: number): number => {
      let rel = textRelevance(parsed.groups, row.titleNorm, t ? t.body.toLowerCase() : null);
      // PostgreSQL's ts_rank_cd (title A, text B) adds up to ENGINE_RANK_WEIGHT; SQLite has none.
      if (t && maxRank > 0) rel += (ENGINE_RANK_WEIGHT * Math.max(0, t.rank)) / maxRank;
      const ageDays = Math.max(0, (nowMs - secondOfId(row.id) * 1000) / DAY_MS);
      return rel + RECENCY_WEIGHT * 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS) + (pinned.has(row.id) ? EXACT_BOOST : 0);
    };
    // Coarse order from what every candidate carries (folded title, date); then body
    // frequency and engine rank of the best REFINE rows, whose texts the page needs anyway.
    // Both parts only add, so the refined rows stay ahead of the others.
    const ranked = rows.map((r) => ({ row: r.row, score: scoreOf(r.row, null, 0) }));
    ranked.sort(byScore);
    const refine = ranked.slice(0, Math.max(REFINE, offset + 2 * pageSize));
    texts = await fetchTexts(driver, plan, refine.map((r) => r.row.id));
    const maxRank = Math.max(0, ...[...texts.values()].map((t) => t.rank));
    for (const r of refine) {
      const t = texts.get(r.row.id);
      if (t) r.score = scoreOf(r.row, t, maxRank);
    }
    ranked.sort(byScore);
    for (const r of ranked) scores.set(r.row.id, r.score);
    pageRows = ranked.slice(offset, offset + pageSize).map((r) => r.row);
  } else {
    const byDate = [...newest, ...extras].sort((a, b) => b.id - a.id);
    if (offset + pageSize <= byDate.length || !capped) pageRows = byDate.slice(offset, offset + pageSize);
    else if (offset < MAX_DATE_OFFSET) pageRows = await driver.candidates(plan, { lo: MIN_ID, hi }, pageSize, offset);
    else pageRows = [];
    texts = await fetchTexts(driver, plan, pageRows.map((r) => r.id));
  }

  const hits: SearchHit[] = [];
  for (const row of pageRows) {
    const t = texts.get(row.id);
    if (!t) continue; // removed between the two reads
    hits.push({
      type: t.type,
      id: t.entityId,
      score: Math.round((scores.get(row.id) ?? 0) * 10_000) / 10_000,
      title: t.title,
      titleHtml: highlightTitle(t.title, parsed.terms),
      snippetHtml: snippetHtml(t.body, parsed.terms),
      publishedAt: t.publishedAt,
      orgId: row.orgId,
    });
  }
  return result(capped ? Math.round(total) : total, hits, facets, capped);
}

function byScore(a: { row: CandidateRow; score: number }, b: { row: CandidateRow; score: number }): number {
  return b.score - a.score || b.row.id - a.row.id;
}

async function fetchTexts<P>(driver: SearchDriver<P>, plan: P, ids: number[]): Promise<Map<number, HitText>> {
  return new Map((ids.length ? await driver.texts(plan, ids) : []).map((t) => [t.id, t]));
}
