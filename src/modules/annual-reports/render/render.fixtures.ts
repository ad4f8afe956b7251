/** A report whose figures are all different, so a test can tell which cell a number was drawn in. */
import { type AnnualReport, type RowKey, COLUMN_KEYS, ROW_KEYS, emptyReport } from '../report-shape.js';

/** Row i, column j (j < 6) holds 100·(i+1) + (j+1); 总计 holds their sum. */
export function figuresOfRow(row: RowKey): number[] {
  const i = ROW_KEYS.indexOf(row);
  const six = COLUMN_KEYS.slice(0, 6).map((_, j) => 100 * (i + 1) + j + 1);
  return [...six, six.reduce((a, b) => a + b, 0)];
}

export function sampleReport(): AnnualReport {
  const r = emptyReport({ code: '11371700MB0000000X', name: '菏泽市财政局' }, 2025);
  for (const k of ROW_KEYS) r.requests.rows[k] = figuresOfRow(k);
  r.proactive.regulations = { issued: 11, repealed: 12, inForce: 13 };
  r.proactive.normativeDocuments = { issued: 21, repealed: 22, inForce: 23 };
  r.proactive.licensing.decisions = 31;
  r.proactive.punishment.decisions = 41;
  r.proactive.enforcement.decisions = 42;
  r.proactive.fees.amountTenThousandYuan = 12.3456;
  r.reviewLitigation.review = { upheld: 51, corrected: 52, other: 53, pending: 54, total: 210 };
  r.reviewLitigation.litigationDirect = { upheld: 61, corrected: 62, other: 63, pending: 64, total: 250 };
  r.reviewLitigation.litigationAfterReview = { upheld: 71, corrected: 72, other: 73, pending: 74, total: 290 };
  r.sections.overview = [
    '2025年，菏泽市财政局深入贯彻落实《中华人民共和国政府信息公开条例》，不断提升政务公开质量。',
    '',
    '（一）主动公开。全年主动公开政府信息1234条。',
    '\u3000\u3000（二）依申请公开。规范办理政府信息公开申请。',
  ].join('\n');
  r.sections.problems = '';
  r.sections.other = '本年度未收取信息处理费。';
  return r;
}
