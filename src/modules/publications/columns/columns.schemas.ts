import { z } from 'zod';
import { rowIdString } from '../catalogue/index.js';
import { rowId } from '../publications.schemas.js';
import { COLUMN_KINDS, COLUMN_STATUSES } from './columns.vocabulary.js';

// The slug is the column's address (`/xxgk/columns/{orgCode}/{slug}`): short, lower-case, URL-safe.
const slug = z.string().trim().min(2, '栏目标识至少2个字符').max(40, '栏目标识最多40个字符')
  .regex(/^[a-z0-9][a-z0-9-]*$/, '栏目标识只能包含小写字母、数字和连字符，且以字母或数字开头');
const name = z.string().trim().min(2, '栏目名称至少2个字').max(50, '栏目名称最多50个字');
const description = z.string().trim().max(500, '栏目说明最多500个字');
const kind = z.enum(COLUMN_KINDS, { message: '栏目类型只能是动态要闻类、通知公告类、政策文件类、重点领域或其他' });
const maxDays = z.number().int().min(1, '更新周期至少1天').max(3660, '更新周期最多3660天').nullable();
const sortOrder = z.number().int().min(0).max(1_000_000);

export const createColumnBody = z.strictObject({
  orgId: rowId,
  parentId: rowId.nullable().default(null),
  name,
  slug,
  description: description.default(''),
  kind,
  /** Absent: the kind's default (栏目不更新 rule); null: no rule. */
  maxDays: maxDays.optional(),
  sortOrder: sortOrder.optional(),
});
export type CreateColumnInput = z.infer<typeof createColumnBody>;

export const updateColumnBody = z.strictObject({
  name: name.optional(),
  slug: slug.optional(),
  description: description.optional(),
  /** A new kind without `maxDays` takes the new kind's default rule. */
  kind: kind.optional(),
  maxDays: maxDays.optional(),
  sortOrder: sortOrder.optional(),
  status: z.enum(COLUMN_STATUSES).optional(),
}).refine((v) => Object.keys(v).length > 0, '至少修改一项');
export type UpdateColumnInput = z.infer<typeof updateColumnBody>;

export const moveColumnBody = z.strictObject({ parentId: rowId.nullable(), sortOrder: sortOrder.optional() });
export const columnIdParams = z.object({ columnId: rowIdString });
export const orgQuery = z.object({ orgId: rowIdString.optional() });
export const mapColumnsBody = z.strictObject({ columnIds: z.array(rowId).max(20, '一件文件最多归入20个栏目') });

export const columnSchema = z.object({
  id: z.number(),
  orgId: z.number(),
  orgCode: z.string(),
  orgName: z.string(),
  parentId: z.number().nullable(),
  depth: z.number(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  kind: z.enum(COLUMN_KINDS),
  kindLabel: z.string(),
  maxDays: z.number().nullable(),
  sortOrder: z.number(),
  status: z.enum(COLUMN_STATUSES),
  /** False when the column or one above it is disabled. */
  effectiveActive: z.boolean(),
  url: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ColumnView = z.infer<typeof columnSchema>;

export const staleItemSchema = z.object({
  column: columnSchema,
  state: z.enum(['stale', 'empty']),
  lastPublishedAt: z.string().nullable(),
  daysSince: z.number().nullable(),
  reason: z.string(),
  /** Counts towards veto line (a): 动态要闻类, or 通知公告/政策文件类 一级栏目. */
  countsForNewsNoticePolicy: z.boolean(),
});

export const staleReportSchema = z.object({
  org: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  checkedAt: z.string(),
  checked: z.number(),
  thresholds: z.object({ newsNoticePolicy: z.number(), stale: z.number(), empty: z.number() }),
  counts: z.object({ newsNoticePolicy: z.number(), stale: z.number(), empty: z.number() }),
  veto: z.object({ hit: z.boolean(), reasons: z.array(z.string()) }),
  items: z.array(staleItemSchema),
});
export type StaleReport = z.infer<typeof staleReportSchema>;
