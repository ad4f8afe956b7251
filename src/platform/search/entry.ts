import { AppError } from '../errors/index.js';
import { normalizeForSearch, segmentForIndex } from '../text/index.js';
import { exactKey, indexToken, MAX_EXACT_KEY_CHARS } from './query.js';
import type { SearchEntry } from './types.js';

/**
 * Entry ids are `publishedSecond * 2^20 + n`: ordered by publication time, so "the newest
 * N matches" is the cheap end of an FTS5 doclist (rowid order) or of the primary key.
 * 2^20 entries fit in one second; ids stay below 2^53 until the year 2242.
 */
export const ID_SLOTS = 2 ** 20;
/** Only this much of the text is kept for snippets (the whole text is indexed); see CONTEXT.md. */
export const SNIPPET_SOURCE_CHARS = 3000;
/** Text beyond this is not indexed (a 1 MB body plus attachments is well inside). */
export const MAX_INDEXED_CHARS = 2_000_000;
const MAX_EXTRA_TERMS = 50;

/** 422: the owner handed over an entry that cannot be indexed (a bug in the calling module). */
export class InvalidSearchEntryError extends AppError {
  constructor(detail: string) {
    super({ code: 'SEARCH_ENTRY_INVALID', status: 422, title: '检索条目无效', detail });
  }
}

/** An entry checked, normalized and segmented, ready for either engine. */
export interface PreparedEntry {
  type: string;
  entityId: number;
  title: string;
  /** The title folded like a query term (simplified, half-width, lower-cased) for ranking. */
  titleNorm: string;
  /** Snippet source: the first {@link SNIPPET_SOURCE_CHARS} characters of the text. */
  body: string;
  titleTokens: string[];
  bodyTokens: string[];
  extraTokens: string[];
  exactKeys: string[];
  extraTermsJson: string;
  orgId: number;
  orgPath: string;
  category: string | null;
  categoryTop: string | null;
  kind: string | null;
  status: string | null;
  year: number;
  /** Normalized to `Date#toISOString()` so string comparison with `now` is correct. */
  publishedAt: string;
  publishedSec: number;
  /** UTC `yyyymm` of publication, the bucket of `search_stats`. */
  month: number;
}

/** Lowest and highest id of the second `sec`. */
export function secondRange(sec: number): [number, number] {
  return [sec * ID_SLOTS, sec * ID_SLOTS + ID_SLOTS - 1];
}

/** The second an id was published in. */
export function secondOfId(id: number): number {
  return Math.floor(id / ID_SLOTS);
}

/** The highest id visible at `nowMs` (a superset at second precision; `published_at <= now` is checked too). */
export function maxVisibleId(nowMs: number): number {
  // A far-future `now` must not overflow bigint on PostgreSQL.
  return Math.min(Number.MAX_SAFE_INTEGER, secondRange(Math.floor(nowMs / 1000))[1]);
}

/** UTC `yyyymm` of a second. */
export function monthOfSecond(sec: number): number {
  const d = new Date(sec * 1000);
  return d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;
}

/** First and one-past-last second of a `yyyymm` month. */
export function monthSeconds(month: number): [number, number] {
  const y = Math.floor(month / 100);
  const m = (month % 100) - 1;
  return [Date.UTC(y, m, 1) / 1000, Date.UTC(y, m + 1, 1) / 1000];
}

/** `/1/4` and `1/4/` both become `/1/4/`; the subtree filter compares at segment boundaries. */
export function normalizePath(path: string): string {
  const parts = path.split('/').map((p) => p.trim()).filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/** `综合政务 / 政务公开/` → `综合政务/政务公开`; empty → null. */
export function normalizeCategory(category: string | null | undefined): string | null {
  if (typeof category !== 'string') return null;
  const parts = category.split('/').map((p) => p.trim()).filter(Boolean);
  return parts.length ? parts.join('/') : null;
}

function optionalText(v: string | null | undefined): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Checks and segments an entry (the CPU-heavy part, done before any transaction opens).
 * @throws InvalidSearchEntryError when a field is missing or out of range.
 */
export function prepareEntry(e: SearchEntry): PreparedEntry {
  const bad = (what: string) => new InvalidSearchEntryError(`检索条目 ${String(e?.type)}#${String(e?.id)} 的${what}无效`);
  if (!e || typeof e.type !== 'string' || !e.type.trim() || e.type.length > 64) throw bad('类型');
  if (!Number.isSafeInteger(e.id)) throw bad('编号');
  if (typeof e.title !== 'string') throw bad('标题');
  if (typeof e.text !== 'string') throw bad('正文');
  if (!Number.isSafeInteger(e.orgId)) throw bad('机构');
  if (typeof e.orgPath !== 'string') throw bad('机构路径');
  if (!Number.isInteger(e.year) || e.year < 1000 || e.year > 9999) throw bad('年份');
  const ms = typeof e.publishedAt === 'string' ? Date.parse(e.publishedAt) : Number.NaN;
  const publishedYear = new Date(ms).getUTCFullYear();
  if (!Number.isFinite(ms) || publishedYear < 1900 || publishedYear > 2200) throw bad('发布时间');
  const extra = e.extraTerms ?? [];
  if (!Array.isArray(extra) || extra.length > MAX_EXTRA_TERMS || extra.some((t) => typeof t !== 'string')) throw bad('附加检索词');

  const text = cut(e.text, MAX_INDEXED_CHARS);
  const keys = new Set<string>();
  for (const t of extra) {
    const k = exactKey(t);
    if (k && k.length <= MAX_EXACT_KEY_CHARS) keys.add(k);
  }
  const category = normalizeCategory(e.category);
  const sec = Math.floor(ms / 1000);
  return {
    type: e.type.trim(),
    entityId: e.id,
    title: e.title,
    titleNorm: normalizeForSearch(e.title).toLowerCase(),
    body: cut(text, SNIPPET_SOURCE_CHARS),
    titleTokens: segmentForIndex(e.title).map(indexToken),
    bodyTokens: segmentForIndex(text).map(indexToken),
    extraTokens: extra.flatMap((t) => segmentForIndex(t)).map(indexToken),
    exactKeys: [...keys],
    extraTermsJson: JSON.stringify(extra),
    orgId: e.orgId,
    orgPath: normalizePath(e.orgPath),
    category,
    categoryTop: category ? category.split('/')[0] : null,
    kind: optionalText(e.kind),
    status: optionalText(e.status),
    year: e.year,
    publishedAt: new Date(ms).toISOString(),
    publishedSec: sec,
    month: monthOfSecond(sec),
  };
}
