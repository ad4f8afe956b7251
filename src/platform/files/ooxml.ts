import { maskSegments } from '../html/index.js';
import type { MaskBlock } from './types.js';

// Office Open XML text lives in leaf elements (<w:t>, <t>) inside a grouping element (a Word
// paragraph <w:p>, a shared string <si>). Rewriting only the leaves' character data, found by
// a tag scanner, keeps every other byte of the part as it was (formatting, relationships).

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character data → text. */
export function decodeXml(s: string): string {
  return s.replace(ENTITY, (whole, dec: string, hex: string, name: string) => {
    if (name) return NAMED[name];
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole; // not well-formed XML; keep as written
  });
}

/** Text → XML character data. */
export function encodeXml(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Which elements group text and which hold it. */
export interface TextSpec {
  /** e.g. `w:p` (Word paragraph) or `si` (shared string). */
  group: string;
  /** Leaf elements holding character data; each name's leaves are joined separately (`w:t` vs `w:delText`). */
  text: readonly string[];
  /** Elements whose text is not part of the group's text (phonetic runs `rPh`). */
  skip?: readonly string[];
}

/** One leaf's character data: [start, end) in the XML, decoded text. */
export interface Leaf {
  tag: string;
  start: number;
  end: number;
  text: string;
}

/**
 * Calls `visit` with the leaves of every group, innermost groups first (a text-box paragraph
 * inside a paragraph is its own group). Leaves outside any group are ignored.
 */
export function forEachGroup(xml: string, spec: TextSpec, visit: (leaves: Leaf[]) => void): void {
  const textTags = new Set(spec.text);
  const skipTags = new Set(spec.skip ?? []);
  const groups: Leaf[][] = [];
  let skipDepth = 0;
  let open: { tag: string; start: number } | null = null;
  const scanner = new RegExp(TAG.source, 'g'); // own lastIndex: visit may scan other parts
  for (let m = scanner.exec(xml); m; m = scanner.exec(xml)) {
    const [whole, closing, name, , selfClosing] = m;
    if (name === spec.group) {
      if (selfClosing) continue;
      if (!closing) groups.push([]);
      else if (groups.length > 0) visit(groups.pop()!);
    } else if (skipTags.has(name) && !selfClosing) {
      skipDepth += closing ? -1 : 1;
    } else if (textTags.has(name) && groups.length > 0 && skipDepth === 0) {
      if (!closing && !selfClosing) open = { tag: name, start: m.index + whole.length };
      else if (closing && open?.tag === name) {
        groups[groups.length - 1].push({ tag: name, start: open.start, end: m.index, text: decodeXml(xml.slice(open.start, m.index)) });
        open = null;
      }
    }
  }
}

/** Each group's text per leaf tag, joined (for extraction). */
export function groupTexts(xml: string, spec: TextSpec): string[] {
  const out: string[] = [];
  forEachGroup(xml, spec, (leaves) => {
    const text = leaves.filter((l) => l.tag === spec.text[0]).map((l) => l.text).join('');
    if (text.trim() !== '') out.push(text);
  });
  return out;
}

/** A replacement of [start, end) in a string. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits. */
export function applyEdits(s: string, edits: Edit[]): string {
  if (edits.length === 0) return s;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(s.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(s.slice(at));
  return parts.join('');
}

/**
 * Masks the text of every group: the leaves of one tag are joined, transformed once (a number
 * split across runs is seen whole) and written back into the same leaves; unchanged leaves
 * and all markup stay byte-identical.
 *
 * @throws Error when `maskBlock` changes the length.
 */
export function maskXmlText(xml: string, spec: TextSpec, maskBlock: MaskBlock): string {
  const edits: Edit[] = [];
  forEachGroup(xml, spec, (leaves) => {
    for (const tag of spec.text) {
      const own = leaves.filter((l) => l.tag === tag);
      const masked = maskSegments(own.map((l) => l.text), maskBlock);
      own.forEach((l, i) => {
        if (masked[i] !== l.text) edits.push({ start: l.start, end: l.end, text: encodeXml(masked[i]) });
      });
    }
  });
  return applyEdits(xml, edits);
}
