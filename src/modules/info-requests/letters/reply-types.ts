import type { ResultCode } from '../vocabulary.js';

/**
 * Default wording of the reply letters (答复书/告知书), one per result code (= row of table 三 of the annual
 * report). An office may edit a copy (wording, title, basis); `checkTemplate` says what an edit broke.
 *
 * Body syntax: paragraphs separated by `\n`; `{key}` is replaced by a value; `[[ … ]]` is an optional passage,
 * kept only when every placeholder inside it is filled. Reserved keys, always available: `{applicantName}`,
 * `{receivedOn}`, `{description}`, `{article}` (the template's basis) and `{orgName}`; the others are the
 * template's `fields`, filled in by the office when replying.
 */

export const REPLY_GROUPS = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'] as const;
export type ReplyGroup = (typeof REPLY_GROUPS)[number];

export interface ReplyField {
  /** The placeholder's name in the body: `reason` for `{reason}`. */
  key: string;
  /** What the office fills in, as in “请填写{label}”. */
  label: string;
  /** Required fields stand outside `[[ ]]`; optional ones only inside. */
  required: boolean;
  /** `date`: YYYY-MM-DD, printed 2026年3月2日; `amount`: yuan, e.g. 3000 or 120.50. */
  kind: 'text' | 'date' | 'amount';
  /** Example shown beside the input. */
  hint?: string;
}

export interface ReplyTemplate {
  code: ResultCode;
  /** The row of table 三, e.g. 不予公开——属于国家秘密. */
  label: string;
  group: ReplyGroup;
  /** The legal basis cited in the letter (`{article}`). */
  article: string;
  /** When this field is filled the basis is `article` instead (第三十六条第（五）项 once another organ is named). */
  articleWhen?: { field: string; article: string };
  letterTitle: string;
  body: string;
  fields: ReplyField[];
  /** Whether the letter ends with the remedy paragraph (行政复议 / 行政诉讼). */
  remedy: boolean;
}

export const RESERVED_KEYS = ['applicantName', 'receivedOn', 'description', 'article', 'orgName'] as const;

const REGULATION = '《中华人民共和国政府信息公开条例》';
const REPLY = '政府信息公开申请答复书';
const NOTICE = '政府信息公开申请告知书';
/** Opening paragraph shared by the default bodies. */
const INTRO = '本机关于{receivedOn}收到您提出的政府信息公开申请，您申请获取的政府信息为：“{description}”。经审查，现答复如下：';

const req = (key: string, label: string, kind: ReplyField['kind'] = 'text', hint?: string): ReplyField => ({ key, label, required: true, kind, hint });
const opt = (key: string, label: string, kind: ReplyField['kind'] = 'text', hint?: string): ReplyField => ({ key, label, required: false, kind, hint });

const REASON = req('reason', '不予公开的理由');
const withheld = (code: ResultCode, label: string, article: string, kind: string): ReplyTemplate => ({
  code, label: `不予公开——${label}`, group: '不予公开', article, letterTitle: REPLY, remedy: true, fields: [REASON],
  body: `${INTRO}\n您申请获取的政府信息${kind}。具体理由：{reason}。根据{article}的规定，本机关对该政府信息不予公开。`,
});

type Entry = Omit<ReplyTemplate, 'remedy'>;

// Every type carries the remedy paragraph (remedy: true below): each of these replies is an administrative act
// on the applicant's request (disclosure too: its scope or form may be contested), so the applicant is told
// of 行政复议 (60 日, 行政复议法 2023 第二十条) and 行政诉讼 (6 个月, 行政诉讼法第四十六条). An office may turn it off.
const ENTRIES: Entry[] = [
  {
    code: 'disclosed', label: '予以公开', group: '予以公开', article: `${REGULATION}第三十六条第（一）项、第（二）项`, letterTitle: REPLY,
    fields: [req('infoLocation', '所申请信息的提供方式或获取途径', 'text', '该信息已在本机关门户网站“政府信息公开”专栏主动公开，网址为……；或：该信息见附件')],
    body: `${INTRO}\n您申请获取的政府信息属于公开范围。根据{article}的规定，本机关予以公开：{infoLocation}。`,
  },
  {
    code: 'partiallyDisclosed', label: '部分公开', group: '部分公开', article: `${REGULATION}第三十七条`, letterTitle: REPLY,
    fields: [
      req('withheldPart', '不予公开的部分', 'text', '第三方的身份证号码、联系电话'),
      req('reason', '不予公开的理由', 'text', '属于个人隐私，公开后可能损害第三方合法权益，依据条例第十五条不予公开'),
      req('infoLocation', '可以公开部分的提供方式或获取途径', 'text', '可以公开的部分见附件'),
    ],
    body: `${INTRO}\n您申请获取的政府信息中含有不应当公开的内容：{withheldPart}。不予公开的理由：{reason}。\n根据{article}的规定，本机关对上述内容作区分处理，对可以公开的其余部分予以公开：{infoLocation}。`,
  },
  withheld('withheld.stateSecret', '属于国家秘密', `${REGULATION}第十四条`, '属于国家秘密'),
  withheld('withheld.prohibitedByLaw', '其他法律行政法规禁止公开', `${REGULATION}第十四条`, '属于法律、行政法规禁止公开的政府信息'),
  withheld('withheld.threeSecurityOneStability', '危及“三安全一稳定”', `${REGULATION}第十四条`, '公开后可能危及国家安全、公共安全、经济安全、社会稳定'),
  withheld('withheld.thirdPartyRights', '保护第三方合法权益', `${REGULATION}第十五条、第三十二条`, '涉及商业秘密、个人隐私等公开后可能损害第三方合法权益的内容'),
  withheld('withheld.internalAffairs', '属于三类内部事务信息', `${REGULATION}第十六条第一款`, '属于人事管理、后勤管理、内部工作流程等内部事务信息'),
  withheld('withheld.processInformation', '属于四类过程性信息', `${REGULATION}第十六条第二款`, '属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息'),
  withheld('withheld.enforcementFile', '属于行政执法案卷', `${REGULATION}第十六条第二款`, '属于行政执法案卷信息'),
  {
    // [U] Table 三's row “属于行政查询事项” is matched here with 第三十六条第（七）项 (registers with their own access
    // rules: 工商、不动产登记资料 …); the format does not say which article the row stands for.
    code: 'withheld.administrativeQuery', label: '不予公开——属于行政查询事项', group: '不予公开', article: `${REGULATION}第三十六条第（七）项`, letterTitle: REPLY,
    fields: [
      req('reason', '查询事项及其特别规定', 'text', '不动产登记资料，其查询依照《不动产登记资料查询暂行办法》办理'),
      opt('infoLocation', '查询的机构和途径', 'text', '菏泽市不动产登记中心服务窗口'),
    ],
    body: `${INTRO}\n您申请获取的信息属于行政查询事项，有关法律、行政法规对该信息的获取有特别规定：{reason}。根据{article}的规定，请您依照上述规定办理。[[查询的机构和途径：{infoLocation}。]]`,
  },
  {
    code: 'unable.notHeld', label: '无法提供——本机关不掌握相关政府信息', group: '无法提供', article: `${REGULATION}第三十六条第（四）项`,
    articleWhen: { field: 'otherOrgName', article: `${REGULATION}第三十六条第（四）项、第（五）项` }, letterTitle: REPLY,
    fields: [
      opt('otherOrgName', '负责公开该信息的行政机关', 'text', '菏泽市自然资源和规划局'),
      opt('otherOrgContact', '该机关的联系方式', 'text', '0530-1234567'),
    ],
    body: `${INTRO}\n经检索，本机关没有制作或者获取您所申请的政府信息，该政府信息在本机关不存在。[[该政府信息不属于本机关负责公开，由{otherOrgName}负责公开，建议您向该机关提出申请。]][[{otherOrgName}的联系方式：{otherOrgContact}。]]根据{article}的规定，特此告知。`,
  },
  {
    code: 'unable.needsCreation', label: '无法提供——没有现成信息需要另行制作', group: '无法提供', article: `${REGULATION}第三十八条`, letterTitle: REPLY,
    fields: [opt('reason', '具体情况', 'text', '本机关未就该事项形成统计数据，需对多份文件进行汇总、分析方能形成')],
    body: `${INTRO}\n本机关没有您所申请的现成信息，需要对现有政府信息进行加工、分析方能形成。[[具体情况：{reason}。]]根据{article}的规定，本机关不予提供。`,
  },
  {
    code: 'unable.stillUnclear', label: '无法提供——补正后申请内容仍不明确', group: '无法提供', article: `${REGULATION}第三十条`, letterTitle: REPLY,
    fields: [req('noticeOn', '补正通知的日期', 'date'), opt('reason', '仍不明确之处', 'text', '补正后仍未说明所需文件的名称、文号或者时间范围')],
    body: `${INTRO}\n本机关已于{noticeOn}向您发出补正通知，一次性告知需要补正的事项。您补正后的申请内容仍不明确，本机关无法据此确定您所申请的政府信息。[[仍不明确之处：{reason}。]]根据{article}的规定，本机关无法向您提供该政府信息。`,
  },
  {
    code: 'notProcessed.petitionComplaint', label: '不予处理——信访举报投诉类申请', group: '不予处理', article: `${REGULATION}第三十九条第一款`, letterTitle: NOTICE,
    fields: [opt('channel', '相应的办理渠道', 'text', '菏泽市人民来访接待中心或12345政务服务便民热线')],
    body: `${INTRO}\n您的申请内容属于以政府信息公开申请的形式进行信访、投诉、举报等活动。根据{article}的规定，本机关不作为政府信息公开申请处理。[[您可以通过{channel}提出。]]`,
  },
  {
    code: 'notProcessed.repeated', label: '不予处理——重复申请', group: '不予处理', article: `${REGULATION}第三十六条第（六）项`, letterTitle: REPLY,
    fields: [req('previousReplyOn', '此前答复的日期', 'date'), opt('previousLetterNumber', '此前答复的文号', 'text', '菏财依复〔2026〕1号')],
    body: `${INTRO}\n您本次申请公开的政府信息与您此前提出的申请相同，本机关已于{previousReplyOn}作出答复[[（{previousLetterNumber}）]]。根据{article}的规定，本机关不予重复处理。`,
  },
  {
    code: 'notProcessed.publication', label: '不予处理——要求提供公开出版物', group: '不予处理', article: `${REGULATION}第三十九条第二款`, letterTitle: NOTICE,
    fields: [req('infoLocation', '公开出版物的名称及获取途径', 'text', '《菏泽市人民政府公报》2026年第3期，可在市图书馆或市政府门户网站查阅')],
    body: `${INTRO}\n您申请获取的信息属于公开出版物：{infoLocation}。根据{article}的规定，请您通过上述途径获取，本机关不再另行提供。`,
  },
  {
    code: 'notProcessed.massRepeated', label: '不予处理——无正当理由大量反复申请', group: '不予处理', article: `${REGULATION}第三十五条`, letterTitle: REPLY,
    fields: [req('reason', '申请理由不合理的说明', 'text', '您在一个月内提出的申请达86件，所说明的理由与申请内容无关')],
    body: `${INTRO}\n您申请公开政府信息的数量、频次明显超过合理范围，本机关已要求您说明理由。经审查，您的理由不合理：{reason}。根据{article}的规定，本机关不予处理。`,
  },
  {
    // [U] No article of the 条例 names this case; the default cites 第二条 (what 政府信息 is): confirming or
    // re-issuing information the applicant already holds is not a request to obtain 政府信息. Offices should check.
    code: 'notProcessed.confirmation', label: '不予处理——要求行政机关确认或重新出具已获取信息', group: '不予处理', article: `${REGULATION}第二条`, letterTitle: REPLY,
    fields: [opt('reason', '要求确认或重新出具的内容', 'text', '要求本机关确认您已持有的《征收补偿协议》复印件的真实性')],
    body: `${INTRO}\n您的申请系要求本机关对您已获取的信息予以确认或者重新出具，不属于获取政府信息的申请。[[具体情况：{reason}。]]根据{article}的规定，本机关不作为政府信息公开申请处理。`,
  },
  {
    code: 'other.correctionOverdue', label: '其他处理——申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', group: '其他处理', article: `${REGULATION}第三十条`, letterTitle: NOTICE,
    fields: [req('noticeOn', '补正通知的日期', 'date'), opt('correctionDueOn', '补正期限', 'date')],
    body: `${INTRO}\n本机关已于{noticeOn}向您发出补正通知，一次性告知需要补正的事项和补正期限[[（{correctionDueOn}前）]]。您无正当理由逾期未补正。根据{article}的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。`,
  },
  {
    // [U] that non-payment ends the request is the 办法's procedure as summarised in domain.md §1.4 (unverified there).
    code: 'other.feeUnpaid', label: '其他处理——申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', group: '其他处理',
    article: `${REGULATION}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）`, letterTitle: NOTICE,
    fields: [req('noticeOn', '收费通知的日期', 'date'), req('fee', '信息处理费金额（元）', 'amount', '3000')],
    body: `${INTRO}\n本机关已于{noticeOn}向您发出收费通知，告知应缴纳信息处理费{fee}元。您逾期未按收费通知要求缴纳费用。根据{article}的规定，本机关不再处理该政府信息公开申请。`,
  },
  {
    // Default wording for the commonest “其他”: the applicant withdrew. No article governs withdrawal, so the
    // regulation is cited as a whole (“依照…的有关规定”); offices edit the wording for their other cases.
    code: 'other.other', label: '其他处理——其他', group: '其他处理', article: REGULATION, letterTitle: NOTICE,
    fields: [req('withdrawnOn', '申请人撤回申请的日期', 'date')],
    body: `本机关于{receivedOn}收到您提出的政府信息公开申请，您申请获取的政府信息为：“{description}”。\n您已于{withdrawnOn}向本机关撤回上述申请。依照{article}的有关规定，本机关终止办理该申请。`,
  },
];

/** The default template of every result code. */
export const DEFAULT_REPLY_TEMPLATES: Readonly<Record<ResultCode, ReplyTemplate>> = Object.freeze(
  Object.fromEntries(ENTRIES.map((e) => [e.code, Object.freeze({ ...e, remedy: true })])) as Record<ResultCode, ReplyTemplate>,
);

/** A copy of the default template of `code`, for an office to edit. */
export function defaultReplyTemplate(code: ResultCode): ReplyTemplate {
  const t = DEFAULT_REPLY_TEMPLATES[code];
  return { ...t, fields: t.fields.map((f) => ({ ...f })), articleWhen: t.articleWhen && { ...t.articleWhen } };
}

/**
 * The remedy paragraph (行政复议法 2023 第二十条: 60 日; 行政诉讼法第四十六条: 6 个月). `documentName` follows the
 * letter's title (答复书, 告知书).
 */
export function remedyText(r: { reviewBody: string; court: string; documentName?: string }): string {
  const doc = r.documentName ?? '答复书';
  return `如对本${doc === '答复书' ? '答复' : doc}不服，可以自收到本${doc}之日起60日内向${r.reviewBody}申请行政复议，或者自收到本${doc}之日起6个月内向${r.court}提起行政诉讼。`;
}
