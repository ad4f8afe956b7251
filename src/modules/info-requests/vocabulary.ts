/**
 * The words of 依申请公开 as stable identifiers. Result codes are exactly the rows of table 三 of the
 * annual report (国办公开办函〔2021〕30号; keys of shared/docs/annual-report-json.md), so the report
 * counts requests by their result without any mapping.
 */

/** 条例第三十一条: how the application arrived, which decides its receipt date. */
export const CHANNELS = ['online', 'in_person', 'letter', 'ordinary_letter', 'fax', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  online: '网络（政府网站在线申请）',
  in_person: '当面提交',
  letter: '信函（挂号、快递等需签收）',
  ordinary_letter: '平常信函',
  fax: '传真',
  email: '电子邮件',
};
/** What the receipt date is for each channel (第三十一条), shown beside the date field when registering. */
export const RECEIPT_RULES: Record<Channel, string> = {
  online: '以双方确认之日为收到申请之日',
  in_person: '以提交之日为收到申请之日',
  letter: '以行政机关签收之日为收到申请之日',
  ordinary_letter: '以政府信息公开工作机构与申请人确认之日为收到申请之日',
  fax: '以双方确认之日为收到申请之日',
  email: '以双方确认之日为收到申请之日',
};

/** The applicant columns of table 三. */
export const APPLICANT_TYPES = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  other: '其他组织',
};

/** The result rows of table 三 (三、本年度办理结果 (一)…(六)), in the report's order. */
export const RESULT_CODES = [
  'disclosed',
  'partiallyDisclosed',
  'withheld.stateSecret',
  'withheld.prohibitedByLaw',
  'withheld.threeSecurityOneStability',
  'withheld.thirdPartyRights',
  'withheld.internalAffairs',
  'withheld.processInformation',
  'withheld.enforcementFile',
  'withheld.administrativeQuery',
  'unable.notHeld',
  'unable.needsCreation',
  'unable.stillUnclear',
  'notProcessed.petitionComplaint',
  'notProcessed.repeated',
  'notProcessed.publication',
  'notProcessed.massRepeated',
  'notProcessed.confirmation',
  'other.correctionOverdue',
  'other.feeUnpaid',
  'other.other',
] as const;
export type ResultCode = (typeof RESULT_CODES)[number];

/** Results that end a request without the office choosing them in a reply: the clock's own endings. */
export const AUTOMATIC_RESULTS = ['other.correctionOverdue', 'other.feeUnpaid'] as const satisfies readonly ResultCode[];

export const DELIVERY_METHODS = ['electronic', 'paper', 'mail', 'pickup'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_LABELS: Record<DeliveryMethod, string> = {
  electronic: '电子数据（网上查看、电子邮件）',
  paper: '纸质文本',
  mail: '邮寄',
  pickup: '自行领取',
};

/** 行政复议 / 行政诉讼 records (table 四). */
export const APPEAL_KINDS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];
export const APPEAL_OUTCOMES = ['upheld', 'corrected', 'other', 'pending'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];
