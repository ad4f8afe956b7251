/**
 * The annual report as server-rendered HTML (no client JS): the three statutory tables as real tables
 * (caption, th with scope, and `headers` on every figure, since table 三 nests row headers three deep and
 * scope alone does not tell a screen reader which 不予公开 reason a number belongs to), and the whole report.
 */
import { type ReactNode, useId } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { type AnnualReport, type ColumnKey, type RowKey, SECTION_TITLES } from '../report-shape.js';
import { REPORT_CSS } from './report-css.js';
import { type Grid, type PlacedCell, placeGrid, proactiveGrid, requestsGrid, reviewGrid } from './report-grid.js';
import { SECTION_ORDER, chineseDate, isTextSection, paragraphsOf, reportTitle } from './report-text.js';

export { reportTitle };

export interface TableOptions {
  /** Table 三's figures as links (drill-down to the requests behind a number); null leaves a cell plain. */
  cellHref?: (row: RowKey, column: ColumnKey) => string | null;
  /** Figures that failed a check, as `${row}:${column}` (table 三), `${group}:${cell}` (四) or `${item}:${field}` (二). */
  highlight?: ReadonlySet<string>;
}

interface GridTableProps extends TableOptions {
  grid: Grid;
  idPrefix: string;
  /** Under a visible heading with the same words the caption only names the table for assistive technology. */
  captionHidden?: boolean;
}

const overlaps = (a: number, aLen: number, b: number, bLen: number) => a < b + bLen && b < a + aLen;

/** The ids of the header cells that describe a figure: column headers above it in the head or its own group, row headers to its left. */
function headersOf(cell: PlacedCell, all: PlacedCell[], groupStart: number, headRows: number, id: (p: PlacedCell) => string): string {
  return all
    .filter((h) =>
      (h.cell.kind === 'colHead' && h.row < cell.row && (h.row < headRows || h.row >= groupStart) && overlaps(h.col, h.colSpan, cell.col, cell.colSpan)) ||
      (h.cell.kind === 'rowHead' && h.col < cell.col && overlaps(h.row, h.rowSpan, cell.row, cell.rowSpan)))
    .map(id)
    .join(' ');
}

function GridTable({ grid, idPrefix, captionHidden, cellHref, highlight }: GridTableProps) {
  const placed = placeGrid(grid);
  const all = placed.flat();
  const id = (p: PlacedCell) => `${idPrefix}-${grid.id}-${p.row}-${p.col}`;
  const headRows = grid.head.length;
  const renderRow = (cells: PlacedCell[], r: number, groupStart: number) => (
    <tr key={r}>
      {cells.map((p) => {
        const { cell } = p;
        const span = { rowSpan: p.rowSpan > 1 ? p.rowSpan : undefined, colSpan: p.colSpan > 1 ? p.colSpan : undefined };
        if (cell.kind === 'colHead') return <th key={p.col} id={id(p)} scope={p.colSpan > 1 ? 'colgroup' : 'col'} {...span}>{cell.text}</th>;
        if (cell.kind === 'rowHead') return <th key={p.col} id={id(p)} scope="row" {...span}>{cell.text}</th>;
        if (cell.kind === 'note') return <td key={p.col} className="gk-note" {...span}>{cell.text}</td>;
        const failed = cell.key !== undefined && highlight?.has(cell.key) === true;
        const href = cell.at && cellHref ? cellHref(cell.at.row, cell.at.column) : null;
        return (
          <td key={p.col} headers={headersOf(p, all, groupStart, headRows, id)} className={failed ? 'gk-cell-error' : undefined} aria-invalid={failed ? true : undefined} {...span}>
            {href ? <a href={href} aria-label={`${cell.label}：${cell.text}`}>{cell.text}</a> : cell.text}
          </td>
        );
      })}
    </tr>
  );
  const total = grid.widths.reduce((a, b) => a + b, 0);
  let start = headRows;
  return (
    <table className={`gk-table gk-table-${grid.id}`}>
      <caption className={captionHidden ? 'gk-sr-only' : undefined}>{grid.caption}</caption>
      <colgroup>
        {grid.widths.map((w, i) => <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />)}
      </colgroup>
      {headRows > 0 && <thead>{placed.slice(0, headRows).map((cells, r) => renderRow(cells, r, 0))}</thead>}
      {grid.groups.map((g, gi) => {
        const groupStart = start;
        start += g.length;
        return <tbody key={gi}>{placed.slice(groupStart, groupStart + g.length).map((cells, i) => renderRow(cells, groupStart + i, groupStart))}</tbody>;
      })}
    </table>
  );
}

/** React ids contain characters (such as «») that are awkward in CSS selectors and fragment links. */
const useIdPrefix = () => `gk${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;

export function ProactiveTable({ report, captionHidden, highlight }: { report: AnnualReport; captionHidden?: boolean } & TableOptions) {
  return <GridTable grid={proactiveGrid(report)} idPrefix={useIdPrefix()} captionHidden={captionHidden} highlight={highlight} />;
}

export function RequestsTable({ report, captionHidden, ...opts }: { report: AnnualReport; captionHidden?: boolean } & TableOptions) {
  return <GridTable grid={requestsGrid(report)} idPrefix={useIdPrefix()} captionHidden={captionHidden} {...opts} />;
}

export function ReviewTable({ report, captionHidden, highlight }: { report: AnnualReport; captionHidden?: boolean } & TableOptions) {
  return <GridTable grid={reviewGrid(report)} idPrefix={useIdPrefix()} captionHidden={captionHidden} highlight={highlight} />;
}

/** The three statutory tables (二、三、四), each captioned with its section title. */
export function ReportTables({ report, cellHref, highlight, captionHidden }: { report: AnnualReport; captionHidden?: boolean } & TableOptions) {
  const idPrefix = useIdPrefix();
  return (
    <>
      <GridTable grid={proactiveGrid(report)} idPrefix={`${idPrefix}a`} captionHidden={captionHidden} highlight={highlight} />
      <GridTable grid={requestsGrid(report)} idPrefix={`${idPrefix}b`} captionHidden={captionHidden} highlight={highlight} cellHref={cellHref} />
      <GridTable grid={reviewGrid(report)} idPrefix={`${idPrefix}c`} captionHidden={captionHidden} highlight={highlight} />
    </>
  );
}

export interface ReportDocumentProps extends TableOptions {
  report: AnnualReport;
  title: string;
  /** 成文日期 (YYYY-MM-DD): with it the report ends with the organisation and the date, as published. */
  publishedOn?: string;
}

/** The whole report: title, the six sections in the statutory order, tables under 二、三、四. */
export function ReportDocument({ report, title, publishedOn, cellHref, highlight }: ReportDocumentProps) {
  const idPrefix = useIdPrefix();
  const grids: Record<'proactive' | 'requests' | 'reviewLitigation', Grid> = {
    proactive: proactiveGrid(report), requests: requestsGrid(report), reviewLitigation: reviewGrid(report),
  };
  return (
    <article className="gk-report" aria-labelledby={`${idPrefix}-title`}>
      <h1 id={`${idPrefix}-title`}>{title}</h1>
      {SECTION_ORDER.map((key): ReactNode => (
        <section key={key} aria-labelledby={`${idPrefix}-${key}`}>
          <h2 id={`${idPrefix}-${key}`}>{SECTION_TITLES[key]}</h2>
          {isTextSection(key)
            ? paragraphsOf(report.sections[key]).map((p, i) => <p key={i}>{p}</p>)
            : <GridTable grid={grids[key]} idPrefix={`${idPrefix}-${key}`} captionHidden highlight={highlight} cellHref={key === 'requests' ? cellHref : undefined} />}
        </section>
      ))}
      {publishedOn && (
        <p className="gk-sign">
          <span>{report.org.name}</span>
          <span>{chineseDate(publishedOn)}</span>
        </p>
      )}
    </article>
  );
}

export interface ReportPageOptions extends TableOptions {
  /** Defaults to reportTitle(report). */
  title?: string;
  publishedOn?: string;
}

/** A complete, self-contained HTML document (inline CSS, no scripts) for `gongkai report annual --format html`. */
export function reportHtmlPage(report: AnnualReport, opts: ReportPageOptions = {}): string {
  const title = opts.title ?? reportTitle(report);
  const page = (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
      </head>
      <body>
        <main>
          <ReportDocument report={report} title={title} publishedOn={opts.publishedOn} cellHref={opts.cellHref} highlight={opts.highlight} />
        </main>
      </body>
    </html>
  );
  return `<!doctype html>${renderToStaticMarkup(page)}`;
}
