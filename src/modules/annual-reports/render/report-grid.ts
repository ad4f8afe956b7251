/**
 * The three statutory tables as layout-neutral grids (cells with row/column spans), built once from the
 * report so that the HTML, DOCX and PDF renderers draw the same merged cells in the same places as the
 * official format (国办公开办函〔2021〕30号; shared/docs/domain.md §2.2–2.4).
 */
import {
  type AnnualReport,
  type ColumnKey,
  type ResultRowKey,
  type ReviewCellKey,
  type ReviewGroupKey,
  type RowKey,
  COLUMN_KEYS,
  COLUMN_LABELS,
  DOCUMENT_COUNT_LABELS,
  PROACTIVE_LABELS,
  RESULT_GROUPS,
  REVIEW_CELL_KEYS,
  REVIEW_CELL_LABELS,
  REVIEW_GROUP_LABELS,
  ROW_LABELS,
  SECTION_TITLES,
  rowFullLabel,
} from '../report-shape.js';
import { formatNumber } from './report-text.js';

/** Header texts of the official tables that report-shape.ts does not carry (they label no figure). */
export const TABLE_LABELS = {
  content: '信息内容',
  decisions: '本年处理决定数量',
  feeAmount: '本年收费金额（单位：万元）',
  applicants: '申请人情况',
  legalPersons: '法人或其他组织',
  results: '三、本年度办理结果',
  crossCheckNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
} as const;

/** 'colHead' and 'rowHead' are header cells; 'note' is table 三's top-left remark. */
export type CellKind = 'colHead' | 'rowHead' | 'value' | 'note';

export interface GridCell {
  text: string;
  kind: CellKind;
  rowSpan?: number;
  colSpan?: number;
  /** Key of a figure, as used by `highlight`: `${row}:${column}` in table 三, `${group}:${cell}` in 四, `${item}:${field}` in 二. */
  key?: string;
  /** Table 三's figures: where the drill-down link of a cell points to. */
  at?: { row: RowKey; column: ColumnKey };
  /** What a figure is, spelled out (accessible name of its link). */
  label?: string;
}

export type TableId = 'proactive' | 'requests' | 'reviewLitigation';

export interface Grid {
  id: TableId;
  caption: string;
  /** Relative column widths (roughly in characters of the table font). */
  widths: number[];
  /** Header rows (repeated after a page break). */
  head: GridCell[][];
  /** Body row groups (HTML tbody); a group's all-header rows are its own column headers. */
  groups: GridCell[][][];
}

export const cellKey = (row: RowKey, column: ColumnKey): string => `${row}:${column}`;
export const reviewCellKey = (group: ReviewGroupKey, cell: ReviewCellKey): string => `${group}:${cell}`;
export const proactiveCellKey = (item: keyof AnnualReport['proactive'], field: string): string => `${item}:${field}`;

/** A figure of table 三, read through `requests.columns` so a file with its own column order still reads right. */
export function cellValue(report: AnnualReport, row: RowKey, column: ColumnKey): number {
  const i = report.requests.columns.indexOf(column);
  return report.requests.rows[row]?.[i >= 0 ? i : COLUMN_KEYS.indexOf(column)] ?? 0;
}

const head = (text: string, span: Partial<GridCell> = {}): GridCell => ({ text, kind: 'colHead', ...span });
const rowHead = (text: string, span: Partial<GridCell> = {}): GridCell => ({ text, kind: 'rowHead', ...span });
const value = (n: number, key: string, label: string, span: Partial<GridCell> = {}): GridCell => ({ text: formatNumber(n), kind: 'value', key, label, ...span });

/** Table 二: one block per 第二十条 item, each with its own 信息内容 header row; four columns. */
export function proactiveGrid(report: AnnualReport): Grid {
  const p = report.proactive;
  const counts = (item: 'regulations' | 'normativeDocuments') =>
    [rowHead(PROACTIVE_LABELS[item].label), ...(['issued', 'repealed', 'inForce'] as const).map((f) =>
      value(p[item][f], proactiveCellKey(item, f), `${PROACTIVE_LABELS[item].label}${DOCUMENT_COUNT_LABELS[f]}`))];
  const single = (item: 'licensing' | 'punishment' | 'enforcement', n: number) =>
    [rowHead(PROACTIVE_LABELS[item].label), value(n, proactiveCellKey(item, 'decisions'), `${PROACTIVE_LABELS[item].label}${TABLE_LABELS.decisions}`, { colSpan: 3 })];
  const block = (article: string, columnHead: GridCell[], rows: GridCell[][]) => [[head(article, { colSpan: 4 })], [head(TABLE_LABELS.content), ...columnHead], ...rows];
  return {
    id: 'proactive',
    caption: SECTION_TITLES.proactive,
    widths: [8, 6, 6, 6],
    head: [],
    groups: [
      block(PROACTIVE_LABELS.regulations.article, Object.values(DOCUMENT_COUNT_LABELS).map((t) => head(t)), [counts('regulations'), counts('normativeDocuments')]),
      block(PROACTIVE_LABELS.licensing.article, [head(TABLE_LABELS.decisions, { colSpan: 3 })], [single('licensing', p.licensing.decisions)]),
      block(PROACTIVE_LABELS.punishment.article, [head(TABLE_LABELS.decisions, { colSpan: 3 })], [single('punishment', p.punishment.decisions), single('enforcement', p.enforcement.decisions)]),
      block(PROACTIVE_LABELS.fees.article, [head(TABLE_LABELS.feeAmount, { colSpan: 3 })], [
        [rowHead(PROACTIVE_LABELS.fees.label), value(p.fees.amountTenThousandYuan, proactiveCellKey('fees', 'amountTenThousandYuan'), `${PROACTIVE_LABELS.fees.label}${TABLE_LABELS.feeAmount}`, { colSpan: 3 })],
      ]),
    ],
  };
}

const columnName = (c: ColumnKey) => (c === 'natural' || c === 'total' ? COLUMN_LABELS[c] : `${TABLE_LABELS.legalPersons}（${COLUMN_LABELS[c]}）`);

/** Table 三: three label columns (一…四 / (一)…(七) / leaves) under the 勾稽关系 note, then the seven applicant columns. */
export function requestsGrid(report: AnnualReport): Grid {
  const figures = (row: RowKey) =>
    COLUMN_KEYS.map((column): GridCell => ({ ...value(cellValue(report, row, column), cellKey(row, column), `${rowFullLabel(row)}，${columnName(column)}`), at: { row, column } }));
  const legal = COLUMN_KEYS.filter((c) => c !== 'natural' && c !== 'total');
  const resultRows: GridCell[][] = [];
  for (const g of RESULT_GROUPS) {
    if (g.rows.length === 1) resultRows.push([rowHead(ROW_LABELS[g.rows[0]], { colSpan: 2 }), ...figures(g.rows[0])]);
    else g.rows.forEach((r: ResultRowKey, i) => resultRows.push([...(i === 0 ? [rowHead(g.label, { rowSpan: g.rows.length })] : []), rowHead(ROW_LABELS[r]), ...figures(r)]));
  }
  resultRows.push([rowHead(ROW_LABELS.total, { colSpan: 2 }), ...figures('total')]);
  resultRows[0].unshift(rowHead(TABLE_LABELS.results, { rowSpan: resultRows.length }));
  return {
    id: 'requests',
    caption: SECTION_TITLES.requests,
    widths: [2.4, 3.6, 9, ...COLUMN_KEYS.map(() => 2.6)],
    head: [
      [{ text: TABLE_LABELS.crossCheckNote, kind: 'note', rowSpan: 3, colSpan: 3 }, head(TABLE_LABELS.applicants, { colSpan: 7 })],
      [head(COLUMN_LABELS.natural, { rowSpan: 2 }), head(TABLE_LABELS.legalPersons, { colSpan: 5 }), head(COLUMN_LABELS.total, { rowSpan: 2 })],
      legal.map((c) => head(COLUMN_LABELS[c])),
    ],
    groups: [[
      [rowHead(ROW_LABELS.newReceived, { colSpan: 3 }), ...figures('newReceived')],
      [rowHead(ROW_LABELS.carriedOver, { colSpan: 3 }), ...figures('carriedOver')],
      ...resultRows,
      [rowHead(ROW_LABELS.carriedForward, { colSpan: 3 }), ...figures('carriedForward')],
    ]],
  };
}

/** Splits “行政诉讼（未经复议直接起诉）” into the group header and its sub-header, as the table prints them. */
function litigationParts(group: ReviewGroupKey): [string, string] {
  const m = /^(.+?)（(.+)）$/.exec(REVIEW_GROUP_LABELS[group]);
  return m ? [m[1], m[2]] : [REVIEW_GROUP_LABELS[group], ''];
}

/** Table 四: 行政复议 (five cells) | 行政诉讼 → 未经复议直接起诉 (five) · 复议后起诉 (five); one row of figures. */
export function reviewGrid(report: AnnualReport): Grid {
  const cells = (group: ReviewGroupKey) =>
    REVIEW_CELL_KEYS.map((c) => value(report.reviewLitigation[group][c], reviewCellKey(group, c), `${REVIEW_GROUP_LABELS[group]}，${REVIEW_CELL_LABELS[c]}`));
  const fiveHeads = (span: Partial<GridCell> = {}) => REVIEW_CELL_KEYS.map((c) => head(REVIEW_CELL_LABELS[c], span));
  const [litigation, direct] = litigationParts('litigationDirect');
  const [, afterReview] = litigationParts('litigationAfterReview');
  return {
    id: 'reviewLitigation',
    caption: SECTION_TITLES.reviewLitigation,
    widths: new Array<number>(15).fill(2.4),
    head: [
      [head(REVIEW_GROUP_LABELS.review, { colSpan: 5 }), head(litigation, { colSpan: 10 })],
      [...fiveHeads({ rowSpan: 2 }), head(direct, { colSpan: 5 }), head(afterReview, { colSpan: 5 })],
      [...fiveHeads(), ...fiveHeads()],
    ],
    groups: [[[...cells('review'), ...cells('litigationDirect'), ...cells('litigationAfterReview')]]],
  };
}

export const reportGrids = (report: AnnualReport): Grid[] => [proactiveGrid(report), requestsGrid(report), reviewGrid(report)];

/** A cell with its place in the grid (row index over head and all groups, first column). */
export interface PlacedCell {
  cell: GridCell;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** Places the cells of consecutive rows, skipping the slots that row spans from above already fill. */
export function placeRows(rows: GridCell[][], columns: number): PlacedCell[][] {
  const taken = rows.map(() => new Array<boolean>(columns).fill(false));
  return rows.map((cells, r) => {
    let c = 0;
    return cells.map((cell) => {
      while (c < columns && taken[r][c]) c++;
      const placed = { cell, row: r, col: c, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1 };
      for (let y = r; y < Math.min(rows.length, r + placed.rowSpan); y++) for (let x = c; x < c + placed.colSpan; x++) taken[y][x] = true;
      c += placed.colSpan;
      return placed;
    });
  });
}

/** All rows of a grid (head first), placed. */
export const placeGrid = (grid: Grid): PlacedCell[][] => placeRows([...grid.head, ...grid.groups.flat()], grid.widths.length);
