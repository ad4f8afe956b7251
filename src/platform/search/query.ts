import { normalizeForSearch, segmentForDisplay, segmentForQuery } from '../text/index.js';

/** Longer query text is cut (a search box is not a document); the cut is reported. */
export const MAX_QUERY_CHARS = 200;
/** At most this many distinct terms reach the engine (AND of 100 terms already matches nothing). */
export const MAX_QUERY_TERMS = 100;
/** Exact keys longer than this are never stored or looked up (document and index numbers are short). */
export const MAX_EXACT_KEY_CHARS = 64;
/** Whitespace-separated chunks of the query tried as exact keys besides the whole text. */
const MAX_EXACT_CHUNKS = 8;

/**
 * One word of the query. It matches an entry that has `whole`, or all of `parts`
 * (its search-mode pieces): jieba may cut a long word differently inside a document
 * (市政府信息公开 → 市政府/信息公开), so the pieces keep recall while `whole` still
 * adds to the score when present. No parts: `whole` is required. No whole: all parts are.
 */
export interface QueryGroup {
  whole?: string;
  parts: string[];
}

export interface ParsedQuery {
  /** AND of the groups; empty when the text has no searchable term. */
  groups: QueryGroup[];
  /** Every distinct term of the groups (normalized, lower-cased), for highlighting. */
  terms: string[];
  /** Candidate exact keys ({@link exactKey}) of the whole text and of its chunks. */
  exactKeys: string[];
  /** The text was longer than {@link MAX_QUERY_CHARS} or had more than {@link MAX_QUERY_TERMS} terms. */
  truncated: boolean;
}

const MEANINGFUL = /[\p{L}\p{N}]/u;
// Controls (C0, DEL, C1) would reach jieba and the engine as odd tokens; they mean nothing in a query.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// ASCII punctuation and controls inside a term (3.14, c++, 50%) become private-use characters:
// the SQLite `ascii` tokenizer then keeps the term as one token, and no character of a term
// can ever act as FTS5 or tsquery syntax.
// eslint-disable-next-line no-control-regex -- controls are mapped too
const ASCII_NON_ALNUM = /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex -- see ASCII_NON_ALNUM; upper case too
const NEEDS_MAPPING = /[\u0000-\u002f\u003a-\u0060\u007b-\u007f]/;
/** Terms longer than this are cut, the same way at index and query time. */
const MAX_TOKEN_CHARS = 64;

/**
 * A segmented term as it is stored in the engine: lower-cased, ASCII punctuation mapped
 * to private-use characters, at most 64 code points. Used for index and query alike.
 */
export function indexToken(term: string): string {
  // Most terms are Chinese words: test once, map only when needed (this runs per indexed token).
  const mapped = NEEDS_MAPPING.test(term)
    ? term.toLowerCase().replace(ASCII_NON_ALNUM, (c) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
    : term;
  if (mapped.length <= MAX_TOKEN_CHARS) return mapped;
  return Array.from(mapped).slice(0, MAX_TOKEN_CHARS).join('');
}

/**
 * The exact-match key of a document or index number: normalized (鲁政发[2020]3号 →
 * 鲁政发〔2020〕3号), a year in ASCII or full-width parentheses also taken as the
 * year bracket (菏政办字(2021)35号 → 菏政办字〔2021〕35号), whitespace removed, lower-cased.
 */
export function exactKey(text: string): string {
  return normalizeForSearch(text)
    .replace(/\(((?:19|20|21)\d\d)\)/g, '〔$1〕')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Drops control characters and lone surrogates (they would break UTF-8 encoding further down). */
export function cleanQueryText(text: string): string {
  const s = typeof text === 'string' ? text : '';
  return s.replace(CONTROL, ' ').replace(LONE_SURROGATE, '\ufffd');
}

/**
 * Parses raw user text into engine-independent groups. Never throws: operators, quotes,
 * SQL, emoji and controls are just text; they either become quoted terms or vanish.
 *
 * @example parseQuery('政務公開 工作').groups // [{ whole: '政务公开', parts: ['政务', '公开'] }, { whole: '工作', parts: [] }]
 */
export function parseQuery(raw: string): ParsedQuery {
  const cleaned = cleanQueryText(raw);
  const chars = Array.from(cleaned);
  let truncated = chars.length > MAX_QUERY_CHARS;
  const text = truncated ? chars.slice(0, MAX_QUERY_CHARS).join('') : cleaned;
  const normalized = normalizeForSearch(text);

  const groups: QueryGroup[] = [];
  const terms = new Set<string>();
  const seenWords = new Set<string>();
  for (const word of normalized ? segmentForDisplay(normalized) : []) {
    if (!MEANINGFUL.test(word)) continue;
    const lower = word.toLowerCase();
    if (seenWords.has(lower)) continue;
    seenWords.add(lower);
    const pieces = segmentForQuery(word);
    if (pieces.length === 0) continue;
    const group: QueryGroup = pieces.includes(lower)
      ? { whole: lower, parts: pieces.filter((p) => p !== lower) }
      : { parts: pieces };
    const added = [group.whole, ...group.parts].filter((t): t is string => !!t && !terms.has(t));
    if (terms.size + added.length > MAX_QUERY_TERMS) {
      truncated = true;
      break;
    }
    for (const t of added) terms.add(t);
    groups.push(group);
  }

  return { groups, terms: [...terms], exactKeys: exactKeysOf(text), truncated };
}

function exactKeysOf(text: string): string[] {
  const keys = new Set<string>();
  const add = (s: string) => {
    const k = exactKey(s);
    if (k && MEANINGFUL.test(k) && k.length <= MAX_EXACT_KEY_CHARS) keys.add(k);
  };
  add(text);
  const chunks = text.trim().split(/\s+/);
  if (chunks.length > 1) for (const c of chunks.slice(0, MAX_EXACT_CHUNKS)) add(c);
  return [...keys];
}
