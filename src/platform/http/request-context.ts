import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../audit/audit-log.js';
import { principalOf } from './guard.js';

/** The audit actor of an authenticated request. */
export function actorOf(req: FastifyRequest): AuditActor {
  const p = principalOf(req);
  return { userId: p.userId, name: p.displayName, orgId: p.orgId, requestId: req.id, ip: req.ip };
}
