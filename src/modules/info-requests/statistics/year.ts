import { ValidationError } from '../../../platform/errors/index.js';

/** The organisations and the calendar year a statistic is for (`orgIds`: self, or a subtree). */
export interface YearQuery {
  orgIds: number[];
  year: number;
}

/** A page of a drill-down list. */
export interface PageQuery {
  offset: number;
  limit: number;
}

/** First and last day of the year (YYYY-MM-DD, the calendar dates stored on requests and appeals). */
export function yearBounds(year: number): { start: string; end: string } {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) {
    throw new ValidationError(`统计年度应为2000年以后的四位年份（收到：${String(year)}）`, [{ path: 'year', message: '年份无效' }]);
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

export function checkPage(q: PageQuery): void {
  if (!Number.isInteger(q.offset) || q.offset < 0 || !Number.isInteger(q.limit) || q.limit < 1 || q.limit > 1000) {
    throw new ValidationError('分页参数无效：offset 应为非负整数，limit 应为1—1000的整数', [{ path: 'offset', message: '分页参数无效' }]);
  }
}

/**
 * Organisation ids in groups small enough for one `IN (…)` list: PostgreSQL allows 65,535 bound
 * parameters a statement and SQLite 32,766; a few thousand ids stay far below both and keep plans simple.
 */
export const ORG_CHUNK = 2000;

export function orgChunks(orgIds: readonly number[]): number[][] {
  const ids = [...new Set(orgIds)];
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i += ORG_CHUNK) out.push(ids.slice(i, i + ORG_CHUNK));
  return out;
}

/**
 * One page of a list ordered by `key` gathered from several `IN (…)` groups: each group gives its
 * first offset+limit rows, which are merged; `total` sums the groups (organisations do not overlap).
 */
export async function pagedOverChunks<T>(
  orgIds: readonly number[], page: PageQuery, compare: (a: T, b: T) => number,
  load: (ids: number[], offset: number, limit: number) => Promise<{ rows: T[]; total: number }>,
): Promise<{ rows: T[]; total: number }> {
  const groups = orgChunks(orgIds);
  if (groups.length === 0) return { rows: [], total: 0 };
  if (groups.length === 1) return load(groups[0], page.offset, page.limit);
  const parts = await Promise.all(groups.map((ids) => load(ids, 0, page.offset + page.limit)));
  const rows = parts.flatMap((p) => p.rows).sort(compare).slice(page.offset, page.offset + page.limit);
  return { rows, total: parts.reduce((n, p) => n + p.total, 0) };
}
