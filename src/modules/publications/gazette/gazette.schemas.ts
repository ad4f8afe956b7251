import { z } from 'zod';
import { pageQuery } from '../../../platform/db/index.js';
import { rowId } from '../publications.schemas.js';

const rowIdString = z.string().regex(/^[1-9][0-9]{0,9}$/, '编号须为正整数').transform(Number).pipe(rowId);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), '日期不存在');
const year = z.number().int().min(1949, '年份不能早于1949年').max(2100, '年份不能晚于2100年');
const issueNumber = z.number().int().min(1, '期数须为正整数').max(999, '期数最多999');
const totalNumber = z.number().int().min(1, '总期数须为正整数').max(99999, '总期数最多99999');
const title = z.string().trim().min(4, '标题至少4个字').max(200, '标题最多200个字');

export const ISSUE_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = { draft: '草稿', published: '已发布', withdrawn: '已撤回' };
/** The usual sections of a municipal gazette, offered when an issue is created without its own. */
export const DEFAULT_SECTIONS = ['市政府文件', '市政府办公室文件', '部门文件', '人事任免', '其他'];

export const idParams = z.object({ id: rowIdString });

export const createIssueBody = z.strictObject({
  orgId: rowId,
  year,
  number: issueNumber.optional(),
  totalNumber: totalNumber.optional(),
  title: title.optional(),
  issueDate: isoDate,
  sections: z.array(z.string().trim().min(1).max(50, '栏目名称最多50个字')).max(20).optional(),
});
export type CreateIssueInput = z.infer<typeof createIssueBody>;

export const updateIssueBody = z.strictObject({
  version: z.number().int().positive(),
  year: year.optional(),
  number: issueNumber.optional(),
  totalNumber: totalNumber.optional(),
  title: title.optional(),
  issueDate: isoDate.optional(),
});
export type UpdateIssueInput = z.infer<typeof updateIssueBody>;

export const putContentsBody = z.strictObject({
  version: z.number().int().positive(),
  sections: z.array(z.strictObject({
    title: z.string().trim().min(1, '请填写栏目名称').max(50, '栏目名称最多50个字'),
    documentIds: z.array(rowId).max(200, '一个栏目最多200件文件'),
  })).max(20, '一期公报最多20个栏目'),
});
export type PutContentsInput = z.infer<typeof putContentsBody>;

export const withdrawIssueBody = z.strictObject({ reason: z.string().trim().min(2, '请写明撤回原因').max(500, '撤回原因最多500字') });

export const listIssuesQuery = pageQuery.extend({
  orgId: rowIdString.optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  status: z.enum(ISSUE_STATUSES).optional(),
});
export type ListIssuesQuery = z.infer<typeof listIssuesQuery>;

const orgRef = z.object({ id: z.number(), code: z.string(), name: z.string() });
const issueBase = {
  id: z.number(), org: orgRef, year: z.number(), number: z.number(), totalNumber: z.number(), title: z.string(), issueDate: z.string(),
  status: z.enum(ISSUE_STATUSES), statusLabel: z.string(), version: z.number(), publishedAt: z.string().nullable(), withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(), pdfSize: z.number().nullable(), createdAt: z.string(), updatedAt: z.string(),
};
export const issueListItemSchema = z.object({ ...issueBase, itemCount: z.number() });
export type IssueListItem = z.infer<typeof issueListItemSchema>;
const itemSchema = z.object({
  id: z.number(), title: z.string(), docNumber: z.string().nullable(), indexNumber: z.string().nullable(), org: orgRef, publishedAt: z.string().nullable(),
  /** Still public (a document withdrawn since keeps its place in the list, marked). */
  public: z.boolean(),
});
export const issueSchema = z.object({ ...issueBase, sections: z.array(z.object({ title: z.string(), items: z.array(itemSchema) })) });
export type IssueView = z.infer<typeof issueSchema>;
export type IssueItemView = z.infer<typeof itemSchema>;
