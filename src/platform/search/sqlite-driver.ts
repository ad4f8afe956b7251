import { type Kysely, sql } from 'kysely';
import type { CandidateRow, HitText, MonthCount, NormalizedFilters, SearchDriver } from './driver.js';
import { ftsMatch, ftsMonthsExpression } from './fts5.js';
import type { ParsedQuery } from './query.js';
import { andAll, CANDIDATE_COLUMNS, HIT_COLUMNS, sqlFilterConditions } from './sql-filters.js';

interface SqlitePlan {
  match: string;
  filters: NormalizedFilters;
  now: string;
}


/**
 * SQLite FTS5: text terms and filters are one MATCH, iterated in rowid order (rowid = −id:
 * newest first), so LIMIT stops after the newest matches. The narrow covering
 * index `search_entries_hits_idx` supplies visibility and facet attributes without
 * touching the wide rows that hold the snippet text. No bm25() here: its idf walks every
 * phrase's whole doclist per statement (see ranking.ts); relevance is computed in the app.
 */
export function sqliteDriver(db: Kysely<any>): SearchDriver<SqlitePlan> {
  return {
    plan(parsed: ParsedQuery, filters: NormalizedFilters, now: string): SqlitePlan {
      return { match: ftsMatch(parsed, filters), filters, now };
    },

    async candidates(plan, range, limit, offset): Promise<CandidateRow[]> {
      // FTS5 rowid = −id, so newest first is the ascending walk (measured ~2× faster than
      // descending). A rowid bound FTS5 must walk to is only set near the walk's start:
      // `hi` (scheduled entries, or inside the first month of a stratum); months select a
      // stratum through their tokens instead of `lo`.
      const match = range.months?.length ? `(${plan.match}) AND (${ftsMonthsExpression(range.months)})` : plan.match;
      const lo = range.months?.length || range.lo <= Number.MIN_SAFE_INTEGER ? sql`` : sql`and search_fts.rowid <= ${-range.lo}`;
      const { rows } = await sql<CandidateRow>`
        select e.id, ${CANDIDATE_COLUMNS}
        from search_fts join search_entries e indexed by search_entries_hits_idx on e.id = -search_fts.rowid
        where search_fts match ${match} and search_fts.rowid >= ${-range.hi} ${lo} and e.published_at <= ${plan.now}
        order by search_fts.rowid asc limit ${limit} offset ${offset}`.execute(db);
      return rows;
    },

    async exact(plan, keys, limit): Promise<CandidateRow[]> {
      // CROSS JOIN fixes the order: keys first, then their few entries. Left to itself (no ANALYZE
      // statistics) the planner walked every entry of the filtered type instead: 2 s at 1M entries.
      const { rows } = await sql<CandidateRow>`
        select distinct e.id, ${CANDIDATE_COLUMNS}
        from search_exact_terms x cross join search_entries e on e.id = x.entry_id
        where x.key in (${sql.join(keys)}) and e.published_at <= ${plan.now} and ${andAll(sqlFilterConditions(plan.filters))}
        order by e.id desc limit ${limit}`.execute(db);
      return rows;
    },

    async monthCounts(): Promise<MonthCount[]> {
      const { rows } = await sql<MonthCount>`select month, entries from search_stats where entries > 0`.execute(db);
      return rows;
    },

    async texts(_plan, ids): Promise<HitText[]> {
      const { rows } = await sql<HitText>`select ${HIT_COLUMNS}, 0 as rank from search_entries where id in (${sql.join(ids)})`.execute(db);
      return rows;
    },
  };
}
