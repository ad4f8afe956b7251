import { z } from 'zod';
import { rowId } from '../publications.schemas.js';
import { AUDIENCES, ENTRY_STATUSES, MODES } from './catalogue.vocabulary.js';
import { PERIODS, RULE_KINDS } from './time-rule.js';

/** An id in a path or query string: plain decimal digits only. */
export const rowIdString = z.string().regex(/^[1-9][0-9]{0,9}$/, '编号须为正整数').transform(Number).pipe(rowId);

const text = (label: string, max: number) => z.string().trim().max(max, `${label}最多${max}个字`);

export const timeRuleSchema = z.strictObject({
  kind: z.enum(RULE_KINDS, { message: '公开时限规则只能是事件触发、定期、实时或未设定' }),
  days: z.number().int().min(1, '工作日数至少为1').max(365, '工作日数最多365').nullable().default(null),
  period: z.enum(PERIODS, { message: '周期只能是每年、每半年、每季度或每月' }).nullable().default(null),
}).refine((r) => r.kind !== 'periodic' || r.period !== null, { message: '定期公开须选择周期', path: ['period'] });

const f = {
  category: text('公开类别', 200),
  itemL1: text('一级事项', 100).min(1, '请填写一级事项'),
  itemL2: text('二级事项', 100),
  content: text('公开内容（要素）', 2000).min(1, '请填写公开内容（要素）'),
  basis: text('公开依据', 2000),
  timeLimit: text('公开时限', 200),
  subject: text('公开主体', 200),
  channels: z.array(text('公开渠道和载体', 50).min(1, '公开渠道和载体不能为空')).max(20, '公开渠道和载体最多20项'),
  audience: z.enum(AUDIENCES, { message: '公开对象只能是全社会或特定群体' }),
  mode: z.enum(MODES, { message: '公开方式只能是主动或依申请' }),
  level: text('公开层级', 50),
  sortOrder: z.number().int().min(0).max(1_000_000),
};

/** The columns of a 标准目录 row (国办发〔2019〕54号), as an editor or an import sets them. */
export const entryFields = {
  category: f.category.nullable().default(null),
  itemL1: f.itemL1,
  itemL2: f.itemL2.nullable().default(null),
  content: f.content,
  basis: f.basis.default(''),
  timeLimit: f.timeLimit.default(''),
  /** Parsed from `timeLimit` when absent. */
  rule: timeRuleSchema.optional(),
  subject: f.subject.default(''),
  channels: f.channels.default(['政府网站']),
  audience: f.audience.default('全社会'),
  mode: f.mode.default('主动'),
  level: f.level.default(''),
  sortOrder: f.sortOrder.default(0),
};

export const createEntryBody = z.strictObject({ orgId: rowId, ...entryFields });
export type CreateEntryInput = z.infer<typeof createEntryBody>;
/** One imported row: the same fields as a new entry (the organisation comes with the import). */
export const importRowSchema = z.strictObject(entryFields);

export const updateEntryBody = z.strictObject({
  category: f.category.nullable().optional(),
  itemL1: f.itemL1.optional(),
  itemL2: f.itemL2.nullable().optional(),
  content: f.content.optional(),
  basis: f.basis.optional(),
  timeLimit: f.timeLimit.optional(),
  /** Absent while `timeLimit` changes: parsed again from the new text. */
  rule: timeRuleSchema.optional(),
  subject: f.subject.optional(),
  channels: f.channels.optional(),
  audience: f.audience.optional(),
  mode: f.mode.optional(),
  level: f.level.optional(),
  sortOrder: f.sortOrder.optional(),
  status: z.enum(ENTRY_STATUSES).optional(),
}).refine((v) => Object.keys(v).length > 0, '至少修改一项');
export type UpdateEntryInput = z.infer<typeof updateEntryBody>;

export const listEntriesQuery = z.object({
  orgId: rowIdString.optional(),
  status: z.enum(ENTRY_STATUSES).optional(),
});
export const coverageQuery = z.object({ orgId: rowIdString.optional() });
export const entryIdParams = z.object({ entryId: rowIdString });

export const importBody = z.strictObject({
  orgId: rowId,
  text: z.string().min(1, '请粘贴目录内容').max(1_000_000, '粘贴内容过长（最多100万字符）'),
  /** Check only: report what would be imported and the bad rows, write nothing. */
  dryRun: z.boolean().default(false),
});

export const mapEntriesBody = z.strictObject({ entryIds: z.array(rowId).max(50, '一件文件最多归入50个目录条目') });

export const entrySchema = z.object({
  id: z.number(),
  orgId: z.number(),
  orgCode: z.string(),
  orgName: z.string(),
  category: z.string().nullable(),
  itemL1: z.string(),
  itemL2: z.string().nullable(),
  content: z.string(),
  basis: z.string(),
  timeLimit: z.string(),
  rule: z.object({ kind: z.enum(RULE_KINDS), days: z.number().nullable(), period: z.enum(PERIODS).nullable() }),
  ruleLabel: z.string(),
  subject: z.string(),
  channels: z.array(z.string()),
  audience: z.string(),
  mode: z.string(),
  level: z.string(),
  sortOrder: z.number(),
  status: z.enum(ENTRY_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EntryView = z.infer<typeof entrySchema>;

export const coverageItemSchema = z.object({
  entry: entrySchema,
  count: z.number(),
  lastDocument: z.object({ id: z.number(), title: z.string(), publishedAt: z.string() }).nullable(),
  covered: z.boolean(),
  reason: z.string(),
});

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  imported: z.number(),
  skipped: z.array(z.object({ row: z.number(), reason: z.string() })),
  errors: z.array(z.object({ row: z.number(), messages: z.array(z.string()) })),
  warnings: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResultSchema>;
