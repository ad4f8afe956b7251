// Words of the annual report. The table labels MIRROR src/modules/annual-reports/report-shape.ts (and the header
// texts of render/report-grid.ts TABLE_LABELS): the SPA is a separate build and cannot import server code, so a
// change to the official format must be made in both places. Role rules mirror annual-reports.policy.ts (the
// server's policy is the authority; these only decide which screens and buttons to offer).
import type { Role } from '../../api/types';
import type { ColumnKey, ReviewCellKey, ReviewGroupKey, SupervisionStatus, WorkspaceStatus } from './types';

/** Table 三's columns: 自然人; 法人或其他组织 (five kinds); 总计. */
export const COLUMN_KEYS: readonly ColumnKey[] = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];
export const COLUMN_LABELS: Record<ColumnKey, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  other: '其他',
  total: '总计',
};
export const LEGAL_COLUMNS: readonly ColumnKey[] = ['commercial', 'research', 'publicInterest', 'legalService', 'other'];

/** The groups of table 三's 三、本年度办理结果, with their leaf rows, in the printed order. */
export const RESULT_GROUPS: readonly { key: string; label: string; rows: readonly string[] }[] = [
  { key: 'disclosed', label: '（一）予以公开', rows: ['disclosed'] },
  { key: 'partiallyDisclosed', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', rows: ['partiallyDisclosed'] },
  {
    key: 'withheld',
    label: '（三）不予公开',
    rows: ['withheld.stateSecret', 'withheld.prohibitedByLaw', 'withheld.threeSecurityOneStability', 'withheld.thirdPartyRights', 'withheld.internalAffairs', 'withheld.processInformation', 'withheld.enforcementFile', 'withheld.administrativeQuery'],
  },
  { key: 'unable', label: '（四）无法提供', rows: ['unable.notHeld', 'unable.needsCreation', 'unable.stillUnclear'] },
  { key: 'notProcessed', label: '（五）不予处理', rows: ['notProcessed.petitionComplaint', 'notProcessed.repeated', 'notProcessed.publication', 'notProcessed.massRepeated', 'notProcessed.confirmation'] },
  { key: 'other', label: '（六）其他处理', rows: ['other.correctionOverdue', 'other.feeUnpaid', 'other.other'] },
];

/** The printed label of each row of table 三 (leaf rows without their group's label). */
export const ROW_LABELS: Record<string, string> = {
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

/** A row with its group, e.g. “三、（三）不予公开1.属于国家秘密” (report-shape.ts rowFullLabel). */
export function rowFullLabel(row: string): string {
  const group = RESULT_GROUPS.find((g) => g.rows.length > 1 && g.rows.includes(row));
  if (group) return `三、${group.label}${ROW_LABELS[row] ?? row}`;
  const isResult = row === 'total' || RESULT_GROUPS.some((g) => g.rows.includes(row));
  return isResult ? `三、${ROW_LABELS[row] ?? row}` : (ROW_LABELS[row] ?? row);
}

/** A column with its group, as a screen reader should hear it. */
export const columnName = (c: ColumnKey) => (c === 'natural' || c === 'total' ? COLUMN_LABELS[c] : `法人或其他组织（${COLUMN_LABELS[c]}）`);

/** Table 二 (主动公开): the blocks of 第二十条. */
export const PROACTIVE_LABELS = {
  regulations: { label: '规章', article: '第二十条第（一）项' },
  normativeDocuments: { label: '行政规范性文件', article: '第二十条第（一）项' },
  licensing: { label: '行政许可', article: '第二十条第（五）项' },
  punishment: { label: '行政处罚', article: '第二十条第（六）项' },
  enforcement: { label: '行政强制', article: '第二十条第（六）项' },
  fees: { label: '行政事业性收费', article: '第二十条第（八）项' },
} as const;
export const DOCUMENT_COUNT_KEYS = ['issued', 'repealed', 'inForce'] as const;
export const DOCUMENT_COUNT_LABELS = { issued: '本年制发件数', repealed: '本年废止件数', inForce: '现行有效件数' } as const;

/** Table 四. */
export const REVIEW_GROUP_KEYS: readonly ReviewGroupKey[] = ['review', 'litigationDirect', 'litigationAfterReview'];
export const REVIEW_GROUP_LABELS: Record<ReviewGroupKey, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};
export const REVIEW_CELL_KEYS: readonly ReviewCellKey[] = ['upheld', 'corrected', 'other', 'pending', 'total'];
export const REVIEW_CELL_LABELS: Record<ReviewCellKey, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' };

/** The six sections (第五十条); 二、三、四 are the tables. */
export const SECTION_TITLES = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

/** Header texts of the official tables that label no figure (render/report-grid.ts TABLE_LABELS). */
export const TABLE_LABELS = {
  content: '信息内容',
  decisions: '本年处理决定数量',
  feeAmount: '本年收费金额（单位：万元）',
  applicants: '申请人情况',
  legalPersons: '法人或其他组织',
  results: '三、本年度办理结果',
  crossCheckNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
} as const;

export const SCOPE_LABELS = { self: '本机关', subtree: '含下辖机构' } as const;

export const WORKSPACE_STATUS_LABELS: Record<WorkspaceStatus, string> = { new: '未保存', draft: '草稿', published: '已发布' };

export const SUPERVISION_STATUS_LABELS: Record<SupervisionStatus, string> = {
  published: '已发布',
  draft: '草稿未发布',
  external: '平台外报送',
  missing: '未编制',
};
// Preset colours whose text passes WCAG AA with the console's theme (see common/documents.ts).
export const SUPERVISION_STATUS_COLORS: Record<SupervisionStatus, string> = { published: 'success', draft: 'processing', external: 'purple', missing: 'error' };

export const APPEAL_OUTCOME_LABELS: Record<string, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' };

/** `1.5` → `1.5`, `2` → `2`: at most four decimals, as the report prints (render/report-text.ts formatNumber). */
export const formatNumber = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4))));

const has = (roles: readonly Role[] | undefined, ...wanted: Role[]) => !!roles && wanted.some((r) => roles.includes(r));

/** 年度报告 screens: REPORT_READERS (those who read requests: the drill-down lists them). */
export const canSeeAnnualReports = (roles?: readonly Role[]) => has(roles, 'office_admin', 'handler', 'leader', 'sysadmin');
/** 保存、发布、导入、删除: REPORT_WRITERS, the 政务公开办. */
export const canWriteAnnualReports = (roles?: readonly Role[]) => has(roles, 'office_admin', 'sysadmin');
