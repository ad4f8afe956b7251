/**
 * parsePlan: the text of a work plan (工作要点, 分工方案, 实施方案, 任务清单) → its task ledger in the
 * JSON of ../shared/docs/plan-format.md. Pure: no I/O, no database.
 *
 *   normalize.ts   width, traditional → simplified, pinyin glosses, 文号 repair, stray spaces
 *   table-header   flattened tables found first (their lines are not outline prose)
 *   outline.ts     numbered items → tree; leaves that carry work are tasks
 *   notes/units    the unit-note grammar: who leads, who is responsible, who cooperates
 *   deadline.ts    完成时限 values → date and kind
 *   meta.ts        title, issuer, 文号 from the front matter and the furniture
 */
import { bodyDeadline, parseDeadline } from './deadline.js';
import { splitHeading } from './heading.js';
import { extractMeta } from './meta.js';
import { normalizeText } from './normalize.js';
import { splitNotes } from './notes.js';
import { buildOutline, hasBody, type OutlineNode } from './outline.js';
import { findTables } from './table-header.js';
import { tableTasks, type TableContext } from './tables.js';
import { emptyNote, mergeNote, type ParsedPlan, type PlanTask } from './types.js';
import { parseUnitNote } from './units.js';

/** Goal-only sections are not tasks even with prose bodies (plan-format.md), nor is anything under them. */
const GOAL_WORDS =
  '总体要求|指导思想|工作目标|总体目标|主要目标|目标任务|基本原则|工作原则|目标要求|发展目标|工作思路|总体思路|基本思路|编制依据|适用范围|目标|原则|工作依据|任务目标|总体安排|目标原则|主要原则|基本要求|基本遵循|背景意义|重要意义';
const GOAL = new RegExp(`^(?:(?:${GOAL_WORDS})(?:[和与及、]|$))+$`);

function titleOf(node: OutlineNode): string {
  const head = splitNotes(node.head).text;
  return (splitHeading(head).heading ?? head.slice(0, 20)).replace(/[。:]$/, '');
}

function underGoal(node: OutlineNode): boolean {
  for (let n: OutlineNode | null = node; n; n = n.parent) if (GOAL.test(titleOf(n))) return true;
  return false;
}

/** A leaf item → its task: heading, text without notes, units of all its notes, deadline. */
function nodeTask(node: OutlineNode, year: number | null): PlanTask | null {
  const head = splitNotes(node.head);
  const { heading, text: rest } = splitHeading(head.text);
  const paras = node.paras.map(splitNotes);
  const text = [rest, ...paras.map((p) => p.text)].filter(Boolean).join('');
  const notes = [...head.notes, ...paras.flatMap((p) => p.notes)];
  const note = emptyNote();
  for (const n of notes) mergeNote(note, parseUnitNote(n));
  // a body date is a deadline only when the task has no note at all (plan-format.md)
  const deadline = note.deadlines.length ? parseDeadline(note.deadlines[0], year) : notes.length ? null : bodyDeadline(text, year);
  if (!heading && !text && !notes.length) return null;
  return { path: node.path, heading, text, lead: note.lead, responsible: note.responsible, cooperating: note.cooperating, deadline };
}

function isTaskNode(node: OutlineNode): boolean {
  if (node.children.length || node.ownsTable || underGoal(node)) return false;
  // a top-level title with nothing under it (e.g. a section whose content is elsewhere) carries no work
  const head = splitNotes(node.head);
  return !!node.parent || hasBody(node) || head.notes.length > 0 || splitHeading(head.text).heading === null;
}

/**
 * The plan's year when neither its title, its 文号 nor its date says it: the year most deadlines
 * name ("2018年底前", "2021年6月底前"), so that "9月底前" elsewhere in the plan gets that year.
 */
function commonYear(lines: string[]): number | null {
  const count = new Map<number, number>();
  for (const l of lines) for (const m of l.matchAll(/((?:19|20)\d{2})年(?:\d{1,2}月|年?底|末|内)/g)) count.set(Number(m[1]), (count.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of count) if (best === null || n > count.get(best)!) best = y;
  return best;
}

export function parsePlan(input: string): ParsedPlan {
  const lines = normalizeText(input);
  const tables = findTables(lines);
  const outline = buildOutline(lines, (i) => tables.find((t) => t.start === i)?.end ?? -1);
  const taskNodes = outline.nodes.filter(isTaskNode);

  const bodyLines = new Set<number>(taskNodes.flatMap((n) => n.lines));
  for (const t of tables) for (let i = t.start; i < t.end; i++) bodyLines.add(i);
  const bodyStart = Math.min(outline.firstLabel, tables[0]?.start ?? lines.length);
  const meta = extractMeta(lines, bodyStart, (i) => bodyLines.has(i));
  meta.year ??= commonYear(lines);

  // tasks in document order; a path seen twice keeps its first task, as the scorer does
  const placed: { at: number; task: PlanTask }[] = [];
  for (const n of taskNodes) {
    const task = nodeTask(n, meta.year);
    if (task) placed.push({ at: n.lines[0], task });
  }
  let context: TableContext | undefined;
  for (const t of tables) {
    // a header repeated right after the previous table (a page break) continues its groups and numbering
    const adjacent = context && tables.indexOf(t) > 0 && tables[tables.indexOf(t) - 1].end === t.start;
    const r = tableTasks(lines, t, meta.year, adjacent ? context : undefined);
    context = r.context;
    for (const task of r.tasks) placed.push({ at: t.start, task });
  }
  placed.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const tasks = placed.map((p) => p.task).filter((t) => !seen.has(t.path.join('/')) && !!seen.add(t.path.join('/')));
  return { title: meta.title, issuer: meta.issuer, docNumber: meta.docNumber, tasks };
}
