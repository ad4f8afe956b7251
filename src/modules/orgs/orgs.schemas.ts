import { z } from 'zod';

/** 地区政府 / 部门 / 事业单位 */
export const ORG_KINDS = ['region', 'department', 'institution'] as const;
/** 省级 / 市级 / 县级 / 乡镇级 */
export const ORG_LEVELS = ['province', 'city', 'county', 'township'] as const;
export const ORG_STATUSES = ['active', 'disabled'] as const;

// Codes appear in 索引号 (e.g. `{orgCode}/2026-00001`), so keep them URL- and filename-safe.
const orgCode = z
  .string()
  .trim()
  .min(2, '机构编码至少2个字符')
  .max(40, '机构编码最多40个字符')
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, '机构编码只能包含字母、数字和连字符');

export const orgSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORG_KINDS),
  level: z.enum(ORG_LEVELS),
  parentId: z.number().int().nullable(),
  sortOrder: z.number().int(),
  status: z.enum(ORG_STATUSES),
});
export type Org = z.infer<typeof orgSchema>;

export const createOrgBody = z.strictObject({
  parentId: z.number().int().positive(),
  code: orgCode,
  name: z.string().trim().min(2, '名称至少2个字').max(100, '名称最多100个字'),
  shortName: z.string().trim().max(40).nullish(),
  kind: z.enum(ORG_KINDS),
  level: z.enum(ORG_LEVELS),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
export type CreateOrgInput = z.infer<typeof createOrgBody>;

export const updateOrgBody = z
  .strictObject({
    parentId: z.number().int().positive(),
    code: orgCode,
    name: z.string().trim().min(2, '名称至少2个字').max(100, '名称最多100个字'),
    shortName: z.string().trim().max(40).nullable(),
    kind: z.enum(ORG_KINDS),
    level: z.enum(ORG_LEVELS),
    sortOrder: z.number().int().min(0).max(100000),
    status: z.enum(ORG_STATUSES),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, '至少修改一项');
export type UpdateOrgInput = z.infer<typeof updateOrgBody>;

export const orgIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const publicOrgSchema = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORG_KINDS),
  level: z.enum(ORG_LEVELS),
  parentCode: z.string().nullable(),
});
export type PublicOrg = z.infer<typeof publicOrgSchema>;
