import type { Kysely } from 'kysely';
import type { AuditTables } from '../../platform/audit/index.js';
import type { OrgTables } from '../orgs/index.js';
import type { AuditQuery } from './audit-log.schemas.js';

type Db = Kysely<AuditTables & OrgTables>;

/** Read-only queries over the audit trail (the platform's AuditLog is the only writer). */
export const auditLogRepository = {
  async search(db: Db, q: AuditQuery & { pathPrefix: string | null; fromIso?: string; toIso?: string }) {
    let s = db.selectFrom('audit_entries').leftJoin('orgs', 'orgs.id', 'audit_entries.org_id');
    if (q.pathPrefix) s = s.where('orgs.path', 'like', `${q.pathPrefix}%`);
    if (q.action) s = s.where('audit_entries.action', 'like', `${q.action.replace(/[%_\\]/g, '')}%`);
    if (q.actor) s = s.where('audit_entries.actor_name', 'like', `%${q.actor.replace(/[%_\\]/g, '')}%`);
    if (q.entityType) s = s.where('audit_entries.entity_type', '=', q.entityType);
    if (q.entityId) s = s.where('audit_entries.entity_id', '=', q.entityId);
    if (q.fromIso) s = s.where('audit_entries.occurred_at', '>=', q.fromIso);
    if (q.toIso) s = s.where('audit_entries.occurred_at', '<', q.toIso);
    const { total } = await s.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const rows = await s
      .selectAll('audit_entries')
      .select('orgs.name as org_name')
      .orderBy('audit_entries.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { rows, total: Number(total) };
  },
};
