// Words of 依申请公开 (mirrors src/modules/info-requests/vocabulary.ts, presenter.ts, applicant.ts and
// letters/reply-types.ts), and which buttons to offer to whom (the server's policy is the authority).
import type { Role } from '../../api/types';
import type { RequestStatus } from './types';

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  awaiting_confirmation: '待确认受理',
  in_progress: '办理中',
  awaiting_correction: '待补正',
  consulting: '征求意见中',
  awaiting_payment: '待缴费',
  closed: '已办结',
};

// Preset colours whose text passes WCAG AA with the console's theme (see common/documents.ts).
export const REQUEST_STATUS_COLORS: Record<RequestStatus, string> = {
  awaiting_confirmation: 'magenta',
  in_progress: 'processing',
  awaiting_correction: 'warning',
  consulting: 'purple',
  awaiting_payment: 'geekblue',
  closed: 'success',
};

/** 条例第三十一条: the channels an office registers (online applications arrive by themselves). */
export const OFFLINE_CHANNELS = ['in_person', 'letter', 'ordinary_letter', 'fax', 'email'] as const;
export const CHANNEL_LABELS: Record<string, string> = {
  online: '网络（政府网站在线申请）',
  in_person: '当面提交',
  letter: '信函（挂号、快递等需签收）',
  ordinary_letter: '平常信函',
  fax: '传真',
  email: '电子邮件',
};
/** What the receipt date is for each channel (vocabulary.ts RECEIPT_RULES). */
export const RECEIPT_RULES: Record<string, string> = {
  online: '以双方确认之日为收到申请之日',
  in_person: '以提交之日为收到申请之日',
  letter: '以行政机关签收之日为收到申请之日',
  ordinary_letter: '以政府信息公开工作机构与申请人确认之日为收到申请之日',
  fax: '以双方确认之日为收到申请之日',
  email: '以双方确认之日为收到申请之日',
};

export const DELIVERY_LABELS: Record<string, string> = {
  electronic: '电子数据（网上查看、电子邮件）',
  paper: '纸质文本',
  mail: '邮寄',
  pickup: '自行领取',
};

export const ID_TYPE_LABELS: Record<string, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macao_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  foreign_permanent_id: '外国人永久居留身份证',
  other: '其他有效身份证件',
};

export const ORG_APPLICANT_TYPE_LABELS: Record<string, string> = {
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  other: '其他组织',
};

/** The six groups of table 三, in the report's order. */
export const REPLY_GROUPS = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'] as const;

/** The rows of table 三 (letters/reply-types.ts labels). */
export const RESULT_LABELS: Record<string, string> = {
  disclosed: '予以公开',
  partiallyDisclosed: '部分公开',
  'withheld.stateSecret': '不予公开——属于国家秘密',
  'withheld.prohibitedByLaw': '不予公开——其他法律行政法规禁止公开',
  'withheld.threeSecurityOneStability': '不予公开——危及“三安全一稳定”',
  'withheld.thirdPartyRights': '不予公开——保护第三方合法权益',
  'withheld.internalAffairs': '不予公开——属于三类内部事务信息',
  'withheld.processInformation': '不予公开——属于四类过程性信息',
  'withheld.enforcementFile': '不予公开——属于行政执法案卷',
  'withheld.administrativeQuery': '不予公开——属于行政查询事项',
  'unable.notHeld': '无法提供——本机关不掌握相关政府信息',
  'unable.needsCreation': '无法提供——没有现成信息需要另行制作',
  'unable.stillUnclear': '无法提供——补正后申请内容仍不明确',
  'notProcessed.petitionComplaint': '不予处理——信访举报投诉类申请',
  'notProcessed.repeated': '不予处理——重复申请',
  'notProcessed.publication': '不予处理——要求提供公开出版物',
  'notProcessed.massRepeated': '不予处理——无正当理由大量反复申请',
  'notProcessed.confirmation': '不予处理——要求行政机关确认或重新出具已获取信息',
  'other.correctionOverdue': '其他处理——申请人无正当理由逾期不补正',
  'other.feeUnpaid': '其他处理——申请人逾期未按收费通知要求缴纳费用',
  'other.other': '其他处理——其他',
};

export const resultLabel = (code: string | null | undefined) => (code ? (RESULT_LABELS[code] ?? code) : '');

export const PAUSE_REASON_LABELS: Record<string, string> = { consultation: '征求意见', fee: '等待缴费' };
export const CONSULTATION_KIND_LABELS: Record<string, string> = { third_party: '第三方（第三十二条）', other_organ: '其他机关（第三十四条）' };
export const OPINION_LABELS: Record<string, string> = { agree: '同意公开', object: '不同意公开', no_reply: '逾期未答复' };

const has = (roles: readonly Role[] | undefined, ...wanted: Role[]) => !!roles && wanted.some((r) => roles.includes(r));

/** The 依申请公开 screens: those who handle requests, and the leaders who approve extensions. */
export const canSeeInfoRequests = (roles?: readonly Role[]) => has(roles, 'office_admin', 'handler', 'leader', 'sysadmin');
/** 登记、补正告知、征求意见、收费、答复 (info-requests.policy.ts assertCanHandle). */
export const canHandleRequests = (roles?: readonly Role[]) => has(roles, 'office_admin', 'handler', 'sysadmin');
/** 延期答复: the head of the office (assertCanApproveExtension). */
export const canApproveExtension = (roles?: readonly Role[]) => has(roles, 'leader', 'sysadmin');
/** 查看完整个人信息 (assertCanSeePersonalData). */
export const canRevealApplicant = (roles?: readonly Role[]) => has(roles, 'office_admin', 'handler', 'leader', 'sysadmin');
/** 答复模板 and 文书设置 (assertCanManageTemplates). */
export const canManageTemplates = (roles?: readonly Role[]) => has(roles, 'office_admin', 'sysadmin');
