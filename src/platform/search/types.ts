import type { Kysely } from 'kysely';

/** One searchable thing (a document, later maybe a reply or a guide). `(type, id)` is unique. */
export interface SearchEntry {
  /** Owner kind, e.g. `'document'`. */
  type: string;
  /** The owner's id. */
  id: number;
  title: string;
  /** Plain text: body and attachment text (may be 1 MB). */
  text: string;
  /** Exact tokens that must find this entry first, e.g. the normalized 发文字号 / 索引号. */
  extraTerms?: string[];
  orgId: number;
  /** Materialised path of the organisation, e.g. `/1/4/`. */
  orgPath: string;
  /** 主题分类, levels joined by `/`, e.g. `综合政务/政务公开`. */
  category: string | null;
  /** 体裁, e.g. `通知`. */
  kind: string | null;
  /** 有效性, e.g. `现行有效`. */
  status: string | null;
  /** Publication year (facet and filter). */
  year: number;
  /** ISO-8601 instant; the entry is invisible to searches whose `now` is earlier (scheduled publishing). */
  publishedAt: string;
}

export interface SearchFilters {
  orgId?: number;
  /** Subtree: entries whose org path starts with this path (segment boundaries: `/1/4` means `/1/4/`). */
  orgPath?: string;
  /** Exact category or an ancestor of it (`综合政务` matches `综合政务/政务公开`). */
  category?: string;
  kind?: string;
  status?: string;
  year?: number;
  type?: string;
}

export interface SearchQuery {
  /** Raw user text; empty or meaningless text lists by date with the same filters and facets. */
  text: string;
  filters?: SearchFilters;
  /** Default `relevance` when there is text, `date` otherwise. */
  sort?: 'relevance' | 'date';
  /** 1-based. */
  page?: number;
  /** At most 50 (clamped). */
  pageSize?: number;
  /** ISO-8601 visibility cut-off: entries published later are invisible. */
  now: string;
}

export interface SearchHit {
  type: string;
  id: number;
  score: number;
  title: string;
  /** Escaped title with query terms in `<mark>`. */
  titleHtml: string;
  /** Escaped 120–160 characters around the densest cluster of query terms, `…` where cut. */
  snippetHtml: string;
  publishedAt: string;
  orgId: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  /** orgId as a string. */
  org: FacetCount[];
  /** First level of the category (before the first `/`). */
  category: FacetCount[];
  kind: FacetCount[];
  year: FacetCount[];
  status: FacetCount[];
}

export interface SearchResult {
  total: number;
  /** True when the match set was too large to count: `total` and the facet counts are estimates. */
  totalIsEstimate?: boolean;
  /** True when the query text was cut (over 200 characters or 100 terms). */
  queryTruncated?: boolean;
  hits: SearchHit[];
  facets: SearchFacets;
  /** Normalized query terms used to match and highlight. */
  terms: string[];
  tookMs: number;
}

export interface SearchIndex {
  /**
   * Adds or replaces the entry `(type, id)`. `conn` may be an open transaction.
   * @throws InvalidSearchEntryError (422) when the entry is malformed.
   */
  upsert(conn: Kysely<any>, entry: SearchEntry): Promise<void>;
  /**
   * Bulk import; batches inside (one transaction per batch unless `conn` is a transaction).
   * @throws InvalidSearchEntryError (422) naming the first malformed entry; nothing of its batch is written.
   */
  upsertMany(conn: Kysely<any>, entries: SearchEntry[]): Promise<void>;
  /** Removes `(type, id)`; no-op when absent. */
  remove(conn: Kysely<any>, type: string, id: number): Promise<void>;
  /**
   * Maintenance after a bulk import (not part of the contract): SQLite merges the FTS5
   * index into one segment (queries get ~2× faster; minutes at 1M entries, the connection is
   * busy meanwhile), PostgreSQL refreshes planner statistics.
   */
  optimize(): Promise<void>;
  /**
   * Searches; never throws for odd query text.
   * @throws Error when `now` is not a date (a caller bug) or the database fails.
   */
  search(q: SearchQuery): Promise<SearchResult>;
}
