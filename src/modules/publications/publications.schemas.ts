import { z } from 'zod';
import { pageQuery } from '../../platform/db/index.js';
import { CHANNELS, DISCLOSURES, DISCLOSURE_GROUND_CODES, DOCUMENT_STATUSES, GENRES, PII_EXCEPTION_CODES, VALIDITIES } from './vocabulary.js';

const MAX_ID = 2_147_483_647;
export const rowId = z.number().int().positive().max(MAX_ID);
const rowIdString = z.string().regex(/^[1-9][0-9]{0,9}$/, '编号须为正整数').transform(Number).pipe(rowId);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), '日期不存在');
const isoDateTime = z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601（含时区），例如 2026-03-02T09:00:00+08:00' });

/** Bodies are sanitised on save; the cap keeps one document from filling the database. */
const MAX_BODY = 1_000_000;

/** Fields an editor sets on a draft. Every one optional on update; `version` guards against lost updates. */
const documentFields = {
  orgId: rowId,
  jointOrgIds: z.array(rowId).max(20, '联合发文机关最多20个').default([]),
  title: z.string().trim().min(2, '标题至少2个字').max(300, '标题最多300个字'),
  docNumber: z.string().trim().max(60, '发文字号最多60个字符').nullable().default(null),
  writtenAt: isoDate.nullable().default(null),
  topic: z.string().regex(/^\d{2}(-\d{2})?$/, '主题分类代码格式有误').nullable().default(null),
  genre: z.enum(GENRES, { message: '请选择公文种类（体裁）' }).nullable().default(null),
  keywords: z.string().trim().max(200, '主题词最多200个字').default(''),
  summary: z.string().trim().max(1000, '内容概述最多1000个字').default(''),
  disclosure: z.enum(DISCLOSURES, { message: '公开属性只能是主动公开、依申请公开或不予公开' }).default('active'),
  disclosureGround: z.enum(DISCLOSURE_GROUND_CODES, { message: '请选择不主动公开的法定理由' }).nullable().default(null),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default(['政府网站']),
  audience: z.string().trim().min(1).max(100).default('全社会'),
  bodyHtml: z.string().max(MAX_BODY, '正文过长（最多100万字符）').default(''),
  isNormative: z.boolean().default(false),
  validity: z.enum(VALIDITIES).nullable().default(null),
  validFrom: isoDate.nullable().default(null),
  validTo: isoDate.nullable().default(null),
};

export const createDocumentBody = z.strictObject(documentFields);
export type CreateDocumentInput = z.infer<typeof createDocumentBody>;

const f = documentFields;
export const updateDocumentBody = z.strictObject({
  version: z.number().int().positive(),
  orgId: f.orgId.optional(),
  jointOrgIds: z.array(rowId).max(20).optional(),
  title: f.title.optional(),
  docNumber: z.string().trim().max(60).nullable().optional(),
  writtenAt: isoDate.nullable().optional(),
  topic: z.string().regex(/^\d{2}(-\d{2})?$/, '主题分类代码格式有误').nullable().optional(),
  genre: z.enum(GENRES, { message: '请选择公文种类（体裁）' }).nullable().optional(),
  keywords: z.string().trim().max(200).optional(),
  summary: z.string().trim().max(1000).optional(),
  disclosure: z.enum(DISCLOSURES).optional(),
  disclosureGround: z.enum(DISCLOSURE_GROUND_CODES).nullable().optional(),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
  audience: z.string().trim().min(1).max(100).optional(),
  bodyHtml: z.string().max(MAX_BODY, '正文过长（最多100万字符）').optional(),
  isNormative: z.boolean().optional(),
  validity: z.enum(VALIDITIES).nullable().optional(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
});
export type UpdateDocumentInput = z.infer<typeof updateDocumentBody>;

export const documentIdParams = z.object({ id: rowIdString });
export const attachmentParams = z.object({ id: rowIdString, attachmentId: rowIdString });

export const listDocumentsQuery = pageQuery.extend({
  status: z.enum(DOCUMENT_STATUSES).optional(),
  orgId: rowIdString.optional(),
  q: z.string().trim().max(100).optional(),
  late: z.enum(['true', 'false']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
});
export type ListDocumentsQuery = z.infer<typeof listDocumentsQuery>;

export const reviewBody = z.strictObject({
  decision: z.enum(['approve', 'return'], { message: '审查结论只能是通过或退回' }),
  opinion: z.string().trim().max(2000, '审查意见最多2000字').default(''),
});
export const publishBody = z.strictObject({ publishAt: isoDateTime.nullable().optional() });
export const withdrawBody = z.strictObject({ reason: z.string().trim().min(4, '请写明撤回原因（至少4个字），它会向公众显示').max(500) });
export const returnNoteBody = z.strictObject({ note: z.string().trim().max(500).default('') });
export const piiExceptionBody = z.strictObject({
  basis: z.enum(PII_EXCEPTION_CODES, { message: '请选择例外的法定依据' }),
  note: z.string().trim().min(4, '请写明依据的具体法律条款或文件（至少4个字）').max(1000),
});
export const maskBody = z.strictObject({
  /** Which places to mask: the body and/or attachment ids. Omitted = everything with findings. */
  body: z.boolean().default(true),
  attachmentIds: z.array(rowId).optional(),
});

export const sensitiveWordBody = z.strictObject({
  word: z.string().trim().min(1, '请输入敏感词').max(50, '敏感词最多50个字'),
  level: z.enum(['block', 'warn']).default('block'),
  note: z.string().trim().max(200).nullable().default(null),
});
export const sensitiveWordParams = z.object({ wordId: rowIdString });

const orgRef = z.object({ id: z.number(), code: z.string(), name: z.string() });
export const findingSchema = z.object({
  check: z.enum(['pii', 'sensitive-word', 'broken-link', 'empty-attachment', 'required', 'unreadable-attachment']),
  severity: z.enum(['block', 'warn', 'excepted']),
  message: z.string(),
  place: z.object({ kind: z.enum(['title', 'body', 'attachment', 'field']), attachmentId: z.number().optional(), name: z.string().optional(), field: z.string().optional(), line: z.number().optional(), column: z.number().optional(), start: z.number().optional(), end: z.number().optional() }),
  value: z.string().optional(),
  context: z.string().optional(),
  piiKind: z.string().optional(),
  maskable: z.boolean().optional(),
});
export type Finding = z.infer<typeof findingSchema>;
export const checkReportSchema = z.object({ findings: z.array(findingSchema), blocking: z.boolean(), summary: z.string() });
export type CheckReport = z.infer<typeof checkReportSchema>;

export const attachmentSchema = z.object({
  id: z.number(), name: z.string(), size: z.number(), mime: z.string(), fileType: z.string(), textEmpty: z.boolean(), masked: z.boolean(), textLength: z.number(),
});
export const documentSchema = z.object({
  id: z.number(),
  status: z.enum(DOCUMENT_STATUSES),
  statusLabel: z.string(),
  version: z.number(),
  indexNumber: z.string().nullable(),
  title: z.string(),
  docNumber: z.string().nullable(),
  writtenAt: z.string().nullable(),
  publishAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  org: orgRef,
  orgs: z.array(orgRef),
  topic: z.object({ code: z.string(), label: z.string() }).nullable(),
  genre: z.string().nullable(),
  keywords: z.string(),
  summary: z.string(),
  disclosure: z.enum(DISCLOSURES),
  disclosureLabel: z.string(),
  disclosureGround: z.string().nullable(),
  disclosureGroundLabel: z.string().nullable(),
  channels: z.array(z.string()),
  audience: z.string(),
  bodyHtml: z.string(),
  isNormative: z.boolean(),
  validity: z.enum(VALIDITIES).nullable(),
  validityLabel: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  piiException: z.object({ basis: z.string(), basisLabel: z.string(), note: z.string(), by: z.string(), at: z.string() }).nullable(),
  dueDate: z.string().nullable(),
  lateDays: z.number().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  source: z.string(),
  attachments: z.array(attachmentSchema),
  createdBy: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentView = z.infer<typeof documentSchema>;

export const documentListItemSchema = documentSchema.pick({
  id: true, status: true, statusLabel: true, version: true, indexNumber: true, title: true, docNumber: true, writtenAt: true, publishedAt: true, publishAt: true, org: true, topic: true, disclosure: true, disclosureLabel: true, dueDate: true, lateDays: true, updatedAt: true,
});
export type DocumentListItem = z.infer<typeof documentListItemSchema>;

export const documentEventSchema = z.object({ id: z.number(), action: z.string(), actionLabel: z.string(), fromStatus: z.string().nullable(), toStatus: z.string().nullable(), note: z.string().nullable(), actorName: z.string(), occurredAt: z.string() });
export const documentVersionSchema = z.object({ version: z.number(), reason: z.string(), createdAt: z.string(), createdBy: z.number().nullable(), title: z.string() });
