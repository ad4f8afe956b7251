import { type Kysely, sql } from 'kysely';
import type { AuditTables } from '../../platform/audit/index.js';
import type { OrgTables } from '../orgs/index.js';
import type { AuditQuery } from './audit-log.schemas.js';

type Db = Kysely<AuditTables & OrgTables>;

/** `%`, `_` and `\` typed by the user match themselves (`user.password_reset` is a real action). */
const escapeLike = (s: string) => s.replace(/[%_\\]/g, (c) => `\\${c}`);
// The same ESCAPE clause on SQLite and PostgreSQL (standard_conforming_strings: '\' is one backslash).
const likeLiteral = (column: string, pattern: string) => sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;

/** Read-only queries over the audit trail (the platform's AuditLog is the only writer). */
export const auditLogRepository = {
  async search(db: Db, q: AuditQuery & { pathPrefix: string | null; fromIso?: string; toIso?: string }) {
    let s = db.selectFrom('audit_entries').leftJoin('orgs', 'orgs.id', 'audit_entries.org_id');
    if (q.pathPrefix) s = s.where(likeLiteral('orgs.path', `${escapeLike(q.pathPrefix)}%`));
    if (q.action) s = s.where(likeLiteral('audit_entries.action', `${escapeLike(q.action)}%`));
    if (q.actor) s = s.where(likeLiteral('audit_entries.actor_name', `%${escapeLike(q.actor)}%`));
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
