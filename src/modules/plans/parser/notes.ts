/**
 * Finding the unit notes of a paragraph (plan-format.md: "each item's units and deadline in a
 * closing parenthesis"). A note is a bracket group whose content reads as a note (units.ts),
 * at a sentence boundary; or an unbracketed field run ("…工作。责任单位:市财政局;完成时限:
 * 2021年底前。"); or a closing sentence that is only a role phrase ("市财政局牵头落实。").
 * Ordinary brackets — (菏政办发〔2021〕10号), (管委会), (机构), (IPv6), 开放月(8月) — are text.
 */
import { FIELD_ANYWHERE, isUnitNote } from './units.js';

interface Group {
  start: number;
  end: number; // index of the closing bracket
  content: string;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '【': '】' };

/** Top-level bracket groups, nesting respected: "(…各县(市、区)政府牵头)". */
function groups(s: string): Group[] {
  const out: Group[] = [];
  const stack: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch in OPENERS) {
      if (stack.length === 0) start = i;
      stack.push(OPENERS[ch]);
    } else if (stack.length && ch === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) out.push({ start, end: i, content: s.slice(start + 1, i) });
    }
  }
  return out;
}

// A role phrase that makes up a whole closing sentence ends with its verb.
const CLOSING_VERB = /(牵头落实|牵头负责|牵头|负责落实|分别落实|按职责分工负责|按照职责分工负责|按职责分工落实|分别负责|负责|配合落实|配合|落实)$/;

export interface NoteSplit {
  /** The paragraph without its notes. */
  text: string;
  /** The notes' contents, without brackets, in order. */
  notes: string[];
}

/** Splits one paragraph into its text and its unit notes. */
export function splitNotes(paragraph: string): NoteSplit {
  const notes: string[] = [];
  const cut: Group[] = [];
  const gs = groups(paragraph);
  // Walk from the end: a group followed only by punctuation or by another note is "closing".
  let closingFrom = paragraph.length;
  for (let k = gs.length - 1; k >= 0; k--) {
    const g = gs[k];
    const after = paragraph.slice(g.end + 1, closingFrom);
    const before = paragraph.slice(0, g.start).trimEnd().slice(-1);
    const atEnd = /^[\s。;,.、]*$/.test(after);
    const boundary = atEnd || /^\s*[。;,、]/.test(after) || /[。;]/.test(before);
    if (boundary && isUnitNote(g.content, atEnd || before === '。')) {
      cut.unshift(g);
      if (atEnd) closingFrom = g.start;
    }
  }
  let text = '';
  let pos = 0;
  for (const g of cut) {
    text += paragraph.slice(pos, g.start);
    notes.push(g.content.trim());
    pos = g.end + 1;
  }
  text += paragraph.slice(pos);
  text = text.replace(/\s+([。;,])/g, '$1');

  // An unbracketed field run closes the paragraph: "…。责任单位:市财政局;完成时限:2021年底前".
  const f = text.match(FIELD_ANYWHERE);
  if (f && f.index !== undefined) {
    notes.push(text.slice(f.index).trim());
    text = text.slice(0, f.index);
  } else {
    // A closing sentence that is only a role phrase: "…工作。市财政局牵头落实。"
    const m = text.match(/(^|[。;])([^。;]{2,80})[。;]?\s*$/);
    if (m) {
      const sentence = m[2].trim();
      if (CLOSING_VERB.test(sentence) && isUnitNote(sentence, false)) {
        notes.push(sentence);
        text = text.slice(0, (m.index ?? 0) + m[1].length);
      }
    }
  }
  return { text: text.replace(/[,;、\s]+$/, '').trim(), notes };
}
