/**
 * Rows of a flattened table → tasks. plan-format.md: "For a table row the path is the row's own
 * numbering (or its 序号 when the row has no outline label), under any group headings the table has."
 *
 * Rows arrive one per line (cells joined by pipes, tabs or spaces; a row broken across lines is
 * joined back) or as a stream of cells one per line (rows are cut where a new 序号 or group title
 * starts, or where a cell cannot follow the previous one). Group headings are rows with a single
 * labelled title ("一、紧扣…") or labelled cells in a spanning column (类别/工作任务 over 具体要求).
 */
import { bodyDeadline, parseDeadline } from './deadline.js';
import { isTitleLike, splitHeading } from './heading.js';
import { parseLabel, seqValue, type Label } from './labels.js';
import { collapseSpaces } from './normalize.js';
import { splitNotes } from './notes.js';
import { alignRow, cellType, type CellType } from './table-rows.js';
import { columnOf, pipeBorder, splitCells, type Column, type TableRegion } from './table-header.js';
import { emptyNote, mergeNote, type PlanTask, type UnitRole } from './types.js';
import { parseUnitNote } from './units.js';

const TEXT_TYPES: CellType[] = ['text', 'short', 'group'];
const UNIT_COLUMNS: Partial<Record<Column, UnitRole>> = { lead: 'lead', resp: 'responsible', coop: 'cooperating' };

/** Rows of a table written one row per line; continuation lines are joined to the row above. */
function lineRows(lines: string[], r: TableRegion): string[][] {
  const rows: string[][] = [];
  let open = false; // pipe rows that end without "|" continue on the next line
  for (let i = r.bodyStart; i < r.end; i++) {
    const raw = lines[i];
    const cells = splitCells(raw, r.style, pipeBorder(lines[r.start]));
    if (cells.every((c) => c === '')) continue;
    const prev = rows[rows.length - 1];
    const first = cells[0];
    const startsRow = cellType(first) === 'seq' || !!parseLabel(first)?.strong;
    const types = prev ? prev.map(cellType) : [];
    const hasWorkColumns = r.columns.some((c) => c in UNIT_COLUMNS || c === 'deadline');
    // the row above is unfinished: no units or deadline yet, a cell left dangling ("…市住建局、"),
    // or its 完成时限 arrives on this line
    const incomplete =
      !!prev &&
      ((hasWorkColumns && !types.some((t) => t === 'units' || t === 'deadline')) ||
        /[、,;:(“《]$/.test(prev.filter((c) => c !== '').pop() ?? '') ||
        (r.columns.includes('deadline') && !types.includes('deadline') && cells.some((c) => cellType(c) === 'deadline')));
    if (prev && (open || (cells.length === 1 && !startsRow) || (!startsRow && incomplete))) {
      // the fragment continues the cell it reads like (a wrapped text goes back to the text, not the date)
      const t = cellType(first);
      const like = (c: string) => (TEXT_TYPES.includes(t) ? TEXT_TYPES.includes(cellType(c)) : cellType(c) === t);
      let k = open || cells.length > 1 ? -1 : prev.map(like).lastIndexOf(true);
      if (k < 0) k = prev.map((c) => c !== '').lastIndexOf(true);
      prev[k < 0 ? prev.length - 1 : k] += first;
      prev.push(...cells.slice(1));
    } else rows.push(cells);
    open = r.style === 'pipe' && /\|\s*$/.test(lines[r.start]) && !/\|\s*$/.test(raw);
  }
  return rows;
}

/** Rows of a table written one cell per line (optionally with "|" lines between cells). */
function cellRows(lines: string[], r: TableRegion, columns: Column[]): string[][] {
  const body = lines.slice(r.bodyStart, r.end);
  const stream = body.some((l) => l.includes('|'))
    ? body.join('\n').split('|').map((c) => c.trim())
    : body.map((l) => l.trim());
  const seqAt = columns.indexOf('seq');
  const rows: string[][] = [];
  let cur: string[] = [];
  let pos = -1;
  const best = (t: CellType, from: number) => {
    for (let j = from; j < columns.length; j++) {
      const c = columns[j];
      if (t === 'seq' ? c === 'seq' : t === 'deadline' ? c === 'deadline' : t === 'units' ? c in UNIT_COLUMNS : ['group', 'task', 'detail'].includes(c) || (t === 'short' && c in UNIT_COLUMNS))
        return j;
    }
    return -1;
  };
  const flush = () => {
    if (cur.some((c) => c !== '')) rows.push(cur);
    cur = [];
    pos = -1;
  };
  for (const cell of stream) {
    const t = cellType(cell);
    if (t === 'empty') {
      if (cur.length) cur.push(cell);
      continue;
    }
    const last = [...cur].reverse().find((c) => c !== '');
    if (last && TEXT_TYPES.includes(t) && TEXT_TYPES.includes(cellType(last)) && /[,、:;“《(]$/.test(last)) {
      cur[cur.lastIndexOf(last)] = `${last}${cell}`; // one cell written over two lines
      continue;
    }
    let j = best(t, pos + 1);
    const firstWork = columns.findIndex((c) => c in UNIT_COLUMNS || c === 'deadline');
    const lastType = last ? cellType(last) : 'empty';
    if (j < 0 && last && TEXT_TYPES.includes(t) && TEXT_TYPES.includes(lastType) && firstWork > pos) {
      // a second paragraph of the same cell (a .docx cell "1.…" "2.…"), before the unit columns
      cur[cur.lastIndexOf(last)] = `${last}${cell}`;
      continue;
    }
    if (j < 0 && last && t === 'units' && lastType === 'units') {
      cur[cur.lastIndexOf(last)] = `${last}\n${cell}`; // one unit per paragraph in the same cell
      continue;
    }
    // a 序号 starts a row (without a 序号 column the first pass only learns where the number sits)
    const newSeq = t === 'seq' && seqAt >= 0 && cur.some((c) => c !== '') && (seqAt === 0 || pos >= seqAt);
    const newGroup = t === 'group' && cur.some((c) => c !== '' && cellType(c) !== 'group');
    if (newSeq || newGroup || (j < 0 && t !== 'seq')) {
      flush();
      j = best(t, 0);
    }
    cur.push(cell);
    if (j >= 0) pos = j;
  }
  flush();
  return rows;
}

/** A header without 序号 whose rows carry one: insert the column where the first row has it. */
function withImplicitSeq(columns: Column[], rows: string[][]): Column[] {
  if (columns.includes('seq')) return columns;
  for (const row of rows) {
    const k = row.filter((c) => c !== '').findIndex((c) => cellType(c) === 'seq');
    if (k >= 0) return [...columns.slice(0, Math.min(k, columns.length)), 'seq', ...columns.slice(Math.min(k, columns.length))];
  }
  return columns;
}

const flat = (s: string | undefined) => collapseSpaces((s ?? '').replace(/\n/g, ''));

/** What a table leaves to the next one when its header repeats (a table broken over pages). */
export interface TableContext {
  columns: Column[];
  groups: Label[];
  counter: number;
}

/** Tasks of one table. `year`: the plan's year for deadlines without one. */
export function tableTasks(lines: string[], r: TableRegion, year: number | null, carry?: TableContext): { tasks: PlanTask[]; context: TableContext } {
  const clean = lines.map((l) => l.trim());
  let columns = r.columns;
  let rows = (r.style === 'cells' ? cellRows(clean, r, columns) : lineRows(clean, r)).filter((row) => !isSubHeader(row));
  const implicit = withImplicitSeq(columns, rows);
  if (implicit !== columns) {
    columns = implicit;
    if (r.style === 'cells') rows = cellRows(clean, r, columns).filter((row) => !isSubHeader(row));
  }
  const col = (c: Column) => columns.indexOf(c);
  const continued = carry && carry.columns.join() === r.columns.join();
  const groups: Label[] = continued ? [...carry.groups] : [];
  const pushGroup = (l: Label) => {
    const at = groups.findIndex((g) => g.type === l.type);
    if (at >= 0) groups.length = at;
    groups.push(l);
  };
  const byPath = new Map<string, PlanTask>();
  let prev: (string | undefined)[] = [];
  let counter = continued ? carry.counter : 0;

  for (const cells of rows) {
    const filled = cells.map(flat).filter(Boolean);
    if (!filled.length) continue;
    if (filled.length === 1) {
      const l = parseLabel(filled[0]);
      if (l && l.strong && isTitleLike(l.rest.replace(/。$/, ''))) {
        pushGroup(l); // a group heading row spanning the table
        prev = [];
        continue;
      }
    }
    const row = alignRow(cells.map((c) => c.trim()), columns);
    const seq = flat(row.cells[col('seq')]) || row.seq;
    const seqLabel = seq && /[一二三四五六七八九十]/.test(seq) ? parseLabel(seq.startsWith('(') ? seq : `${seq.replace(/[、.]$/, '')}、`) : null;
    // judged on the row's own cells, before merged cells are inherited from the row above
    const hasWork = columns.some((c, k) => (c in UNIT_COLUMNS || c === 'deadline') && !!flat(row.cells[k]));
    if (seqLabel && !hasWork) {
      pushGroup(seqLabel); // "一 | 推进决策公开 | | ": a group row numbered in the 序号 column
      prev = [];
      continue;
    }
    const detailAt = col('detail');
    const hasDetail = detailAt >= 0 && !!flat(row.cells[detailAt]);
    columns.forEach((c, k) => {
      if (prev[k] === undefined) return;
      // merged cells: absent from the row, or (spreadsheet exports) present but empty for the task/group columns
      const spans = c === 'group' || (c === 'task' && hasDetail);
      if (row.cells[k] === undefined ? spans || (r.style !== 'cells' && (c in UNIT_COLUMNS || c === 'deadline')) : spans && !flat(row.cells[k])) row.cells[k] = prev[k];
    });
    columns.forEach((c, k) => {
      const fresh = row.cells[k] !== prev[k];
      const l = parseLabel(flat(row.cells[k]));
      if (fresh && l && l.strong && (c === 'group' || (c === 'task' && hasDetail))) pushGroup(l);
    });
    prev = row.cells;
    const taskCell = flat(row.cells[col('task')]);
    const own = hasDetail ? flat(row.cells[detailAt]) : taskCell || flat(row.cells[detailAt]);
    if (!own) continue;

    const label = parseLabel(own) ?? seqLabel;
    // "1.…2.…" inside a cell whose row is numbered 3 is an enumeration, not the row's number
    const inner = label && label.type === 'ar' && seq && /^\d/.test(seq) && seqValue(seq) !== String(label.value);
    const ownLabel = label && label.strong && !inner ? label : null;
    const stack = [...groups];
    let path: string[];
    if (ownLabel) {
      const at = stack.findIndex((g) => g.type === ownLabel.type);
      if (at >= 0) stack.length = at;
      path = [...stack.map((g) => g.text), ownLabel.text];
    } else if (seq && /\d/.test(seq)) path = [...stack.map((g) => g.text), seqValue(seq)];
    else path = stack.length ? stack.map((g) => g.text) : [String(++counter)];

    const split = splitNotes(ownLabel && ownLabel !== seqLabel ? ownLabel.rest : own);
    let { heading, text } = splitHeading(split.text);
    if (hasDetail && taskCell && !parseLabel(taskCell)?.strong) {
      heading = taskCell.replace(/。$/, '');
      text = split.text;
    }
    const note = emptyNote();
    columns.forEach((c, k) => {
      const role = UNIT_COLUMNS[c];
      if (role && row.cells[k]) mergeNote(note, parseUnitNote(row.cells[k]!.trim().replace(/\n/g, ','), role));
    });
    for (const n of split.notes) mergeNote(note, parseUnitNote(n));
    // the 完成时限 cell, else a note in the text; a body date only when the row has neither (plan-format.md)
    const dlCell = flat(row.cells[col('deadline')]);
    const deadline = dlCell
      ? parseDeadline(dlCell, year)
      : note.deadlines.length
        ? parseDeadline(note.deadlines[0], year)
        : col('deadline') < 0 && !split.notes.length
          ? bodyDeadline(split.text, year)
          : null;

    const key = path.join('/');
    const seen = byPath.get(key);
    if (seen) {
      // rows without numbers of their own under one group: one task (its path identifies it)
      seen.text = [seen.text, text].filter(Boolean).join('');
      const merged = mergeNote({ lead: seen.lead, responsible: seen.responsible, cooperating: seen.cooperating, deadlines: [] }, note);
      Object.assign(seen, { lead: merged.lead, responsible: merged.responsible, cooperating: merged.cooperating });
      seen.deadline ??= deadline;
      continue;
    }
    byPath.set(key, { path, heading, text, lead: note.lead, responsible: note.responsible, cooperating: note.cooperating, deadline });
  }
  return { tasks: [...byPath.values()], context: { columns: r.columns, groups, counter } };
}

/** A second header row under a merged one ("| | 牵头单位 | 配合单位 |"): only column names. */
function isSubHeader(row: string[]): boolean {
  const filled = row.map((c) => c.trim()).filter(Boolean);
  return filled.length > 0 && filled.every((c) => columnOf(c) !== null && cellType(c) !== 'seq');
}
