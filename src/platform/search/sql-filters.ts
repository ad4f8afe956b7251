import { type RawBuilder, sql } from 'kysely';
import type { NormalizedFilters } from './driver.js';

/** `%`, `_` and the escape character itself made literal for `LIKE … ESCAPE '\'`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The filters as SQL conditions on `search_entries e` (portable: both engines). Used where
 * rows are already few (exact keys on SQLite) and for every PostgreSQL query.
 */
export function sqlFilterConditions(f: NormalizedFilters): RawBuilder<unknown>[] {
  const c: RawBuilder<unknown>[] = [];
  if (f.orgId !== undefined) c.push(sql`e.org_id = ${f.orgId}`);
  if (f.orgPath) c.push(sql`e.org_path like ${`${escapeLike(f.orgPath)}%`} escape '\\'`);
  if (f.category && !f.category.includes('/')) c.push(sql`e.category_top = ${f.category}`); // the same, and indexable with id order
  else if (f.category) c.push(sql`(e.category = ${f.category} or e.category like ${`${escapeLike(f.category)}/%`} escape '\\')`);
  if (f.kind) c.push(sql`e.kind = ${f.kind}`);
  if (f.status) c.push(sql`e.status = ${f.status}`);
  if (f.year !== undefined) c.push(sql`e.year = ${f.year}`);
  if (f.type) c.push(sql`e.type = ${f.type}`);
  return c;
}

/** `cond1 and cond2 …`, or `true` (written `1 = 1` for SQLite) when there is none. */
export function andAll(conditions: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return conditions.length ? sql.join(conditions, sql` and `) : sql`1 = 1`;
}

/** Columns every candidate query selects from `search_entries e`, aliased to CandidateRow names. */
export const CANDIDATE_COLUMNS = sql`e.org_id as "orgId", e.category_top as "categoryTop", e.kind, e.status, e.year, e.title_norm as "titleNorm"`;

/** Columns of the page's hits. */
export const HIT_COLUMNS = sql`id, type, entity_id as "entityId", published_at as "publishedAt", title, body`;
