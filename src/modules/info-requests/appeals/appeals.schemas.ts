import { z } from 'zod';
import { isIsoDate } from '../../../platform/calendar/index.js';
import { APPEAL_KINDS, APPEAL_OUTCOMES } from '../vocabulary.js';

/** A real `YYYY-MM-DD` date (2026-02-30 is refused), with the field's Chinese name in the messages. */
const day = (label: string) => z.string({ message: `请填写${label}` })
  .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为 YYYY-MM-DD 格式的日期`)
  .refine(isIsoDate, `${label}不是有效的日期`);

const kind = z.enum(APPEAL_KINDS, { message: '请选择类型：review（行政复议）、litigationDirect（未经复议直接起诉）、litigationAfterReview（复议后起诉）' });
const outcome = z.enum(APPEAL_OUTCOMES, { message: '请选择结果：upheld（维持）、corrected（纠正）、other（其他结果）、pending（尚未审结）' });
const text = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}个字`);

/** POST /api/v1/info-requests/:id/appeals — a 行政复议 or 行政诉讼 about the request's handling. */
export const createAppealBody = z.strictObject({
  kind,
  filedOn: day('申请复议或起诉之日'),
  bodyName: text('复议机关或法院', 100).min(2, '请填写复议机关或受理法院的名称'),
  caseNumber: text('案号', 100).optional(),
  outcome: outcome.default('pending'),
  decidedOn: day('审结日期').optional(),
  note: text('备注', 1000).optional(),
});
export type CreateAppealInput = z.output<typeof createAppealBody>;

/** PATCH /api/v1/info-requests/appeals/:appealId — the outcome as the case goes on; `version` guards against a lost update. */
export const updateAppealBody = z.strictObject({
  version: z.number({ message: '请提供记录的版本号（version）' }).int().positive(),
  outcome: outcome.optional(),
  /** null clears it (a decision entered by mistake). */
  decidedOn: day('审结日期').nullable().optional(),
  bodyName: text('复议机关或法院', 100).min(2, '请填写复议机关或受理法院的名称').optional(),
  caseNumber: text('案号', 100).nullable().optional(),
  note: text('备注', 1000).nullable().optional(),
});
export type UpdateAppealInput = z.output<typeof updateAppealBody>;

export const appealListQuery = z.object({
  year: z.coerce.number().int().min(2008, '年份应在2008年（条例施行）以后').max(2100).optional(),
  kind: kind.optional(),
  outcome: outcome.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const summaryQuery = z.object({
  year: z.coerce.number().int().min(2008, '年份应在2008年（条例施行）以后').max(2100).optional(),
  org: z.string().trim().min(1).max(64).optional(),
  scope: z.enum(['self', 'subtree'], { message: '统计范围应为 self（本机构）或 subtree（含下辖机构）' }).default('self'),
});

export const appealSchema = z.object({
  id: z.number(),
  requestId: z.number(),
  trackingCode: z.string(),
  registerNo: z.string().nullable(),
  orgId: z.number(),
  org: z.string(),
  kind: z.enum(APPEAL_KINDS),
  kindLabel: z.string(),
  filedOn: z.string(),
  bodyName: z.string(),
  caseNumber: z.string().nullable(),
  outcome: z.enum(APPEAL_OUTCOMES),
  outcomeLabel: z.string(),
  decidedOn: z.string().nullable(),
  note: z.string().nullable(),
  /** Filed after the usual time limit (accepted; the 复议机关 or court decides admissibility). */
  lateFiling: z.boolean(),
  lateFilingNote: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AppealView = z.output<typeof appealSchema>;

export const appealPage = z.object({ items: z.array(appealSchema), total: z.number(), page: z.number(), pageSize: z.number() });

const cell = z.strictObject({ upheld: z.number(), corrected: z.number(), other: z.number(), pending: z.number(), total: z.number() });
/** Exactly `reviewLitigation` of shared/docs/annual-report-json.md (table 四). */
export const reviewLitigationSchema = z.strictObject({ review: cell, litigationDirect: cell, litigationAfterReview: cell });
export type ReviewLitigation = z.output<typeof reviewLitigationSchema>;
