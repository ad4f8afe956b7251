import { DOCUMENT_COUNT_KEYS, DOCUMENT_COUNT_LABELS, PROACTIVE_LABELS, REVIEW_CELL_KEYS, REVIEW_CELL_LABELS, REVIEW_GROUP_KEYS, REVIEW_GROUP_LABELS, SECTION_TITLES, TABLE_LABELS } from './labels';
import RequestsTable from './RequestsTable';
import { Figure, Scroll, captionStyle, rowThStyle, tableStyle, thStyle } from './tableParts';
import type { AnnualReport, ColumnKey, ReviewCellKey, ReviewGroupKey } from './types';

/** Table 二 (主动公开政府信息情况): one block per 第二十条 item, each with its own header row. */
function ProactiveTable({ report, failed }: { report: AnnualReport; failed: ReadonlySet<string> }) {
  const p = report.proactive;
  const blockHead = (article: string, columns: string[], span = false) => [
    <tr key={`${article}-a`}>
      <th scope="colgroup" colSpan={4} style={thStyle}>{article}</th>
    </tr>,
    <tr key={`${article}-b`}>
      <th scope="col" style={thStyle}>{TABLE_LABELS.content}</th>
      {columns.map((c) => (
        <th key={c} scope="col" colSpan={span ? 3 : undefined} style={thStyle}>{c}</th>
      ))}
    </tr>,
  ];
  const single = (item: 'licensing' | 'punishment' | 'enforcement') => (
    <tr key={item}>
      <th scope="row" style={rowThStyle}>{PROACTIVE_LABELS[item].label}</th>
      <Figure value={p[item].decisions} colSpan={3} label={`${PROACTIVE_LABELS[item].label}${TABLE_LABELS.decisions}`} failed={failed.has(`${item}:decisions`)} testId={`proactive-${item}`} />
    </tr>
  );
  return (
    <table style={{ ...tableStyle, marginBottom: 24 }} data-testid="table-proactive">
      <caption style={captionStyle}>{SECTION_TITLES.proactive}</caption>
      <tbody>
        {blockHead(PROACTIVE_LABELS.regulations.article, Object.values(DOCUMENT_COUNT_LABELS))}
        {(['regulations', 'normativeDocuments'] as const).map((b) => (
          <tr key={b}>
            <th scope="row" style={rowThStyle}>{PROACTIVE_LABELS[b].label}</th>
            {DOCUMENT_COUNT_KEYS.map((k) => (
              <Figure key={k} value={p[b][k]} label={`${PROACTIVE_LABELS[b].label}${DOCUMENT_COUNT_LABELS[k]}`} failed={failed.has(`${b}:${k}`)} testId={`proactive-${b}-${k}`} />
            ))}
          </tr>
        ))}
      </tbody>
      <tbody>
        {blockHead(PROACTIVE_LABELS.licensing.article, [TABLE_LABELS.decisions], true)}
        {single('licensing')}
      </tbody>
      <tbody>
        {blockHead(PROACTIVE_LABELS.punishment.article, [TABLE_LABELS.decisions], true)}
        {single('punishment')}
        {single('enforcement')}
      </tbody>
      <tbody>
        {blockHead(PROACTIVE_LABELS.fees.article, [TABLE_LABELS.feeAmount], true)}
        <tr>
          <th scope="row" style={rowThStyle}>{PROACTIVE_LABELS.fees.label}</th>
          <Figure value={p.fees.amountTenThousandYuan} colSpan={3} label={`${PROACTIVE_LABELS.fees.label}${TABLE_LABELS.feeAmount}`} failed={failed.has('fees:amountTenThousandYuan')} testId="proactive-fees" />
        </tr>
      </tbody>
    </table>
  );
}

/** Table 四: 行政复议 (five cells) | 行政诉讼 → 未经复议直接起诉 · 复议后起诉 (five each); one row of figures. */
function ReviewTable({ report, failed, onCell }: { report: AnnualReport; failed: ReadonlySet<string>; onCell?(group: ReviewGroupKey, cell: ReviewCellKey): void }) {
  const fiveHeads = (group: string, rowSpan?: number) =>
    REVIEW_CELL_KEYS.map((c) => (
      <th key={`${group}-${c}`} scope="col" rowSpan={rowSpan} style={thStyle}>{REVIEW_CELL_LABELS[c]}</th>
    ));
  return (
    <Scroll label={`表四 ${SECTION_TITLES.reviewLitigation}`}>
      <table style={{ ...tableStyle, minWidth: 900 }} data-testid="table-review">
        <caption style={captionStyle}>{SECTION_TITLES.reviewLitigation}</caption>
        <thead>
          <tr>
            <th scope="colgroup" colSpan={5} style={thStyle}>{REVIEW_GROUP_LABELS.review}</th>
            <th scope="colgroup" colSpan={10} style={thStyle}>行政诉讼</th>
          </tr>
          <tr>
            {fiveHeads('review', 2)}
            <th scope="colgroup" colSpan={5} style={thStyle}>未经复议直接起诉</th>
            <th scope="colgroup" colSpan={5} style={thStyle}>复议后起诉</th>
          </tr>
          <tr>
            {fiveHeads('direct')}
            {fiveHeads('after')}
          </tr>
        </thead>
        <tbody>
          <tr>
            {REVIEW_GROUP_KEYS.flatMap((g) =>
              REVIEW_CELL_KEYS.map((c) => (
                <Figure
                  key={`${g}-${c}`}
                  value={report.reviewLitigation[g][c]}
                  label={`${REVIEW_GROUP_LABELS[g]}，${REVIEW_CELL_LABELS[c]}`}
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
