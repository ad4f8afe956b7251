/**
 * The closed vocabularies of a document (stored as English codes, shown in Chinese).
 * 条例 references: 公开属性 grounds from 第十四、十五、十六条; 主动公开 scope from 第十九、二十条.
 */

export const DOCUMENT_STATUSES = ['draft', 'in_review', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'filed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: '草稿',
  in_review: '待保密审查',
  returned: '已退回',
  approved: '审查通过待签发',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
  filed: '已登记（不主动公开）',
};

export const DISCLOSURES = ['active', 'on_request', 'withheld'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];
export const DISCLOSURE_LABELS: Record<Disclosure, string> = { active: '主动公开', on_request: '依申请公开', withheld: '不予公开' };

/** Statutory grounds for not publishing proactively (a reason is required unless 主动公开). */
export const DISCLOSURE_GROUNDS = {
  'not-proactive-scope': { label: '不属于应当主动公开的范围（条例第十九条、第二十条）', allowed: ['on_request'] },
  'state-secret': { label: '属于国家秘密（条例第十四条）', allowed: ['withheld'] },
  'law-prohibited': { label: '法律、行政法规禁止公开（条例第十四条）', allowed: ['withheld'] },
  'security-stability': { label: '公开后可能危及国家安全、公共安全、经济安全、社会稳定（条例第十四条）', allowed: ['withheld'] },
  'third-party-trade-secret': { label: '涉及商业秘密，公开会对第三方合法权益造成损害（条例第十五条）', allowed: ['on_request', 'withheld'] },
  'third-party-privacy': { label: '涉及个人隐私，公开会对第三方合法权益造成损害（条例第十五条）', allowed: ['on_request', 'withheld'] },
  'internal-affairs': { label: '内部事务信息（人事管理、后勤管理、内部工作流程等，条例第十六条第一款）', allowed: ['on_request', 'withheld'] },
  'process-information': { label: '过程性信息（讨论记录、过程稿、磋商信函、请示报告等，条例第十六条第二款）', allowed: ['on_request', 'withheld'] },
  'enforcement-file': { label: '行政执法案卷信息（条例第十六条第二款）', allowed: ['on_request', 'withheld'] },
} as const satisfies Record<string, { label: string; allowed: readonly Disclosure[] }>;
export type DisclosureGround = keyof typeof DISCLOSURE_GROUNDS;
export const DISCLOSURE_GROUND_CODES = Object.keys(DISCLOSURE_GROUNDS) as [DisclosureGround, ...DisclosureGround[]];

/** 有效性 (validity), shown on every document page; set for 规范性文件 and whatever the office marks. */
export const VALIDITIES = ['effective', 'amended', 'repealed', 'expired'] as const;
export type Validity = (typeof VALIDITIES)[number];
export const VALIDITY_LABELS: Record<Validity, string> = { effective: '现行有效', amended: '已修改', repealed: '已废止', expired: '已失效' };

/** 公文种类 of 《党政机关公文处理工作条例》第八条, plus the kinds government sites list besides. */
export const GENRES = [
  '决议', '决定', '命令（令）', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要',
  '规章', '规范性文件', '规划', '计划', '方案', '办法', '规定', '细则', '工作要点', '总结', '年度报告', '统计信息', '财政预决算', '政策解读', '其他',
] as const;

/** 公开方式/渠道 (条例第二十三条 and the 标准目录's 公开渠道和载体). */
export const CHANNELS = ['政府网站', '政府公报', '两微一端', '新闻发布会', '报刊', '广播电视', '公开查阅点', '政务服务中心', '便民服务站', '公示栏', '其他'] as const;

/** Lawful exceptions to masking personal information (recorded, then the gate lets the document through). */
export const PII_EXCEPTION_BASES = {
  'disciplinary-publicity': '惩戒公示（依法公示失信、处罚等信息）',
  'mandatory-disclosure': '强制性信息披露（法律、法规要求公开）',
  'consent': '权利人同意公开（条例第十五条）',
  'public-interest': '不公开会对公共利益造成重大影响（条例第十五条）',
} as const;
export type PiiExceptionBasis = keyof typeof PII_EXCEPTION_BASES;
export const PII_EXCEPTION_CODES = Object.keys(PII_EXCEPTION_BASES) as [PiiExceptionBasis, ...PiiExceptionBasis[]];

/** 条例第二十六条: publish within 20 working days of the information being formed or changed. */
export const PUBLISH_WITHIN_WORKDAYS = 20;
