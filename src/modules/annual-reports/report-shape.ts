/**
 * The statutory annual report (国办公开办函〔2021〕30号) as one JSON shape, fixed in
 * shared/docs/annual-report-json.md: what `gongkai report annual --format json` prints, what
 * `gongkai report check` reads, what is stored when a report is published, and what every renderer
 * (HTML, DOCX, PDF) draws. Row and column keys are in the order of the printed tables.
 */
import { RESULT_CODES } from '../info-requests/index.js';

/** Table 三's columns: 自然人; 法人或其他组织 (five kinds); 总计. */
export const COLUMN_KEYS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];
export const COLUMN_LABELS: Record<ColumnKey, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  other: '其他',
  total: '总计',
};

/**
 * The 21 result rows of table 三 (三、本年度办理结果 (一)…(六)), in the printed order: exactly the result codes of
 * 依申请公开, which were named after these rows so that a request's result is its row.
 */
export const RESULT_ROW_KEYS = RESULT_CODES;
export type ResultRowKey = (typeof RESULT_ROW_KEYS)[number];

/** Every row of table 三, in order: 一、二、三 (results and 总计)、四. */
export const ROW_KEYS = ['newReceived', 'carriedOver', ...RESULT_ROW_KEYS, 'total', 'carriedForward'] as const;
export type RowKey = (typeof ROW_KEYS)[number];

/** The groups of table 三's 三、本年度办理结果, as printed (the label of the group and its leaf rows). */
export const RESULT_GROUPS: readonly { key: string; label: string; rows: readonly ResultRowKey[] }[] = [
  { key: 'disclosed', label: '（一）予以公开', rows: ['disclosed'] },
  { key: 'partiallyDisclosed', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', rows: ['partiallyDisclosed'] },
  {
    key: 'withheld', label: '（三）不予公开',
    rows: ['withheld.stateSecret', 'withheld.prohibitedByLaw', 'withheld.threeSecurityOneStability', 'withheld.thirdPartyRights', 'withheld.internalAffairs', 'withheld.processInformation', 'withheld.enforcementFile', 'withheld.administrativeQuery'],
  },
  { key: 'unable', label: '（四）无法提供', rows: ['unable.notHeld', 'unable.needsCreation', 'unable.stillUnclear'] },
  { key: 'notProcessed', label: '（五）不予处理', rows: ['notProcessed.petitionComplaint', 'notProcessed.repeated', 'notProcessed.publication', 'notProcessed.massRepeated', 'notProcessed.confirmation'] },
  { key: 'other', label: '（六）其他处理', rows: ['other.correctionOverdue', 'other.feeUnpaid', 'other.other'] },
];

/** The printed label of each row (leaf rows without their group's label). */
export const ROW_LABELS: Record<RowKey, string> = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  disclosed: '（一）予以公开',
  partiallyDisclosed: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  'withheld.stateSecret': '1.属于国家秘密',
  'withheld.prohibitedByLaw': '2.其他法律行政法规禁止公开',
  'withheld.threeSecurityOneStability': '3.危及“三安全一稳定”',
  'withheld.thirdPartyRights': '4.保护第三方合法权益',
  'withheld.internalAffairs': '5.属于三类内部事务信息',
  'withheld.processInformation': '6.属于四类过程性信息',
  'withheld.enforcementFile': '7.属于行政执法案卷',
  'withheld.administrativeQuery': '8.属于行政查询事项',
  'unable.notHeld': '1.本机关不掌握相关政府信息',
  'unable.needsCreation': '2.没有现成信息需要另行制作',
  'unable.stillUnclear': '3.补正后申请内容仍不明确',
  'notProcessed.petitionComplaint': '1.信访举报投诉类申请',
  'notProcessed.repeated': '2.重复申请',
  'notProcessed.publication': '3.要求提供公开出版物',
  'notProcessed.massRepeated': '4.无正当理由大量反复申请',
  'notProcessed.confirmation': '5.要求行政机关确认或重新出具已获取信息',
  'other.correctionOverdue': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'other.feeUnpaid': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'other.other': '3.其他',
  total: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

/** The group label a leaf row is printed under, e.g. “（三）不予公开” for withheld.stateSecret (for messages). */
export function rowFullLabel(row: RowKey): string {
  const group = RESULT_GROUPS.find((g) => g.rows.length > 1 && (g.rows as readonly string[]).includes(row));
  return group ? `三、${group.label}${ROW_LABELS[row]}` : (RESULT_ROW_KEYS as readonly string[]).includes(row) || row === 'total' ? `三、${ROW_LABELS[row]}` : ROW_LABELS[row];
}

/** Table 二 (主动公开): the blocks of 第二十条 and their cells. */
export const PROACTIVE_LABELS = {
  regulations: { label: '规章', article: '第二十条第（一）项' },
  normativeDocuments: { label: '行政规范性文件', article: '第二十条第（一）项' },
  licensing: { label: '行政许可', article: '第二十条第（五）项' },
  punishment: { label: '行政处罚', article: '第二十条第（六）项' },
  enforcement: { label: '行政强制', article: '第二十条第（六）项' },
  fees: { label: '行政事业性收费', article: '第二十条第（八）项' },
} as const;
export const DOCUMENT_COUNT_LABELS = { issued: '本年制发件数', repealed: '本年废止件数', inForce: '现行有效件数' } as const;

/** Table 四: 行政复议 and 行政诉讼 in two groups, five cells each. */
export const REVIEW_GROUP_KEYS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type ReviewGroupKey = (typeof REVIEW_GROUP_KEYS)[number];
export const REVIEW_GROUP_LABELS: Record<ReviewGroupKey, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};
export const REVIEW_CELL_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type ReviewCellKey = (typeof REVIEW_CELL_KEYS)[number];
export const REVIEW_CELL_LABELS: Record<ReviewCellKey, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' };

/** The six sections (第五十条); 二、三、四 are the tables, 一、五、六 text written by the office. */
export const SECTION_TITLES = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

export type Row7 = number[];
export interface DocumentCounts { issued: number; repealed: number; inForce: number }
export interface ReviewCells { upheld: number; corrected: number; other: number; pending: number; total: number }

/** The report as JSON (shared/docs/annual-report-json.md). */
export interface AnnualReport {
  format: '2021';
  org: { code: string; name: string };
  year: number;
  scope: 'self' | 'subtree';
  sections: { overview: string; problems: string; other: string };
  proactive: {
    regulations: DocumentCounts;
    normativeDocuments: DocumentCounts;
    licensing: { decisions: number };
    punishment: { decisions: number };
    enforcement: { decisions: number };
    fees: { amountTenThousandYuan: number };
  };
  requests: { columns: ColumnKey[]; rows: Record<RowKey, Row7> };
  reviewLitigation: Record<ReviewGroupKey, ReviewCells>;
}

export const zeroRow = (): Row7 => [0, 0, 0, 0, 0, 0, 0];
export const zeroReview = (): ReviewCells => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });

/** A report with every figure 0 and empty sections. */
export function emptyReport(org: { code: string; name: string }, year: number, scope: 'self' | 'subtree' = 'self'): AnnualReport {
  return {
    format: '2021', org, year, scope,
    sections: { overview: '', problems: '', other: '' },
    proactive: {
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
      licensing: { decisions: 0 },
      punishment: { decisions: 0 },
      enforcement: { decisions: 0 },
      fees: { amountTenThousandYuan: 0 },
    },
    requests: { columns: [...COLUMN_KEYS], rows: Object.fromEntries(ROW_KEYS.map((k) => [k, zeroRow()])) as Record<RowKey, Row7> },
    reviewLitigation: { review: zeroReview(), litigationDirect: zeroReview(), litigationAfterReview: zeroReview() },
  };
}
