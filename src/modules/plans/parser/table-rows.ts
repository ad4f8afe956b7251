/**
 * Placing the cells of a flattened row under the header's columns. Flattening loses merged cells
 * (a 工作任务 spanning three rows appears once; the rows below simply have fewer cells) and
 * sometimes empty cells, so cells are not placed by position but by what they are — a sequence
 * number, a deadline, a list of units, a labelled group title, a short phrase, prose — aligned in
 * order to the columns (a small dynamic programme). Columns a row lacks are inherited from the
 * row above (merged cells) by tables.ts.
 */
import { isDeadlineExpression } from './deadline.js';
import { isTitleLike } from './heading.js';
import { isSeqCell, parseLabel } from './labels.js';
import type { Column } from './table-header.js';
import { isUnitNote } from './units.js';

export type CellType = 'empty' | 'seq' | 'deadline' | 'units' | 'group' | 'short' | 'text';

export function cellType(cell: string): CellType {
  const c = cell.trim();
  if (!c) return 'empty';
  if (isSeqCell(c) || /^\(?[一二三四五六七八九十]{1,3}\)?[、.]?$/.test(c)) return 'seq'; // 1, (2), 一, 二、
  if (isDeadlineExpression(c)) return 'deadline';
  const flat = c.replace(/\n/g, '、');
  if (flat.length <= 150 && !/。./.test(flat) && isUnitNote(flat, true)) return 'units';
  const l = parseLabel(c);
  if (l && l.strong && ['part', 'cn', 'pcn'].includes(l.type) && isTitleLike(l.rest.replace(/。$/, ''))) return 'group';
  if (c.length <= 20 && !/。/.test(c)) return 'short'; // a title or an unfamiliar unit name
  return 'text';
}

const NO = -Infinity;
const SCORE: Record<CellType, Partial<Record<Column, number>>> = {
  empty: { seq: 0.2, group: 0.2, task: 0.2, detail: 0.2, lead: 0.2, resp: 0.2, coop: 0.2, deadline: 0.2, other: 0.2 },
  seq: { seq: 3, other: 0 },
  deadline: { deadline: 3, task: -1, detail: -1, other: 0.5 },
  units: { lead: 3, resp: 3, coop: 3, task: 0.5, detail: -0.5, other: 0.5 },
  group: { group: 3, task: 2.5, detail: 1, other: 0 },
  short: { group: 1, task: 2, detail: 1.2, lead: 1, resp: 1, coop: 1, other: 0.5 },
  text: { group: 1, task: 2, detail: 2, other: 0 },
};

const DATED = /\d{4}年|\d{1,2}月|\d+个?(工作日|日|天)内|年底|年内|长期|持续|每季|每月|每年|按月|按季|常态/;

function compat(cell: string, type: CellType, col: Column, j: number): number {
  // a deadline column may hold more than a bare date ("2021年6月底前完成方案,12月底前建成")
  const base = col === 'deadline' && (type === 'text' || type === 'short') && DATED.test(cell) ? 1 : SCORE[type][col];
  if (base === undefined) return NO;
  let s = base - 0.01 * j; // ties go to the earlier column (牵头 before 责任 before 配合)
  const l = type === 'text' || type === 'short' || type === 'group' ? parseLabel(cell.trim()) : null;
  if (l && l.strong) {
    // an item's own number (1. (1)) reads as the detail; a section label (一、 (一)) as the task/group
    if ((l.type === 'ar' || l.type === 'par' || l.type === 'circ') && col === 'detail') s += 0.3;
    if ((l.type === 'cn' || l.type === 'pcn') && (col === 'task' || col === 'group')) s += 0.3;
  }
  return s;
}

export interface AlignedRow {
  /** Cell per column; undefined = the row has no cell for that column (merged from above). */
  cells: (string | undefined)[];
  /** A sequence number found outside a 序号 column (headers that lost their 序号). */
  seq: string | null;
}

/** Best order-preserving placement of `cells` under `columns`. */
export function alignRow(cells: string[], columns: Column[]): AlignedRow {
  const n = cells.length;
  const m = columns.length;
  const types = cells.map(cellType);
  // dp[i][j]: best score with the first i cells placed among the first j columns
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(NO));
  const back: (0 | 1 | 2)[][] = Array.from({ length: n + 1 }, () => new Array<0 | 1 | 2>(m + 1).fill(0));
  dp[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = dp[i][j];
      if (here === NO) continue;
      const relax = (a: number, b: number, v: number, how: 0 | 1 | 2) => {
        if (v > dp[a][b]) {
          dp[a][b] = v;
          back[a][b] = how;
        }
      };
      if (j < m) relax(i, j + 1, here, 0); // column left without a cell
      if (i < n && j < m) {
        const c = compat(cells[i], types[i], columns[j], j);
        if (c !== NO) relax(i + 1, j + 1, here + c, 1);
      }
      if (i < n) {
        // a cell with no column: a stray 序号 is kept as the row's number, an empty cell costs nothing
        const absorb = types[i] === 'seq' ? 1 : types[i] === 'empty' ? 0 : -4;
        relax(i + 1, j, here + absorb, 2);
      }
    }
  }
  const out: AlignedRow = { cells: new Array<string | undefined>(m).fill(undefined), seq: null };
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const how = back[i][j];
    if (how === 0) j--;
    else if (how === 1) {
      out.cells[j - 1] = cells[i - 1];
      i--;
      j--;
    } else {
      const unitAt = columns.findIndex((c, k) => ['lead', 'resp', 'coop'].includes(c) && out.cells[k] !== undefined);
      if (types[i - 1] === 'seq') out.seq = cells[i - 1];
      else if (types[i - 1] === 'units' && unitAt >= 0) {
        out.cells[unitAt] = `${cells[i - 1]}\n${out.cells[unitAt]}`; // more units than unit columns (a merged header)
      } else if (types[i - 1] !== 'empty') {
        // a cell nothing fits: keep its words with the nearest text column rather than lose them
        const k = columns.findIndex((c) => c === 'detail' || c === 'task');
        if (k >= 0) out.cells[k] = [out.cells[k], cells[i - 1]].filter(Boolean).join('');
      }
      i--;
    }
  }
  return out;
}
