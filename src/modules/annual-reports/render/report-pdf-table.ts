/**
 * Draws one statutory table into a pdfkit document: thin cell borders, labels wrapped inside their
 * cells, merged cells as in the official format, and page breaks that repeat the header rows (table 三
 * runs over a page). A merged cell cut by a page break is drawn on both pages with its label repeated
 * wherever it fits, so a reader of the second page still sees “（三）不予公开” beside its reasons.
 */
import { type Grid, type PlacedCell, placeGrid } from './report-grid.js';

export interface TableFrame {
  left: number;
  width: number;
  /** Where a continuation page starts drawing, and the lowest y a row may reach. */
  pageTop: number;
  pageBottom: number;
  fontSize: number;
  padding: number;
}

export interface MeasuredTable {
  grid: Grid;
  rows: PlacedCell[][];
  colX: number[];
  colW: number[];
  rowH: number[];
  headRows: number;
  headHeight: number;
}

const sum = (xs: number[], from = 0, to = xs.length) => xs.slice(from, to).reduce((a, b) => a + b, 0);
const cellWidth = (t: MeasuredTable, p: PlacedCell) => sum(t.colW, p.col, p.col + p.colSpan);

/** Column widths from the grid's proportions, row heights from the wrapped text of the cells. */
export function measureTable(doc: PDFKit.PDFDocument, grid: Grid, frame: TableFrame): MeasuredTable {
  doc.font('serif').fontSize(frame.fontSize);
  const total = sum(grid.widths);
  const colW = grid.widths.map((w) => (w / total) * frame.width);
  const colX = colW.map((_, i) => frame.left + sum(colW, 0, i));
  const rows = placeGrid(grid);
  const t: MeasuredTable = { grid, rows, colX, colW, rowH: [], headRows: grid.head.length, headHeight: 0 };
  const textH = (p: PlacedCell) => doc.heightOfString(p.cell.text || ' ', { width: cellWidth(t, p) - 2 * frame.padding }) + 2 * frame.padding;
  const minRow = doc.currentLineHeight(true) + 2 * frame.padding;
  t.rowH = rows.map((cells) => Math.max(minRow, ...cells.filter((p) => p.rowSpan === 1).map(textH)));
  // A merged cell taller than the rows it spans: share the difference among those rows.
  for (const p of rows.flat().filter((c) => c.rowSpan > 1)) {
    const deficit = textH(p) - sum(t.rowH, p.row, p.row + p.rowSpan);
    if (deficit > 0) for (let r = p.row; r < p.row + p.rowSpan; r++) t.rowH[r] += deficit / p.rowSpan;
  }
  t.headHeight = sum(t.rowH, 0, t.headRows);
  return t;
}

/** Height needed on the current page before the table may start: its header and first body rows. */
export function tableStartHeight(t: MeasuredTable, frame: TableFrame): number {
  const pageRoom = frame.pageBottom - frame.pageTop - t.headHeight;
  return t.headHeight + sum(t.rowH, t.headRows, t.headRows + keepTogether(t, t.headRows, pageRoom));
}

const isHeaderRow = (cells: PlacedCell[]) => cells.length > 0 && cells.every((p) => p.cell.kind === 'colHead' || p.cell.kind === 'note');

/**
 * Rows from `r` that must share a page: a block's own header rows (table 二) stay with the first row they
 * head, and a merged group such as “（六）其他处理” stays whole when it takes at most half a page.
 */
function keepTogether(t: MeasuredTable, r: number, pageRoom = Infinity): number {
  let n = 0;
  while (r + n < t.rows.length - 1 && isHeaderRow(t.rows[r + n])) n++;
  let end = r + n + 1;
  for (const p of t.rows[r + n] ?? []) {
    if (p.rowSpan > 1 && sum(t.rowH, p.row, p.row + p.rowSpan) <= pageRoom / 2) end = Math.max(end, p.row + p.rowSpan);
  }
  return Math.min(end, t.rows.length) - r;
}

interface Segment { from: number; to: number; y: number }

/**
 * Draws the table from `y` on the current page, adding pages as needed. Returns the y under the table's
 * last row.
 */
export function drawTable(doc: PDFKit.PDFDocument, t: MeasuredTable, frame: TableFrame, y: number, addPage: () => void): number {
  const segments: Segment[] = [];
  let seg: Segment = { from: t.headRows, to: t.headRows, y: y + t.headHeight };
  let cursor = seg.y;
  const pageRoom = frame.pageBottom - frame.pageTop - t.headHeight;
  for (let r = t.headRows; r < t.rows.length; ) {
    const n = keepTogether(t, r, pageRoom);
    const h = sum(t.rowH, r, r + n);
    if (cursor + h > frame.pageBottom && seg.to > seg.from) {
      segments.push(seg);
      seg = { from: r, to: r, y: frame.pageTop + t.headHeight };
      cursor = seg.y;
    }
    seg.to = r + n;
    cursor += h;
    r += n;
  }
  segments.push(seg);

  // Where each merged body cell's pieces fall: its label goes into every piece tall enough to hold it,
  // or into the tallest piece when none is.
  doc.font('serif').fontSize(frame.fontSize);
  const labelled = new Map<PlacedCell, Set<number>>();
  for (const p of t.rows.flat().filter((c) => c.rowSpan > 1 && c.row >= t.headRows)) {
    const pieces = segments.map((s, i) => ({ i, h: sum(t.rowH, Math.max(p.row, s.from), Math.min(p.row + p.rowSpan, s.to)) })).filter((x) => x.h > 0);
    const need = doc.heightOfString(p.cell.text || ' ', { width: cellWidth(t, p) - 2 * frame.padding }) + frame.padding;
    const fit = pieces.filter((x) => x.h >= need);
    labelled.set(p, new Set((fit.length > 0 ? fit : [pieces.reduce((m, x) => (x.h > m.h ? x : m))]).map((x) => x.i)));
  }
  let end = y;
  segments.forEach((s, i) => {
    if (i > 0) {
      addPage();
      doc.font('serif').fontSize(frame.fontSize);
    }
    const top = i === 0 ? y : frame.pageTop;
    const all = () => true;
    if (t.headRows > 0) drawRows(doc, t, frame, t.rows.slice(0, t.headRows).flat(), 0, t.headRows, top, all);
    const body = t.rows.flat().filter((p) => p.row >= t.headRows && p.row < s.to && p.row + p.rowSpan > s.from);
    drawRows(doc, t, frame, body, s.from, s.to, s.y, (p) => labelled.get(p)?.has(i) ?? true);
    end = s.y + sum(t.rowH, s.from, s.to);
  });
  return end;
}

/** Draws the cells overlapping rows [from, to), the first of which sits at `y`; `label` says whether a cell's text goes in this piece. */
function drawRows(doc: PDFKit.PDFDocument, t: MeasuredTable, frame: TableFrame, cells: PlacedCell[], from: number, to: number, y: number, label: (p: PlacedCell) => boolean) {
  doc.lineWidth(0.5).strokeColor('#000000').fillColor('#000000');
  for (const p of cells) {
    const a = Math.max(p.row, from);
    const b = Math.min(p.row + p.rowSpan, to);
    const top = y + sum(t.rowH, from, a);
    const height = sum(t.rowH, a, b);
    const x = t.colX[p.col];
    const w = cellWidth(t, p);
    doc.rect(x, top, w, height).stroke();
    const inner = w - 2 * frame.padding;
    const textH = doc.heightOfString(p.cell.text || ' ', { width: inner });
    if (!p.cell.text || !label(p)) continue;
    const align = p.cell.kind === 'rowHead' || p.cell.kind === 'note' ? 'left' : 'center';
    // `height` clips a label that cannot fit (pdfkit would otherwise carry it onto a new page).
    const ty = Math.max(top + frame.padding / 2, top + (height - textH) / 2);
    doc.text(p.cell.text, x + frame.padding, ty, { width: inner, height: top + height - ty - frame.padding / 2, align, lineBreak: true });
  }
}
