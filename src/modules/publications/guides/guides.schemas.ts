import { z } from 'zod';

const text = (max: number, label: string) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多${max}个字`);
const optional = (max: number) => z.string().trim().max(max).nullable().default(null);

/** 条例第十二条: the guide names the office, its address, hours, phone, fax and internet contact. */
export const guideBody = z.strictObject({
  officeName: text(100, '公开工作机构名称'),
  address: text(200, '办公地址'),
  postcode: z.string().trim().regex(/^\d{6}$/, '邮政编码为6位数字').nullable().default(null),
  hours: text(200, '办公时间'),
  phone: text(60, '联系电话'),
  fax: optional(60),
  email: z.email('电子邮箱格式有误').nullable().default(null),
  website: z.url({ protocol: /^https?$/, message: '网址应以 http:// 或 https:// 开头' }).nullable().default(null),
  guideHtml: z.string().max(200_000, '指南正文过长').default(''),
  rulesHtml: z.string().max(200_000, '制度正文过长').default(''),
});
export type GuideInput = z.infer<typeof guideBody>;

export const guideSchema = z.object({
  orgId: z.number(),
  orgName: z.string(),
  officeName: z.string(),
  address: z.string(),
  postcode: z.string().nullable(),
  hours: z.string(),
  phone: z.string(),
  fax: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  guideHtml: z.string(),
  rulesHtml: z.string(),
  written: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type GuideView = z.infer<typeof guideSchema>;
