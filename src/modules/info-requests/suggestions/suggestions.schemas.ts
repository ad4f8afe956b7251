import { z } from 'zod';
import { isIsoDate } from '../../../platform/calendar/index.js';

export const suggestionsQuery = z.object({
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '起始日期应为 YYYY-MM-DD 格式的日期').refine(isIsoDate, '起始日期不是有效的日期').optional(),
  minRequests: z.coerce.number().int().min(2, '至少2件申请才能构成“多个申请人”的情形').max(10_000).default(3),
  threshold: z.coerce.number().min(0.1, '相似度阈值应在0.1到1之间').max(1, '相似度阈值应在0.1到1之间').default(0.5),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SuggestionsQuery = z.output<typeof suggestionsQuery>;

export const suggestionGroup = z.object({
  /** The group's most frequent terms (a term inside an already chosen one is skipped). */
  keyTerms: z.array(z.string()),
  requestCount: z.number(),
  /** Distinct applicants, by the keyed digest of their identity. */
  applicantCount: z.number(),
  orgs: z.array(z.object({ id: z.number(), code: z.string(), name: z.string(), count: z.number() })),
  firstReceivedOn: z.string(),
  lastReceivedOn: z.string(),
  samples: z.array(z.string()),
  requestIds: z.array(z.number()),
  /** Closed requests by result code (table 三 rows); `open` counts those still being handled. */
  results: z.record(z.string(), z.number()),
  open: z.number(),
  suggestion: z.string(),
});

export const suggestionsResponse = z.object({
  since: z.string(),
  until: z.string(),
  threshold: z.number(),
  minRequests: z.number(),
  /** Requests read (in scope, received in the period). */
  analysed: z.number(),
  /** Groups found before `limit`. */
  groupCount: z.number(),
  groups: z.array(suggestionGroup),
});
export type SuggestionsView = z.output<typeof suggestionsResponse>;
export type SuggestionGroupView = z.output<typeof suggestionGroup>;
