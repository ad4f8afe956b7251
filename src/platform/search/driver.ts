import { normalizeCategory, normalizePath } from './entry.js';
import type { ParsedQuery } from './query.js';
import type { SearchFilters } from './types.js';

/**
 * What ranking, facets and paging need of a matching entry, and nothing more: every query
 * materialises up to ~2,000 of these, and each string column costs (measured ~1 µs a row).
 * The publication time is the id's second (see entry.ts).
 */
export interface CandidateRow {
  id: number;
  orgId: number;
  categoryTop: string | null;
  kind: string | null;
  status: string | null;
  year: number;
  /** Normalized title (ranking checks which query words it contains). */
  titleNorm: string;
}

/** What a hit on the page shows, and its engine relevance. */
export interface HitText {
  id: number;
  /** Engine relevance, higher is better: PostgreSQL ts_rank_cd; 0 on SQLite (no bm25, see ranking.ts) or without text. */
  rank: number;
  type: string;
  entityId: number;
  publishedAt: string;
  title: string;
  body: string;
}

export interface MonthCount {
  /** UTC `yyyymm`. */
  month: number;
  entries: number;
}

/** Ids `lo…hi`; `months` (UTC yyyymm) when the range is exactly those months, cut at `hi`. */
export interface CandidateRange {
  lo: number;
  hi: number;
  months?: readonly number[];
}

/** Filters after normalization (`orgPath` normalized with {@link normalizePath}, never `/`); absent members do not filter. */
export type NormalizedFilters = SearchFilters;

/**
 * What an engine provides to the shared search logic (search-core.ts). `P` is the engine's
 * compiled form of a query (an FTS5 MATCH string, a tsquery and SQL conditions).
 */
export interface SearchDriver<P> {
  plan(parsed: ParsedQuery, filters: NormalizedFilters, nowIso: string): P;
  /**
   * Visible matches in `range`, newest (highest id) first, `offset` skipped, at most
   * `limit`. Two shapes are asked for: everything below `hi` (the newest candidates, date
   * paging) and whole months (strata, estimate.ts).
   */
  candidates(plan: P, range: CandidateRange, limit: number, offset: number): Promise<CandidateRow[]>;
  /** Visible entries passing the filters whose exact keys include one of `keys` (text not required). */
  exact(plan: P, keys: string[], limit: number): Promise<CandidateRow[]>;
  /** Entries per publication month (all entries, visible or not). */
  monthCounts(): Promise<MonthCount[]>;
  /** Texts (and engine relevance) of a few entries: the page and the rows being refined. */
  texts(plan: P, ids: number[]): Promise<HitText[]>;
}

function cleanText(v: unknown): string | undefined | null {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') return null;
  return v.trim() || undefined;
}

function cleanInt(v: unknown): number | undefined | null {
  if (v === undefined || v === null) return undefined;
  return Number.isSafeInteger(v) ? (v as number) : null;
}

/**
 * Normalizes user filters. Returns `null` when a filter can match nothing (a year that is
 * not an integer): that is an empty result, never an error and never a silently wider search.
 */
export function normalizeFilters(f: SearchFilters | undefined): NormalizedFilters | null {
  if (!f) return {};
  const out: NormalizedFilters = {};
  const orgId = cleanInt(f.orgId);
  const year = cleanInt(f.year);
  const texts = { orgPath: cleanText(f.orgPath), category: cleanText(f.category), kind: cleanText(f.kind), status: cleanText(f.status), type: cleanText(f.type) };
  if (orgId === null || year === null || Object.values(texts).includes(null)) return null;
  if (orgId !== undefined) out.orgId = orgId;
  if (year !== undefined) out.year = year;
  if (texts.orgPath) {
    const p = normalizePath(texts.orgPath);
    if (p !== '/') out.orgPath = p;
  }
  if (texts.category) {
    const c = normalizeCategory(texts.category);
    if (c) out.category = c;
  }
  if (texts.kind) out.kind = texts.kind;
  if (texts.status) out.status = texts.status;
  if (texts.type) out.type = texts.type;
  return out;
}
