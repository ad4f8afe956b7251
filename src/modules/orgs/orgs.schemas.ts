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

/** Row ids are INTEGER columns (int4 on PostgreSQL): nothing above 2^31-1 can exist, and PostgreSQL errors on it. */
const MAX_ID = 2_147_483_647;
const rowId = z.number().int().positive().max(MAX_ID);
/** An id in a path or query string: plain decimal digits only (not `0x10`, `1e1` or ` 1`). */
const rowIdString = z.string().regex(/^[1-9][0-9]{0,9}$/, '编号须为正整数').transform(Number).pipe(rowId);

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
  parentId: rowId,
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
    parentId: rowId,
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

export const orgIdParams = z.strictObject({ id: rowIdString });

export const publicOrgSchema = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORG_KINDS),
  level: z.enum(ORG_LEVELS),
  parentCode: z.string().nullable(),
});
export type PublicOrg = z.infer<typeof publicOrgSchema>;
