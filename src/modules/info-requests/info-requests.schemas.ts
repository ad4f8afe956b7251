import { z } from 'zod';
import { applicantSchema } from './applicant.js';
import { CHANNELS, DELIVERY_METHODS, RESULT_CODES } from './vocabulary.js';

const date = (label: string) => z.string({ message: `请填写${label}` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为 YYYY-MM-DD 格式的日期`);

/** 条例第二十九条: who asks, for what (名称、文号或者便于查询的其他特征性描述), in which form. */
export const submitBody = z.strictObject({
  to: z.string({ message: '请选择受理机关（机构编码）' }).trim().min(1, '请选择受理机关（机构编码）').max(64),
  applicant: applicantSchema,
  description: z.string({ message: '请描述所需的政府信息' }).trim()
    .min(5, '请描述所需的政府信息（名称、文号或者便于查询的其他特征性描述），至少5个字').max(2000, '所需信息的描述不能超过2000个字'),
  purpose: z.string().trim().max(500, '用途说明不能超过500个字').optional(),
  delivery: z.enum(DELIVERY_METHODS, { message: '请选择获取信息的方式：electronic（电子）、paper（纸质）、mail（邮寄）、pickup（自行领取）' }),
});
export type SubmitInput = z.output<typeof submitBody>;

export const submitResponse = z.object({
  trackingCode: z.string(),
  secret: z.string(),
  status: z.string(),
  submittedAt: z.string(),
  trackUrl: z.string(),
});

export const trackQuery = z.object({
  secret: z.string().max(40).optional(),
  idLast6: z.string().max(6).optional(),
});

export const trackResponse = z.object({
  trackingCode: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  to: z.string(),
  submittedAt: z.string(),
  receivedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  workdaysLeft: z.number().nullable(),
  correctBy: z.string().nullable(),
  payBy: z.string().nullable(),
  result: z.string().nullable(),
  closedOn: z.string().nullable(),
  description: z.string(),
  timeline: z.array(z.object({ on: z.string(), label: z.string(), detail: z.string().optional() })),
});

export const correctionBody = z.strictObject({
  secret: z.string().max(40).optional(),
  idLast6: z.string().max(6).optional(),
  text: z.string({ message: '请填写补正内容' }).trim().min(5, '请填写补正内容（至少5个字）').max(5000, '补正内容不能超过5000个字'),
});

/** Staff: an application received on paper, in person, by fax or mail (第三十一条 receipt date by channel). */
export const registerBody = submitBody.extend({
  channel: z.enum(CHANNELS.filter((c) => c !== 'online') as [string, ...string[]], { message: '请选择申请渠道' }),
  receivedOn: date('收到申请之日'),
  note: z.string().trim().max(1000).optional(),
});

export const confirmBody = z.strictObject({ receivedOn: date('收到申请之日（双方确认之日）'), note: z.string().trim().max(1000).optional() });
export const resultCode = z.enum(RESULT_CODES, { message: '请选择答复类型' });
export { date as dateField };
