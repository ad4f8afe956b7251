import type { PreparedEntry } from './entry.js';
import { indexToken, type ParsedQuery, type QueryGroup } from './query.js';

/** PostgreSQL keeps positions up to 16383 and at most 256 per lexeme. */
const MAX_POSITION = 16383;
/** A tsvector must stay under 1 MB; keep a margin for PostgreSQL's own overhead. */
const MAX_TSVECTOR_BYTES = 900_000;

/**
 * A lexeme in tsvector/tsquery literal syntax. The literal is cast with `::tsvector` /
 * `::tsquery`, which takes lexemes as they are: no parser, no dictionary touches Chinese.
 */
export function quoteLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function build(p: PreparedEntry, maxPositions: number, maxLexemes: number): { literal: string; bytes: number } {
  const lexemes = new Map<string, string[]>();
  let pos = 0;
  const add = (tokens: string[], weight: 'A' | 'B') => {
    for (const t of tokens) {
      pos = Math.min(pos + 1, MAX_POSITION);
      let list = lexemes.get(t);
      if (!list) {
        if (lexemes.size >= maxLexemes) continue;
        lexemes.set(t, (list = []));
      }
      if (list.length < maxPositions && (pos < MAX_POSITION || list.length === 0)) list.push(`${pos}${weight}`);
    }
  };
  // Weight A: title and document/index numbers; B: the text (ts_rank_cd weighs A ten times B).
  add(p.titleTokens, 'A');
  add(p.extraTokens, 'A');
  add(p.bodyTokens, 'B');
  let bytes = 0;
  const parts: string[] = [];
  for (const [t, positions] of lexemes) {
    const item = `${quoteLexeme(t)}:${positions.join(',')}`;
    bytes += Buffer.byteLength(t) + 2 * positions.length + 8;
    parts.push(item);
  }
  return { literal: parts.join(' '), bytes };
}

/**
 * The entry's tsvector as a literal: title and extra terms weight A, text weight B, with
 * positions (ts_rank_cd needs them). A huge text is thinned until it fits under 1 MB:
 * fewer positions per lexeme first, then the lexemes first seen late in the text.
 */
export function tsvectorLiteral(p: PreparedEntry): string {
  for (const maxPositions of [64, 8, 1]) {
    const r = build(p, maxPositions, Number.MAX_SAFE_INTEGER);
    if (r.bytes <= MAX_TSVECTOR_BYTES) return r.literal;
  }
  return build(p, 1, 40_000).literal;
}

function groupQuery(g: QueryGroup): string {
  const parts = g.parts.map((t) => quoteLexeme(indexToken(t)));
  const all = parts.length === 1 ? parts[0] : `(${parts.join(' & ')})`;
  if (!g.whole) return all;
  const whole = quoteLexeme(indexToken(g.whole));
  return parts.length ? `(${whole} | ${all})` : whole;
}

/**
 * The query's tsquery literal (same groups as FTS5: whole word OR all its pieces, AND
 * across words); `null` without text.
 *
 * @example tsqueryLiteral(parseQuery('政务公开')) // "('政务公开' | ('政务' & '公开'))"
 */
export function tsqueryLiteral(parsed: ParsedQuery): string | null {
  if (!parsed.groups.length) return null;
  return parsed.groups.map(groupQuery).join(' & ');
}
