import type { Kysely } from 'kysely';
import type { AuditLog, VerifyResult } from '../../platform/audit/index.js';
import type { Principal } from '../../platform/auth/index.js';
import { shanghaiIso, shanghaiStartOfDay } from '../../platform/time/index.js';
import { auditLogRepository as repo } from './audit-log.repository.js';
import type { AuditQuery } from './audit-log.schemas.js';

export type AuditLogService = ReturnType<typeof createAuditLogService>;

/** Browsing and verifying the audit trail. */
export function createAuditLogService({ db, audit }: { db: Kysely<any>; audit: AuditLog }) {
  return {
    /** Entries about the caller's organisation and those it supervises (all of them for a sysadmin). */
    async search(p: Principal, q: AuditQuery) {
      const nextDay = (d: string) => new Date(shanghaiStartOfDay(d).getTime() + 86_400_000).toISOString();
      const { rows, total } = await repo.search(db, {
        ...q,
        pathPrefix: p.roles.includes('sysadmin') ? null : p.orgPath,
        fromIso: q.from ? shanghaiStartOfDay(q.from).toISOString() : undefined,
        toIso: q.to ? nextDay(q.to) : undefined,
      });
      return {
        total,
        items: rows.map((r) => ({
          id: r.id,
          occurredAt: shanghaiIso(r.occurred_at),
          actorName: r.actor_name,
          orgName: r.org_name ?? null,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          summary: r.summary,
          beforeDigest: r.before_digest,
          afterDigest: r.after_digest,
          hash: r.hash,
        })),
      };
    },
    verify: (): Promise<VerifyResult> => audit.verify(db),
  };
}
