import { z } from 'zod';
import { inputsSchema } from './inputs.js';
import { RESULT_ROW_KEYS, REVIEW_GROUP_KEYS, ROW_KEYS } from './report-shape.js';
import { EXPORT_FORMATS } from './report-files.js';

const thisYear = () => new Date().getFullYear() + 1;
export const reportParams = z.object({
  org: z.string().min(1).max(64),
  year: z.coerce.number({ error: '年度应为数字' }).int('年度应为整数').min(2008, '年度不早于2008年').max(thisYear(), '年度有误'),
});
export const scopeQuery = z.object({ scope: z.enum(['self', 'subtree']).optional() });
export const saveBody = inputsSchema.and(z.object({ version: z.number().int().min(0) }));
export const publishBody = z.strictObject({
  version: z.number().int().min(1),
  note: z.string().trim().max(500, '更正说明不超过500字').optional(),
  acceptPrevious: z.string().trim().max(500, '说明不超过500字').optional(),
});
export const cellQuery = z.object({
  row: z.enum([...ROW_KEYS], { error: '行应为表三的一行（如 newReceived、disclosed、total）' }),
  column: z.enum(['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'], { error: '列应为申请人类型之一或 total' }),
  scope: z.enum(['self', 'subtree']).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});
export const appealCellQuery = z.object({
  kind: z.enum(REVIEW_GROUP_KEYS),
  outcome: z.enum(['upheld', 'corrected', 'other', 'pending', 'total']).optional(),
  scope: z.enum(['self', 'subtree']).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});
export const exportParams = reportParams.extend({ format: z.enum(EXPORT_FORMATS, { error: '格式应为 json、html、docx 或 pdf' }) });
export const exportQuery = z.object({ version: z.enum(['published', 'live', 'auto']).optional() });
export const supervisionQuery = z.object({ org: z.string().min(1).max(64).optional(), year: z.coerce.number().int().min(2008).max(2100) });
export const checkBody = z.object({ report: z.unknown(), previous: z.unknown().optional() });
export const historyBody = z.object({ report: z.unknown(), source: z.string().trim().max(200).default('') });

export const problemSchema = z.object({
  rule: z.string(), path: z.string(), row: z.string().optional(), column: z.string().optional(),
  expected: z.number().optional(), actual: z.number().optional(), message: z.string(),
});
export const checkResultSchema = z.object({ ok: z.boolean(), problems: z.array(problemSchema) });

/** Result rows a drill-down accepts besides the structural rows (kept for OpenAPI readers). */
export const DRILLABLE_ROWS = [...RESULT_ROW_KEYS, 'newReceived', 'carriedOver', 'total', 'carriedForward'];
