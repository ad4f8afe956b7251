import type { ResultCode } from '../vocabulary.js';
import { DEFAULT_REPLY_TEMPLATES } from './reply-types.js';
import type { LetterInput } from './letter-model.js';

/** Plausible office values for every field a default template declares. */
export const SAMPLE_FIELDS: Record<string, string> = {
  infoLocation: '该信息已在本机关门户网站“政府信息公开”专栏主动公开，网址为https://czj.heze.gov.cn/xxgk/2026/001.html',
  withheldPart: '第三方的身份证号码和联系电话',
  reason: '该信息涉及第三方个人隐私，本机关已书面征求第三方意见，第三方不同意公开。',
  otherOrgName: '菏泽市自然资源和规划局',
  otherOrgContact: '0530-5310000',
  channel: '12345政务服务便民热线',
  previousReplyOn: '2026-01-15',
  previousLetterNumber: '菏财依复〔2026〕1号',
  noticeOn: '2026-02-10',
  correctionDueOn: '2026-02-25',
  fee: '3000',
  withdrawnOn: '2026-02-20',
};

export const REMEDY = { reviewBody: '菏泽市人民政府', court: '菏泽市牡丹区人民法院' };

export function sampleInput(code: ResultCode, over: Partial<LetterInput> = {}): LetterInput {
  const template = DEFAULT_REPLY_TEMPLATES[code];
  return {
    template,
    orgName: '菏泽市财政局',
    letterNumber: '菏财依复〔2026〕3号',
    applicantName: '张三',
    receivedOn: '2026-02-09',
    description: '2025年度菏泽市市级部门预算绩效评价报告',
    fields: Object.fromEntries(template.fields.map((f) => [f.key, SAMPLE_FIELDS[f.key]])),
    remedy: REMEDY,
    issuedOn: '2026-03-02',
    ...over,
  };
}
