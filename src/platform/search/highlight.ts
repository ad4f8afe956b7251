import { toHalfWidth, toSimplified } from '../text/index.js';

/** Target snippet length in UTF-16 units (the contract says 120–160 characters). */
export const SNIPPET_CHARS = 150;
/** Characters of context kept before the first term of the chosen cluster. */
const LEAD_CHARS = 24;
/** How far back a sentence start is looked for, so snippets start at a sentence when they can. */
const SENTENCE_LOOKBACK = 40;
/** Span in which terms count as one cluster. */
const CLUSTER_SPAN = 100;
/** Occurrences looked at per text; beyond this the text is repetitive and the first ones will do. */
const MAX_OCCURRENCES = 400;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SENTENCE_END = /[。！？；!?;\n]/;
const ALNUM = /[a-z0-9]/;

export interface Occurrence {
  start: number;
  end: number;
  /** Index of the term in the term list. */
  term: number;
}

/** Escapes the five HTML-significant characters; every byte of user text goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * A copy of `text` folded like the index (simplified, half-width, ASCII lower-cased) with
 * the **same length**, so offsets found in it hold in the original. Phrase conversions that
 * change the length (rare) fall back to character-by-character folding.
 */
export function foldForMatch(text: string): string {
  const half = toHalfWidth(text);
  let folded = toSimplified(half);
  if (folded.length !== half.length) {
    folded = Array.from(half, (ch) => {
      const s = toSimplified(ch);
      return s.length === ch.length ? s : ch;
    }).join('');
  }
  return folded.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * Where the terms occur in `text`, sorted by start. Latin and digit terms only match whole
 * (the term `a` does not light up every `a` inside words).
 */
export function findOccurrences(text: string, terms: readonly string[]): Occurrence[] {
  const folded = foldForMatch(text);
  const out: Occurrence[] = [];
  terms.forEach((term, index) => {
    if (!term) return;
    const checkStart = ALNUM.test(term[0]);
    const checkEnd = ALNUM.test(term[term.length - 1]);
    let found = 0;
    for (let i = folded.indexOf(term); i !== -1 && found < MAX_OCCURRENCES; i = folded.indexOf(term, i + 1)) {
      const end = i + term.length;
      if (checkStart && i > 0 && ALNUM.test(folded[i - 1])) continue;
      if (checkEnd && end < folded.length && ALNUM.test(folded[end])) continue;
      out.push({ start: i, end, term: index });
      found++;
    }
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Escaped `text[from, to)` with the occurrences (merged where they overlap or touch) in `<mark>`. */
export function markHtml(text: string, occurrences: readonly Occurrence[], from = 0, to = text.length): string {
  const merged: [number, number][] = [];
  for (const o of occurrences) {
    const s = Math.max(o.start, from);
    const e = Math.min(o.end, to);
    if (e <= s) continue;
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let html = '';
  let pos = from;
  for (const [s, e] of merged) {
    html += collapse(escapeHtml(text.slice(pos, s))) + '<mark>' + collapse(escapeHtml(text.slice(s, e))) + '</mark>';
    pos = e;
  }
  return html + collapse(escapeHtml(text.slice(pos, to)));
}

/** The whole title, escaped, terms marked. */
export function highlightTitle(title: string, terms: readonly string[]): string {
  return markHtml(title, terms.length ? findOccurrences(title, terms) : []);
}

/**
 * About {@link SNIPPET_CHARS} characters of `text` around the densest cluster of terms
 * (most distinct terms within {@link CLUSTER_SPAN}), starting at a sentence when one starts
 * shortly before, escaped, terms marked, `…` where cut. Without any occurrence: the lead.
 */
export function snippetHtml(text: string, terms: readonly string[]): string {
  if (!text) return '';
  const occ = terms.length ? findOccurrences(text, terms) : [];
  const clusterStart = occ.length ? densestClusterStart(occ) : 0;
  let start = clusterStart;
  if (occ.length) {
    const lookFrom = Math.max(0, clusterStart - SENTENCE_LOOKBACK);
    let boundary = -1;
    for (let i = clusterStart - 1; i >= lookFrom; i--) {
      if (SENTENCE_END.test(text[i])) {
        boundary = i;
        break;
      }
    }
    start = boundary >= 0 ? boundary + 1 : Math.max(0, clusterStart - LEAD_CHARS);
    start = Math.max(0, Math.min(start, text.length - SNIPPET_CHARS)); // near the end: fill the window backwards
  }
  while (start < clusterStart && /\s/.test(text[start])) start++;
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  const body = markHtml(text, occ, start, end).trim();
  return (start > 0 ? '…' : '') + body + (end < text.length ? '…' : '');
}

function densestClusterStart(occ: readonly Occurrence[]): number {
  let best = -1;
  let bestStart = occ[0].start;
  for (let i = 0; i < occ.length; i++) {
    const distinct = new Set<number>();
    let count = 0;
    for (let j = i; j < occ.length && occ[j].start < occ[i].start + CLUSTER_SPAN; j++) {
      distinct.add(occ[j].term);
      count++;
    }
    const score = distinct.size * 1000 + Math.min(count, 999);
    if (score > best) {
      best = score;
      bestStart = occ[i].start;
    }
  }
  return bestStart;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
