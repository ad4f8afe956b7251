import type { ReactNode } from 'react';
import { Figure, Scroll, captionStyle, rowThStyle, tableStyle, thStyle } from './tableParts';
import type { AnnualReport, ColumnKey } from './types';
import { useWords } from './vocabulary';

interface Props {
  report: AnnualReport;
  failed: ReadonlySet<string>;
  /** Opens the requests a figure counts (GET …/cells). */
  onCell?(row: string, column: ColumnKey): void;
}

/** A figure of table 三, read through `requests.columns` (report-grid.ts cellValue). */
const valueOf = (report: AnnualReport, row: string, column: ColumnKey, order: readonly ColumnKey[]) => {
  const i = report.requests.columns.indexOf(column);
  return report.requests.rows[row]?.[i >= 0 ? i : order.indexOf(column)] ?? 0;
};

/** Table 三 (收到和处理政府信息公开申请情况) as printed: three label columns, then the seven applicant columns. */
export default function RequestsTable({ report, failed, onCell }: Props) {
  const w = useWords();
  const figures = (row: string) =>
    w.columnKeys.map((c) => (
      <Figure
        key={c}
        value={valueOf(report, row, c, w.columnKeys)}
        label={`${w.rowFullLabel(row)}，${w.columnName(c)}`}
        failed={failed.has(`${row}:${c}`)}
        testId={`cell-${row}-${c}`}
        onOpen={onCell ? () => onCell(row, c) : undefined}
      />
    ));
  const results: ReactNode[][] = [];
  for (const g of w.resultGroups) {
    g.rows.forEach((r, i) => {
      const heads =
        g.rows.length === 1
          ? [<th key="h" scope="row" colSpan={2} style={rowThStyle}>{w.rowLabel(r)}</th>]
          : [
              ...(i === 0 ? [<th key="g" scope="rowgroup" rowSpan={g.rows.length} style={rowThStyle}>{g.label}</th>] : []),
              <th key="h" scope="row" style={rowThStyle}>{w.rowLabel(r)}</th>,
            ];
      results.push([...heads, ...figures(r)]);
    });
  }
  results.push([<th key="h" scope="row" colSpan={2} style={rowThStyle}>{w.rowLabel('total')}</th>, ...figures('total')]);
  results[0]!.unshift(<th key="r" scope="rowgroup" rowSpan={results.length} style={rowThStyle}>{w.tableLabels.results}</th>);
  const leadRow = (row: string) => (
    <tr key={row}>
      <th scope="row" colSpan={3} style={rowThStyle}>{w.rowLabel(row)}</th>
      {figures(row)}
    </tr>
  );
  return (
    <Scroll label={`表三 ${w.sections.requests}`}>
      <table style={{ ...tableStyle, minWidth: 960 }} data-testid="table-requests">
        <caption style={captionStyle}>{w.sections.requests}</caption>
        <colgroup>
          {/* The official format's proportions (render/report-grid.ts requestsGrid widths). */}
          {[7, 11, 27, ...w.columnKeys.map(() => 7.8)].map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td colSpan={3} rowSpan={3} style={{ ...thStyle, fontWeight: 400 }}>{w.tableLabels.crossCheckNote}</td>
            <th scope="colgroup" colSpan={7} style={thStyle}>{w.tableLabels.applicants}</th>
          </tr>
          <tr>
            <th scope="col" rowSpan={2} style={thStyle}>{w.columnLabel.natural}</th>
            <th scope="colgroup" colSpan={5} style={thStyle}>{w.tableLabels.legalPersons}</th>
            <th scope="col" rowSpan={2} style={thStyle}>{w.columnLabel.total}</th>
          </tr>
          <tr>
            {w.legalColumns.map((c) => (
              <th key={c} scope="col" style={thStyle}>{w.columnLabel[c]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {leadRow('newReceived')}
          {leadRow('carriedOver')}
          {results.map((cells, i) => (
            <tr key={i}>{cells}</tr>
          ))}
          {leadRow('carriedForward')}
        </tbody>
      </table>
    </Scroll>
  );
}
