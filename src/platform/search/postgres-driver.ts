import { type Kysely, sql } from 'kysely';
import type { CandidateRow, HitText, MonthCount, NormalizedFilters, SearchDriver } from './driver.js';
import type { ParsedQuery } from './query.js';
import { andAll, CANDIDATE_COLUMNS, HIT_COLUMNS, sqlFilterConditions } from './sql-filters.js';
import { tsqueryLiteral } from './tsvector.js';

interface PostgresPlan {
  tsquery: string | null;
  filters: NormalizedFilters;
  now: string;
}

// ts_rank_cd weights {D, C, B, A}: title and extra terms (A) ten times the text (B).
const WEIGHTS = sql`'{0, 0, 0.1, 1.0}'::float4[]`;

/** int8 may come back as a string when the pool was not opened through openDatabase. */
function numeric(rows: CandidateRow[]): CandidateRow[] {
  for (const r of rows) {
    r.id = Number(r.id);
  }
  return rows;
}

/**
 * PostgreSQL: a GIN index over a weighted `tsvector('simple')` built from our own terms
 * (literal syntax: no parser), filters as plain columns. `order by id desc limit n` lets the
 * planner either walk the primary key backwards (common terms) or intersect the GIN index
 * (rare terms), whichever its statistics say is cheaper.
 */
export function postgresDriver(db: Kysely<any>): SearchDriver<PostgresPlan> {
  return {
    plan(parsed: ParsedQuery, filters: NormalizedFilters, now: string): PostgresPlan {
      return { tsquery: tsqueryLiteral(parsed), filters, now };
    },

    async candidates(plan, { lo, hi }, limit, offset): Promise<CandidateRow[]> {
      const q = plan.tsquery;
      const { rows } = await sql<CandidateRow>`
        select e.id, ${CANDIDATE_COLUMNS}
        from search_entries e
        where ${q === null ? sql`true` : sql`e.tsv @@ ${q}::tsquery`} and e.id between ${lo} and ${hi}
          and e.published_at <= ${plan.now} and ${andAll(sqlFilterConditions(plan.filters))}
        order by e.id desc limit ${limit} offset ${offset}`.execute(db);
      return numeric(rows);
    },

    async exact(plan, keys, limit): Promise<CandidateRow[]> {
      const { rows } = await sql<CandidateRow>`
        select distinct e.id, ${CANDIDATE_COLUMNS}
        from search_exact_terms x join search_entries e on e.id = x.entry_id
        where x.key in (${sql.join(keys)}) and e.published_at <= ${plan.now} and ${andAll(sqlFilterConditions(plan.filters))}
        order by e.id desc limit ${limit}`.execute(db);
      return numeric(rows);
    },

    async monthCounts(): Promise<MonthCount[]> {
      const { rows } = await sql<MonthCount>`select month, entries from search_stats where entries > 0`.execute(db);
      return rows.map((r) => ({ month: Number(r.month), entries: Number(r.entries) }));
    },

    async texts(plan, ids): Promise<HitText[]> {
      // ts_rank_cd reads the tsvector again: only for these few rows, never for all candidates.
      const rank = plan.tsquery === null ? sql`0` : sql`ts_rank_cd(${WEIGHTS}, tsv, ${plan.tsquery}::tsquery)`;
      const { rows } = await sql<HitText>`select ${HIT_COLUMNS}, ${rank} as rank from search_entries where id in (${sql.join(ids)})`.execute(db);
      return rows.map((r) => ({ ...r, id: Number(r.id), entityId: Number(r.entityId), rank: Number(r.rank) }));
    },
  };
}
