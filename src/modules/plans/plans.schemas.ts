import { z } from 'zod';
import { DEADLINE_KINDS, PLAN_STATUSES, TASK_STATUSES } from './vocabulary.js';

/** Longest plan text the import preview reads (characters). */
export const MAX_SOURCE_CHARS = 500_000;

const date = (label: string) => z.string({ message: `请填写${label}` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为 YYYY-MM-DD 格式的日期`);
const unitName = z.string().trim().min(1, '单位名称不能为空').max(100, '单位名称不超过100字');
const units = z.array(unitName).max(300, '每项任务最多300个单位');
const version = z.number({ message: '请带上当前版本号 version' }).int().min(1);

export const deadlineSchema = z.strictObject({
  raw: z.string().trim().max(200, '完成时限不超过200字'),
  date: date('完成时限的日期').nullable(),
  kind: z.enum(DEADLINE_KINDS, { message: '时限类型应为 by-date、year-end、long-term、periodic 或 other' }),
});

/** One task as the parser gives it (shared/docs/plan-format.md), as the office edited it. */
export const taskInputSchema = z.object({
  path: z.array(z.string().trim().min(1).max(20)).min(1, '请填写任务的序号（层级编号）').max(8),
  heading: z.string().trim().max(500, '任务标题不超过500字').nullable().default(null),
  text: z.string().trim().max(20_000, '任务内容不超过20000字').default(''),
  lead: units.default([]),
  responsible: units.default([]),
  cooperating: units.default([]),
  deadline: deadlineSchema.nullable().default(null),
}).refine((t) => t.text || t.heading, { message: '任务内容不能为空', path: ['text'] });
export type TaskInput = z.output<typeof taskInputSchema>;

/** The office's corrections of unit matches: written name → organisation code (null: keep as text). */
const unitMap = z.record(unitName, z.string().trim().max(64).nullable()).refine((m) => Object.keys(m).length <= 2000, '单位对应关系过多');

export const parseBody = z.strictObject({
  text: z.string({ message: '请粘贴方案全文' }).min(1, '请粘贴方案全文').max(MAX_SOURCE_CHARS, `方案文本不超过${MAX_SOURCE_CHARS}字`),
  orgCode: z.string().trim().min(1).max(64).optional(),
});
export const parseQuery = z.object({ orgCode: z.string().trim().min(1).max(64).optional() });

export const createPlanBody = z.strictObject({
  orgCode: z.string().trim().min(1).max(64).optional(),
  title: z.string({ message: '请填写方案标题' }).trim().min(1, '请填写方案标题').max(300, '方案标题不超过300字'),
  issuer: z.string().trim().max(200).nullish().transform((v) => v || null),
  docNumber: z.string().trim().max(100).nullish().transform((v) => v || null),
  year: z.number({ message: '请填写年度' }).int('年度应为整数').min(2000, '年度不早于2000年').max(2100, '年度有误'),
  sourceText: z.string().max(MAX_SOURCE_CHARS, `方案文本不超过${MAX_SOURCE_CHARS}字`).default(''),
  tasks: z.array(taskInputSchema).max(2000, '一个方案最多2000项任务'),
  unitMap: unitMap.default({}),
});
export type CreatePlanInput = z.output<typeof createPlanBody>;

export const updatePlanBody = z.strictObject({
  version,
  title: z.string().trim().min(1, '请填写方案标题').max(300).optional(),
  issuer: z.string().trim().max(200).nullish().transform((v) => (v === undefined ? undefined : v || null)),
  docNumber: z.string().trim().max(100).nullish().transform((v) => (v === undefined ? undefined : v || null)),
  year: z.number().int().min(2000).max(2100).optional(),
  sourceText: z.string().max(MAX_SOURCE_CHARS).optional(),
  tasks: z.array(taskInputSchema).max(2000).optional(),
  unitMap: unitMap.optional(),
});
export type UpdatePlanInput = z.output<typeof updatePlanBody>;

export const versionBody = z.strictObject({ version });
export const planParams = z.object({ id: z.coerce.number().int().positive() });
export const listPlansQuery = z.object({
  status: z.enum(PLAN_STATUSES, { message: '状态应为 draft、adopted 或 archived' }).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

const taskStatus = z.enum(TASK_STATUSES, { message: '状态应为 not_started、in_progress、submitted 或 closed' });
export const planTasksQuery = z.object({
  status: taskStatus.optional(),
  org: z.string().trim().min(1).max(64).optional(),
  view: z.enum(['overdue', 'dueSoon'], { message: '视图应为 overdue 或 dueSoon' }).optional(),
});
export const ledgerQuery = z.object({
  status: z.enum([...TASK_STATUSES, 'overdue'], { message: '状态应为 not_started、in_progress、submitted、closed 或 overdue' }).optional(),
  org: z.string().trim().min(1).max(64).optional(),
});
export const crossTasksQuery = z.object({
  view: z.enum(['mine', 'overdue', 'dueSoon', 'all'], { message: '视图应为 mine、overdue、dueSoon 或 all' }).default('all'),
  org: z.string().trim().min(1).max(64).optional(),
  plan: z.coerce.number().int().positive().optional(),
  status: taskStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type CrossTasksQuery = z.output<typeof crossTasksQuery>;

export const taskParams = z.object({ id: z.coerce.number().int().positive() });
export const evidenceFileParams = z.object({ id: z.coerce.number().int().positive(), fileKey: z.string().regex(/^[0-9a-f]{64}$/, '文件标识格式不正确') });

/** 佐证材料 as reported: a published document (by id), an http(s) link, or a file uploaded first. */
export const evidenceInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('document'), documentId: z.number().int().positive(), title: z.string().max(300).optional(), url: z.string().max(2000).optional() }),
  z.strictObject({ kind: z.literal('url'), url: z.string().trim().min(1, '请填写链接').max(2000, '链接不超过2000字'), title: z.string().trim().max(300).optional() }),
  z.strictObject({ kind: z.literal('file'), fileKey: z.string().regex(/^[0-9a-f]{64}$/, '文件标识格式不正确'), name: z.string().trim().min(1).max(200), size: z.number().int().min(0) }),
], { message: '佐证材料类型应为 document、url 或 file' });
export type EvidenceInput = z.output<typeof evidenceInput>;

export const progressBody = z.strictObject({
  text: z.string({ message: '请填写进展情况' }).trim().min(2, '请填写进展情况（至少2个字）').max(5000, '进展情况不超过5000字'),
  percent: z.number({ message: '请填写完成进度（0–100）' }).int('完成进度应为整数').min(0, '完成进度不小于0').max(100, '完成进度不大于100'),
  evidence: z.array(evidenceInput).max(20, '每次最多20项佐证材料').default([]),
  /** The unit reported for (an assigned organisation in the caller's scope); default the caller's own. */
  orgCode: z.string().trim().min(1).max(64).optional(),
  version: version.optional(),
});
export type ProgressInput = z.output<typeof progressBody>;

export const submitBody = z.strictObject({
  text: z.string({ message: '请填写完成情况' }).trim().min(2, '请填写完成情况（至少2个字）').max(5000, '完成情况不超过5000字'),
  evidence: z.array(evidenceInput).max(20).default([]),
  orgCode: z.string().trim().min(1).max(64).optional(),
  version: version.optional(),
});
export type SubmitInput = z.output<typeof submitBody>;

export const acceptBody = z.strictObject({
  note: z.string().trim().max(2000, '验收意见不超过2000字').optional(),
  version: version.optional(),
});
export const returnBody = z.strictObject({
  reason: z.string({ message: '请填写退回理由' }).trim().min(2, '请填写退回理由（至少2个字）').max(2000, '退回理由不超过2000字'),
  version: version.optional(),
});

const unitAssignment = z.strictObject({
  name: unitName,
  /** An organisation code; null keeps the name as text; absent: resolved from the name (collectives expanded). */
  orgCode: z.string().trim().min(1).max(64).nullable().optional(),
});
export type UnitAssignmentInput = z.output<typeof unitAssignment>;

export const patchTaskBody = z.strictObject({
  version,
  deadline: deadlineSchema.nullable().optional(),
  /** Set explicitly; otherwise recomputed from a changed deadline. */
  dueOn: date('到期日').nullable().optional(),
  units: z.strictObject({
    lead: z.array(unitAssignment).max(300).default([]),
    responsible: z.array(unitAssignment).max(300).default([]),
    cooperating: z.array(unitAssignment).max(300).default([]),
  }).optional(),
  note: z.string().trim().max(500, '修改说明不超过500字').optional(),
});
export type PatchTaskInput = z.output<typeof patchTaskBody>;
