import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/http/index.js';
import type { AuditLogService } from './audit-log.service.js';
import { auditItemSchema, auditQuery, verifySchema } from './audit-log.schemas.js';

const ADMINS = ['sysadmin', 'office_admin'] as const;

export function registerAuditLogRoutes(app: FastifyInstance, svc: AuditLogService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/audit', {
    config: { access: ADMINS },
    schema: { tags: ['audit'], summary: '审计日志', querystring: auditQuery, response: { 200: z.object({ items: z.array(auditItemSchema), total: z.number() }) } },
  }, async (req) => svc.search(principalOf(req), req.query));

  r.post('/api/v1/audit/verify', {
    config: { access: ADMINS },
    schema: { tags: ['audit'], summary: '校验审计链完整性', response: { 200: verifySchema } },
  }, async () => svc.verify());
}
