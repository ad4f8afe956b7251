import { z } from 'zod';

const version = z.number({ message: '请带上当前版本号 version' }).int().min(1);
const text = (label: string, max: number) => z.string().trim().max(max, `${label}不超过${max}字`);

export const generateBulletinBody = z.strictObject({
  orgCode: z.string({ message: '请选择通报所属机构（orgCode）' }).trim().min(1).max(64),
  year: z.number({ message: '请填写年度' }).int('年度应为整数').min(2000, '年度不早于2000年').max(2100, '年度有误'),
  quarter: z.number({ message: '请填写季度（1–4）' }).int('季度应为1–4').min(1, '季度应为1–4').max(4, '季度应为1–4'),
  /** One plan; omitted: all the organisation's adopted plans of the year. */
  planId: z.number().int().positive().optional(),
  number: text('文号', 100).optional(),
});
export type GenerateBulletinInput = z.output<typeof generateBulletinBody>;

export const updateBulletinBody = z.strictObject({
  version,
  title: text('标题', 200).min(1, '标题不能为空').optional(),
  /** 文号; empty or null clears it. */
  number: text('文号', 100).nullish(),
  issuer: text('发文机关', 100).min(1, '发文机关不能为空').optional(),
  intro: text('导语', 5000).optional(),
  closing: text('结束语', 5000).optional(),
});
export type UpdateBulletinInput = z.output<typeof updateBulletinBody>;

export const bulletinVersionBody = z.strictObject({ version });

export const listBulletinsQuery = z.object({
  org: z.string().trim().min(1).max(64).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(['draft', 'published'], { message: '状态应为 draft 或 published' }).optional(),
  plan: z.coerce.number().int().positive().optional(),
});
export type ListBulletinsQuery = z.output<typeof listBulletinsQuery>;

/** `12` (JSON) or `12.docx` (the Word file). */
export const bulletinIdParams = z.object({ id: z.string().regex(/^[1-9]\d{0,9}(\.docx)?$/, '通报编号格式不正确') });
export const bulletinActionParams = z.object({ id: z.coerce.number().int().positive() });
