/**
 * Outline prose → a tree of numbered items. The hierarchy is by label TYPE in order of first
 * appearance, not by fixed depth: a label of a type already open closes everything below it and
 * becomes its sibling; a new type opens a level under the current item. So (N) numbering that
 * continues across sections keeps its labels (hubei (五) under 二、 is ["二","(五)"]), and 1. may sit
 * under 一、 in one section and under (一) in another.
 *
 * Unlabelled paragraphs belong to the item open above them. After the last item, a paragraph
 * that addresses the whole plan ("各地各部门要高度重视本要点…") belongs to no task, nor do
 * signatures, dates and furniture (plan-format.md "Decisions on edge cases").
 */
import { isAttachmentMarker, isDateLine, isFurniture, isOrgLine } from './furniture.js';
import { isTitleLike } from './heading.js';
import { parseLabel, type Label } from './labels.js';
import { collapseSpaces } from './normalize.js';
import { splitNotes } from './notes.js';

export interface OutlineNode {
  label: Label;
  path: string[];
  parent: OutlineNode | null;
  children: OutlineNode[];
  /** The label line without its label. */
  head: string;
  /** Unlabelled paragraphs that follow the label line. */
  paras: string[];
  /** Line indexes that make up this node (for metadata: never read a task's text as furniture). */
  lines: number[];
  /** A table followed while this item was open and had no text of its own: its content is the table. */
  ownsTable: boolean;
}

export interface Outline {
  nodes: OutlineNode[];
  /** Index of the first labelled line, or lines.length. */
  firstLabel: number;
}

/** A paragraph that addresses the whole plan rather than continuing the last item. */
const CLOSING =
  /^(各地|各级|各部门|各单位|各县|各市|各区|各乡镇|各有关|各相关|全市各|全县各|全区各)|本要点|本方案|本计划|本意见|本通知|本清单|上述(各项)?任务|以上(各项)?任务|各项(工作)?任务|高度重视|认真(抓好|组织)?(贯彻)?落实|防止简单地?以文件落实文件/;

// A label glued after the end of a sentence or a note on the same line: "…前)2.加大…".
const GLUED = /[。;)](?=\s*(?:\(\s*[一二三四五六七八九十]{1,3}\s*\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?!\d)|\(\s*\d{1,2}\s*\)|[①-⑳⑴-⒇]))/g;

export function buildOutline(lines: string[], tableEndAt: (i: number) => number): Outline {
  const nodes: OutlineNode[] = [];
  let stack: OutlineNode[] = [];
  let firstLabel = lines.length;

  const expectedNext = (label: Label) => stack.some((n) => n.label.type === label.type && n.label.value + 1 === label.value);

  /** A weak label ("一 工作目标", "3加强…") is accepted only inside its sequence. */
  const accept = (label: Label, i: number): boolean => {
    if (label.strong) return true;
    if (expectedNext(label)) return true;
    if (label.value !== 1 || stack.some((n) => n.label.type === label.type)) return false;
    for (let j = i + 1; j < Math.min(lines.length, i + 300); j++) {
      const l = parseLabel(collapseSpaces(lines[j]));
      if (l && l.type === label.type) return l.value === 2;
    }
    return false;
  };

  const open = (label: Label, head: string, i: number): OutlineNode => {
    const at = stack.findIndex((n) => n.label.type === label.type);
    if (at >= 0) stack = stack.slice(0, at);
    const parent = stack.length ? stack[stack.length - 1] : null;
    const node: OutlineNode = {
      label,
      path: [...(parent?.path ?? []), label.text],
      parent,
      children: [],
      head,
      paras: [],
      lines: [i],
      ownsTable: false,
    };
    parent?.children.push(node);
    nodes.push(node);
    stack.push(node);
    firstLabel = Math.min(firstLabel, i);
    return node;
  };

  /**
   * Splits "…工作。2.加大…" when the glued label is the next one of an open sequence, or
   * "(一)标题。1.…(note)2.…" where a title is followed by a new list whose 2 follows too
   * (line breaks lost in copy-paste). An enumeration inside a sentence ("包括:1.…;2.…") stays.
   */
  const splitGlued = (text: string, isHead: boolean): [string, string | null] => {
    for (const m of text.matchAll(GLUED)) {
      const before = text.slice(0, m.index! + 1);
      const rest = text.slice(m.index! + 1).trimStart();
      const l = parseLabel(rest);
      if (!l || !l.strong) continue;
      if (expectedNext(l)) return [before, rest];
      const opensList = l.value === 1 && isHead && !stack.some((n) => n.label.type === l.type) && isTitleLike(before.replace(/。$/, ''));
      if (opensList && [...rest.matchAll(GLUED)].some((g) => parseLabel(rest.slice(g.index! + 1).trimStart())?.value === 2)) return [before, rest];
    }
    return [text, null];
  };

  const process = (line: string, i: number, raw = line) => {
    const top0 = stack[stack.length - 1];
    if (top0 && unclosed(top0.paras.length ? top0.paras[top0.paras.length - 1] : top0.head) && !parseLabel(line)?.strong) {
      // a line broken inside a bracket (a note wrapped by a PDF or a narrow page): it goes on
      if (top0.paras.length) top0.paras[top0.paras.length - 1] += line;
      else top0.head += line;
      if (!top0.lines.includes(i)) top0.lines.push(i);
      return;
    }
    const label = parseLabel(line);
    if (label && accept(label, i)) {
      const node = open(label, '', i);
      const [head, rest] = splitGlued(titleGap(raw) ?? label.rest, true);
      node.head = head;
      if (rest) process(rest, i);
      return;
    }
    const top = stack[stack.length - 1];
    if (!top) return; // preamble, cover letter: not part of any task
    const [para, rest] = splitGlued(line, false);
    if (top.head === '' && !top.paras.length) top.head = para; // the label stood alone on its line
    else top.paras.push(para);
    if (!top.lines.includes(i)) top.lines.push(i);
    if (rest) process(rest, i);
  };

  let attachmentList = false;
  for (let i = 0; i < lines.length; i++) {
    const end = tableEndAt(i);
    if (end > i) {
      const top = stack[stack.length - 1];
      if (top && !hasBody(top)) top.ownsTable = true; // its content is the table's rows (with their own paths)
      i = end - 1; // the outline goes on after the table: "(一)… [table] (二)…"

      continue;
    }
    const line = collapseSpaces(lines[i]);
    if (isAttachmentMarker(line)) {
      stack = [];
      attachmentList = /:\s*\d/.test(line); // "附件:1.…任务清单" lists attachments, one per line
      continue;
    }
    if (attachmentList && /^\d{1,2}[.、]/.test(line) && ATTACHMENT_TITLE.test(line)) continue;
    attachmentList = false;
    if (isOrgLine(line) && i + 1 < lines.length && isDateLine(lines[i + 1])) {
      stack = []; // a signature ends the document (or the cover letter before an attachment)
      i++;
      continue;
    }
    if (isDateLine(line) || isFurniture(line)) continue;
    process(line, i, lines[i]);
  }
  dropClosing(nodes);
  return { nodes, firstLabel };
}

const ATTACHMENT_TITLE = /(表|清单|方案|要点|办法|目录|细则|计划|台账|一览表)$/;

/**
 * "(一)加强组织领导  各单位要…": a title set off from its text by a wide gap (two spaces or an
 * ideographic space) instead of 。; returns the line with the gap read as the end of the title.
 */
function titleGap(raw: string): string | null {
  const label = parseLabel(raw.trim());
  const m = label?.rest.match(/^([^\s,。;:]{2,30})\s{2,}(\S.*)$/);
  return m && isTitleLike(m[1]) ? `${m[1]}。${collapseSpaces(m[2])}` : null;
}

function unclosed(s: string): boolean {
  return (s.match(/[([【]/g) ?? []).length > (s.match(/[)\]】]/g) ?? []).length;
}

/** Whether the item has text beyond a title: "标题。正文…" on its line, or paragraphs. */
export function hasBody(node: OutlineNode): boolean {
  if (node.paras.length) return true;
  const head = splitNotes(node.head).text;
  const dot = head.indexOf('。');
  return (dot >= 0 && dot < head.length - 1) || head.length > 40;
}

/** Cuts the closing paragraph(s) after the last item (they address the whole plan). */
function dropClosing(nodes: OutlineNode[]): void {
  const last = nodes[nodes.length - 1];
  if (!last || !last.paras.length) return;
  const head = splitNotes(last.head).text;
  const dot = head.indexOf('。');
  const inline = (dot >= 0 && dot < head.length - 1) || head.length > 40; // the label line has a body of its own
  for (let k = 0; k < last.paras.length; k++) {
    const para = last.paras[k];
    if (k === 0 && !inline) continue; // a title line's body
    if (splitNotes(para).notes.length) continue;
    if (CLOSING.test(para)) {
      last.paras = last.paras.slice(0, k);
      last.lines = last.lines.slice(0, 1 + k);
      return;
    }
  }
}
