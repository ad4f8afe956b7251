import type { NormalizedFilters } from './driver.js';
import type { PreparedEntry } from './entry.js';
import { indexToken, type ParsedQuery, type QueryGroup } from './query.js';

/** The text columns a query term may match; `attrs` holds filter tokens only. */
const TEXT_COLUMNS = '{title body extra}';
/** Every entry has this attribute token: the MATCH for "no text, no filter". */
export const ALL_TOKEN = 'a';

/** An FTS5 string: `"…"` with inner quotes doubled, so nothing inside is syntax. */
export function quoteFts(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

function hex(value: string): string {
  return Buffer.from(value, 'utf8').toString('hex');
}

/**
 * Filter values as tokens of the `attrs` column (hex keeps them exact, one ascii-tokenizer
 * token each, and unguessable from text). FTS5 then intersects a filter with the text
 * terms inside the index, in rowid order, so "newest N" stays cheap with any filter.
 */
export const attrToken = {
  org: (orgId: number) => `o${orgId < 0 ? 'm' : ''}${Math.abs(orgId)}`,
  path: (prefix: string) => `p${hex(prefix)}`,
  category: (prefix: string) => `c${hex(prefix)}`,
  kind: (kind: string) => `k${hex(kind)}`,
  status: (status: string) => `s${hex(status)}`,
  year: (year: number) => `y${year < 0 ? 'm' : ''}${Math.abs(year)}`,
  type: (type: string) => `t${hex(type)}`,
  /** UTC publication month `yyyymm` and year: a stratum's months select its rows (estimate.ts). */
  month: (yyyymm: number) => `m${yyyymm}`,
  pubYear: (yyyy: number) => `u${yyyy}`,
};

/** The `attrs` column of an entry: org, every path prefix, every category level, kind, status, year, type. */
export function attrsOf(e: PreparedEntry): string {
  const tokens = [ALL_TOKEN, attrToken.org(e.orgId), attrToken.year(e.year), attrToken.type(e.type)];
  tokens.push(attrToken.month(e.month), attrToken.pubYear(Math.floor(e.month / 100)));
  const segs = e.orgPath.split('/').filter(Boolean);
  for (let i = 1; i <= segs.length; i++) tokens.push(attrToken.path(`/${segs.slice(0, i).join('/')}/`));
  if (e.category) {
    const levels = e.category.split('/');
    for (let i = 1; i <= levels.length; i++) tokens.push(attrToken.category(levels.slice(0, i).join('/')));
  }
  if (e.kind) tokens.push(attrToken.kind(e.kind));
  if (e.status) tokens.push(attrToken.status(e.status));
  return tokens.join(' ');
}

function filterTokens(f: NormalizedFilters): string[] {
  const t: string[] = [];
  if (f.orgId !== undefined) t.push(attrToken.org(f.orgId));
  if (f.orgPath) t.push(attrToken.path(f.orgPath));
  if (f.category) t.push(attrToken.category(f.category));
  if (f.kind) t.push(attrToken.kind(f.kind));
  if (f.status) t.push(attrToken.status(f.status));
  if (f.year !== undefined) t.push(attrToken.year(f.year));
  if (f.type) t.push(attrToken.type(f.type));
  return t;
}

function groupExpression(g: QueryGroup): string {
  const parts = g.parts.map((p) => quoteFts(indexToken(p)));
  const all = parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
  if (!g.whole) return all;
  const whole = quoteFts(indexToken(g.whole));
  return parts.length ? `(${whole} OR ${all})` : whole;
}

/** The text part of the MATCH: every group must match in title, body or extra terms; `null` without text. */
export function ftsTextExpression(parsed: ParsedQuery): string | null {
  if (!parsed.groups.length) return null;
  return `${TEXT_COLUMNS} : (${parsed.groups.map(groupExpression).join(' AND ')})`;
}

/** The filter part of the MATCH, `null` without filters. */
export function ftsFilterExpression(filters: NormalizedFilters): string | null {
  const tokens = filterTokens(filters);
  if (!tokens.length) return null;
  return `attrs : (${tokens.map(quoteFts).join(' AND ')})`;
}

/** Entries published in any of the months (whole years as one year token). */
export function ftsMonthsExpression(months: readonly number[]): string {
  const byYear = new Map<number, number[]>();
  for (const m of months) {
    const y = Math.floor(m / 100);
    byYear.set(y, [...(byYear.get(y) ?? []), m]);
  }
  const tokens: string[] = [];
  for (const [y, ms] of byYear) {
    if (new Set(ms).size === 12) tokens.push(attrToken.pubYear(y));
    else for (const m of ms) tokens.push(attrToken.month(m));
  }
  return `attrs : (${tokens.map(quoteFts).join(' OR ')})`;
}

/**
 * The whole FTS5 MATCH string, built only from quoted tokens: text AND filters, or the
 * all-entries token when there is neither.
 *
 * @example ftsMatch(parseQuery('政务公开'), { year: 2021 }) // '({title body extra} : (("政务公开" OR ("政务" AND "公开")))) AND (attrs : ("y2021"))'
 */
export function ftsMatch(parsed: ParsedQuery, filters: NormalizedFilters): string {
  const parts = [ftsTextExpression(parsed), ftsFilterExpression(filters)].filter((p): p is string => p !== null);
  if (!parts.length) return `attrs : ${quoteFts(ALL_TOKEN)}`;
  return parts.map((p) => `(${p})`).join(' AND ');
}
