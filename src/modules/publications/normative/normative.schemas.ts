import { z } from 'zod';
import { pageQuery } from '../../../platform/db/index.js';
import { rowId } from '../publications.schemas.js';
import { VALIDITIES } from '../vocabulary.js';
import { CLEANUP_RESULTS, CLEANUP_STATUSES, REGISTER_FILTERS, RELATION_KINDS } from './normative.vocabulary.js';

const rowIdString = z.string().regex(/^[1-9][0-9]{0,9}$/, '编号须为正整数').transform(Number).pipe(rowId);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), '日期不存在');

export const idParams = z.object({ id: rowIdString });

export const putRelationsBody = z.strictObject({
  relations: z.array(z.strictObject({
    relatedDocumentId: rowId,
    kind: z.enum(RELATION_KINDS, { message: '关系只能是修改、废止或解读' }),
  })).max(50, '一件文件最多关联50件文件'),
});
export type PutRelationsInput = z.infer<typeof putRelationsBody>;

const docRef = z.object({
  id: z.number(), title: z.string(), docNumber: z.string().nullable(), indexNumber: z.string().nullable(), org: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  status: z.string(), publishedAt: z.string().nullable(), validity: z.enum(VALIDITIES).nullable(), validityLabel: z.string().nullable(),
  validFrom: z.string().nullable(), validTo: z.string().nullable(), isNormative: z.boolean(),
});
export type DocRef = z.infer<typeof docRef>;
const relationSchema = z.object({ kind: z.enum(RELATION_KINDS), label: z.string(), appliedAt: z.string().nullable(), document: docRef });
export const relationsSchema = z.object({ outgoing: z.array(relationSchema), incoming: z.array(relationSchema) });
export type RelationsView = z.infer<typeof relationsSchema>;

export const registerQuery = pageQuery.extend({
  orgId: rowIdString.optional(),
  validity: z.enum(REGISTER_FILTERS).default('current'),
  q: z.string().trim().max(100).optional(),
});
export type RegisterQuery = z.infer<typeof registerQuery>;
export const registerPageSchema = z.object({ items: z.array(docRef), total: z.number() });

const cleanupFields = {
  orgId: rowId,
  title: z.string().trim().min(4, '标题至少4个字').max(200, '标题最多200个字'),
  basis: z.string().trim().max(5000, '清理依据最多5000字').default(''),
  cleanupDate: isoDate,
};
export const createCleanupBody = z.strictObject(cleanupFields);
export type CreateCleanupInput = z.infer<typeof createCleanupBody>;
export const updateCleanupBody = z.strictObject({
  title: cleanupFields.title.optional(), basis: z.string().trim().max(5000).optional(), cleanupDate: isoDate.optional(),
});
export type UpdateCleanupInput = z.infer<typeof updateCleanupBody>;

export const putItemsBody = z.strictObject({
  items: z.array(z.strictObject({
    documentId: rowId,
    result: z.enum(CLEANUP_RESULTS, { message: '清理结果只能是继续有效、修改、废止或宣布失效' }),
    note: z.string().trim().max(500, '说明最多500字').default(''),
  })).max(1000, '一次清理最多1000件文件'),
});
export type PutItemsInput = z.infer<typeof putItemsBody>;

export const listCleanupsQuery = pageQuery.extend({ orgId: rowIdString.optional(), status: z.enum(CLEANUP_STATUSES).optional() });
export type ListCleanupsQuery = z.infer<typeof listCleanupsQuery>;

const cleanupBase = {
  id: z.number(), org: z.object({ id: z.number(), code: z.string(), name: z.string() }), title: z.string(), basis: z.string(), cleanupDate: z.string(),
  status: z.enum(CLEANUP_STATUSES), statusLabel: z.string(), publishedAt: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(),
};
export const cleanupListItemSchema = z.object({ ...cleanupBase, itemCount: z.number() });
export const cleanupItemSchema = z.object({ document: docRef, result: z.enum(CLEANUP_RESULTS), resultLabel: z.string(), note: z.string() });
export const cleanupSchema = z.object({ ...cleanupBase, items: z.array(cleanupItemSchema), counts: z.record(z.string(), z.number()) });
export type CleanupView = z.infer<typeof cleanupSchema>;
export type CleanupListItem = z.infer<typeof cleanupListItemSchema>;
