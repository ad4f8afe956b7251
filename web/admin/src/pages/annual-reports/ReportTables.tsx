import RequestsTable from './RequestsTable';
import { Figure, Scroll, captionStyle, rowThStyle, tableStyle, thStyle } from './tableParts';
import type { AnnualReport, ColumnKey, ReviewCellKey, ReviewGroupKey } from './types';
import { useWords } from './vocabulary';

/** “行政诉讼（未经复议直接起诉）” → the group header and its sub-header, as the table prints them (report-grid.ts). */
const parts = (label: string): [string, string] => {
  const m = /^(.+?)（(.+)）$/.exec(label);
  return m ? [m[1]!, m[2]!] : [label, ''];
};

/** Table 二 (主动公开政府信息情况): one block per 第二十条 item, each with its own header row. */
function ProactiveTable({ report, failed }: { report: AnnualReport; failed: ReadonlySet<string> }) {
  const w = useWords();
  const { item, tableLabels } = w;
  const p = report.proactive;
  const blockHead = (article: string, columns: string[], span = false) => [
    <tr key={`${article}-a`}>
      <th scope="colgroup" colSpan={4} style={thStyle}>{article}</th>
    </tr>,
    <tr key={`${article}-b`}>
      <th scope="col" style={thStyle}>{tableLabels.content}</th>
      {columns.map((c) => (
        <th key={c} scope="col" colSpan={span ? 3 : undefined} style={thStyle}>{c}</th>
      ))}
    </tr>,
  ];
  const single = (key: 'licensing' | 'punishment' | 'enforcement') => (
    <tr key={key}>
      <th scope="row" style={rowThStyle}>{item[key].label}</th>
      <Figure value={p[key].decisions} colSpan={3} label={`${item[key].label}${tableLabels.decisions}`} failed={failed.has(`${key}:decisions`)} testId={`proactive-${key}`} />
    </tr>
  );
  return (
    <table style={{ ...tableStyle, marginBottom: 24 }} data-testid="table-proactive">
      <caption style={captionStyle}>{w.sections.proactive}</caption>
      <tbody>
        {blockHead(item.regulations.article, w.proactive.documentCounts.map((c) => c.label))}
        {(['regulations', 'normativeDocuments'] as const).map((b) => (
          <tr key={b}>
            <th scope="row" style={rowThStyle}>{item[b].label}</th>
            {w.proactive.documentCounts.map(({ key: k, label }) => (
              <Figure key={k} value={p[b][k]} label={`${item[b].label}${label}`} failed={failed.has(`${b}:${k}`)} testId={`proactive-${b}-${k}`} />
            ))}
          </tr>
        ))}
      </tbody>
      <tbody>
        {blockHead(item.licensing.article, [tableLabels.decisions], true)}
        {single('licensing')}
      </tbody>
      <tbody>
        {blockHead(item.punishment.article, [tableLabels.decisions], true)}
        {single('punishment')}
        {single('enforcement')}
      </tbody>
      <tbody>
        {blockHead(item.fees.article, [tableLabels.feeAmount], true)}
        <tr>
          <th scope="row" style={rowThStyle}>{item.fees.label}</th>
          <Figure value={p.fees.amountTenThousandYuan} colSpan={3} label={`${item.fees.label}${tableLabels.feeAmount}`} failed={failed.has('fees:amountTenThousandYuan')} testId="proactive-fees" />
        </tr>
      </tbody>
    </table>
  );
}

/** Table 四: 行政复议 (five cells) | 行政诉讼 → 未经复议直接起诉 · 复议后起诉 (five each); one row of figures. */
function ReviewTable({ report, failed, onCell }: { report: AnnualReport; failed: ReadonlySet<string>; onCell?(group: ReviewGroupKey, cell: ReviewCellKey): void }) {
  const w = useWords();
  const fiveHeads = (group: string, rowSpan?: number) =>
    w.review.cells.map(({ key: c, label }) => (
      <th key={`${group}-${c}`} scope="col" rowSpan={rowSpan} style={thStyle}>{label}</th>
    ));
  const [litigation, direct] = parts(w.reviewGroupLabel.litigationDirect);
  const [, afterReview] = parts(w.reviewGroupLabel.litigationAfterReview);
  return (
    <Scroll label={`表四 ${w.sections.reviewLitigation}`}>
      <table style={{ ...tableStyle, minWidth: 900 }} data-testid="table-review">
        <caption style={captionStyle}>{w.sections.reviewLitigation}</caption>
        <thead>
          <tr>
            <th scope="colgroup" colSpan={5} style={thStyle}>{w.reviewGroupLabel.review}</th>
            <th scope="colgroup" colSpan={10} style={thStyle}>{litigation}</th>
          </tr>
          <tr>
            {fiveHeads('review', 2)}
            <th scope="colgroup" colSpan={5} style={thStyle}>{direct}</th>
            <th scope="colgroup" colSpan={5} style={thStyle}>{afterReview}</th>
          </tr>
          <tr>
            {fiveHeads('direct')}
            {fiveHeads('after')}
          </tr>
        </thead>
        <tbody>
          <tr>
            {w.review.groups.flatMap(({ key: g }) =>
              w.review.cells.map(({ key: c }) => (
                <Figure
                  key={`${g}-${c}`}
                  value={report.reviewLitigation[g][c]}
                  label={`${w.reviewGroupLabel[g]}，${w.reviewCellLabel[c]}`}
                  failed={failed.has(`${g}:${c}`)}
                  testId={`review-${g}-${c}`}
                  onOpen={onCell ? () => onCell(g, c) : undefined}
                />
              )),
            )}
          </tr>
        </tbody>
      </table>
    </Scroll>
  );
}

interface Props {
  report: AnnualReport;
  failed: ReadonlySet<string>;
  onRequests?(row: string, column: ColumnKey): void;
  onAppeals?(group: ReviewGroupKey, cell: ReviewCellKey): void;
}

/** The three statutory tables (二、三、四) built from the report JSON; 三 and 四 drill down to what they count. */
export default function ReportTables({ report, failed, onRequests, onAppeals }: Props) {
  return (
    <div data-testid="report-tables">
      <ProactiveTable report={report} failed={failed} />
      <RequestsTable report={report} failed={failed} onCell={onRequests} />
      <ReviewTable report={report} failed={failed} onCell={onAppeals} />
    </div>
  );
}
