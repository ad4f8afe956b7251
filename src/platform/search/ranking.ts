import type { QueryGroup } from './query.js';

/** A query word in the title counts three times a saturated body match ("strong title boost"). */
export const TITLE_WEIGHT = 3;
export const BODY_WEIGHT = 1;
/** A word matched only through its pieces (政务 + 公开 for 政务公开) earns this share. */
const PIECES_CREDIT = 0.6;
/** bm25's k1: the 1st occurrence counts most, later ones less and less. */
const K1 = 1.2;
/** One-character words (的, 号) say little about relevance. */
const SHORT_WORD_WEIGHT = 0.3;

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

function weight(g: QueryGroup): number {
  return Array.from(g.whole ?? g.parts.join('')).length >= 2 ? 1 : SHORT_WORD_WEIGHT;
}

/** 1 when the word is in the (normalized) title, {@link PIECES_CREDIT} when all its pieces are, else 0. */
export function titleMatch(g: QueryGroup, titleNorm: string): number {
  if (g.whole && titleNorm.includes(g.whole)) return 1;
  if (g.parts.length && g.parts.every((p) => titleNorm.includes(p))) return g.whole ? PIECES_CREDIT : 1;
  return 0;
}

/** Occurrences of the word in the body (pieces: the rarest piece's count, discounted). */
export function bodyFrequency(g: QueryGroup, bodyLower: string): number {
  const whole = g.whole ? count(bodyLower, g.whole) : 0;
  if (whole > 0 || !g.parts.length) return whole;
  const pieces = Math.min(...g.parts.map((p) => count(bodyLower, p)));
  return g.whole ? pieces * PIECES_CREDIT : pieces;
}

/**
 * Text relevance in 0…1 computed in the app from the stored title and snippet text:
 * per query word, title presence × {@link TITLE_WEIGHT} plus bm25-saturated body frequency
 * × {@link BODY_WEIGHT}, averaged over the words. `bodyLower` null: the body part is not
 * computed (coarse ranking; it can only add).
 *
 * Why not FTS5 bm25(): it computes each term's idf by walking the term's whole doclist on
 * every statement, so one query on a common term costs O(matches), far over the 50 ms
 * budget at 1M documents. Without idf all words weigh the same (short ones less).
 */
export function textRelevance(groups: readonly QueryGroup[], titleNorm: string, bodyLower: string | null): number {
  let got = 0;
  let max = 0;
  for (const g of groups) {
    const w = weight(g);
    max += w * (TITLE_WEIGHT + BODY_WEIGHT);
    got += w * TITLE_WEIGHT * titleMatch(g, titleNorm);
    if (bodyLower !== null) {
      const tf = bodyFrequency(g, bodyLower);
      got += (w * BODY_WEIGHT * tf) / (tf + K1);
    }
  }
  return max > 0 ? got / max : 0;
}
