import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const auditQuery = z.strictObject({
  action: z.string().trim().max(60).optional(),
  actor: z.string().trim().max(50).optional(),
  entityType: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(40).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditItemSchema = z.object({
  id: z.number(),
  occurredAt: z.string(),
  actorName: z.string(),
  orgName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
  beforeDigest: z.string().nullable(),
  afterDigest: z.string().nullable(),
  hash: z.string(),
});

export const verifySchema = z.object({ ok: z.boolean(), count: z.number(), firstBadId: z.number().nullable(), message: z.string() });
