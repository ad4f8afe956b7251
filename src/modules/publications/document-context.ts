import type { Kysely, Transaction } from 'kysely';
import type { AuditActor, AuditLog } from '../../platform/audit/index.js';
import { type Principal, inScope } from '../../platform/auth/index.js';
import type { FileStore } from '../../platform/files/index.js';
import type { SearchIndex } from '../../platform/search/index.js';
import type { Clock } from '../../platform/time/index.js';
import type { CalendarService } from '../calendar/index.js';
import type { OrgService } from '../orgs/index.js';
import { DocumentNotFound } from './publications.errors.js';
import { type OrgRef, presentDocument } from './publications.presenter.js';
import { type DocumentRow, documentsRepository as repo } from './publications.repository.js';
import type { DocumentView } from './publications.schemas.js';
import type { PublicationTables } from './publications.tables.js';

export interface PublicationDeps {
  db: Kysely<any>;
  audit: AuditLog;
  clock: Clock;
  orgs: OrgService;
  calendar: CalendarService;
  search: SearchIndex;
  files: FileStore;
  indexTemplate: string;
}

export type Conn = Kysely<PublicationTables>;

interface OrgInfo extends OrgRef { path: string; status: string }

const ORG_CACHE_MS = 10_000;

/**
 * What every document use case shares: scope checks, the organisation lookup (cached briefly: names
 * change rarely and pages list many documents), views, and the event + audit pair every change writes.
 */
export function createDocumentContext(deps: PublicationDeps) {
  const db = deps.db as Conn;
  let orgCache: { at: number; byId: Map<number, OrgInfo> } | null = null;

  async function orgMap(conn?: Conn): Promise<Map<number, OrgInfo>> {
    if (orgCache && deps.clock.now().getTime() - orgCache.at < ORG_CACHE_MS) return orgCache.byId;
    const rows = await deps.orgs.listAllRows(conn);
    orgCache = { at: deps.clock.now().getTime(), byId: new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, name: r.name, path: r.path, status: r.status }])) };
    return orgCache.byId;
  }

  /** `conn`: the open transaction when called inside one (SQLite has a single connection). */
  async function org(id: number, conn?: Conn): Promise<OrgInfo> {
    let m = await orgMap(conn);
    if (!m.has(id)) {
      orgCache = null; // a new organisation since the cache was filled
      m = await orgMap(conn);
    }
    return m.get(id) ?? { id, code: String(id), name: '（未知机构）', path: '/', status: 'disabled' };
  }

  /** An organisation by its code from the same cache (search filters name organisations by code). */
  async function orgByCode(code: string): Promise<OrgInfo | undefined> {
    const find = (m: Map<number, OrgInfo>) => [...m.values()].find((o) => o.code === code);
    const hit = find(await orgMap());
    if (hit) return hit;
    orgCache = null; // perhaps created since the cache was filled
    return find(await orgMap());
  }

  async function lookup(conn?: Conn): Promise<(id: number) => OrgRef> {
    const m = await orgMap(conn);
    return (id) => {
      const o = m.get(id);
      return o ? { id: o.id, code: o.code, name: o.name } : { id, code: String(id), name: '（未知机构）' };
    };
  }

  return {
    db,
    deps,
    org,
    orgByCode,
    lookup,
    invalidateOrgs: () => { orgCache = null; },

    /** Organisation ids the caller may see (null: all, for a sysadmin). */
    async scopeOrgIds(p: Principal): Promise<number[] | null> {
      if (p.roles.includes('sysadmin')) return null;
      const m = await orgMap();
      return [...m.values()].filter((o) => inScope(p, o.path)).map((o) => o.id);
    },

    /** @throws DocumentNotFound when missing or outside the caller's organisation subtree. */
    async getInScope(p: Principal, id: number, conn: Conn = db): Promise<DocumentRow> {
      const row = await repo.findById(conn, id);
      if (!row || !inScope(p, (await org(row.org_id, conn)).path)) throw new DocumentNotFound();
      return row;
    },

    /** @throws DocumentNotFound, ForbiddenError-free: scope only. */
    async assertOrgInScope(p: Principal, orgId: number): Promise<OrgInfo> {
      const o = await org(orgId);
      if (o.status !== 'active' || !inScope(p, o.path)) throw new DocumentNotFound();
      return o;
    },

    async view(row: DocumentRow, conn: Conn = db): Promise<DocumentView> {
      const [orgRows, atts, look] = await Promise.all([repo.orgIds(conn, row.id), repo.attachments(conn, row.id), lookup(conn)]);
      return presentDocument(row, orgRows.map((r) => r.org_id), atts, look);
    },

    /** Writes the workflow event shown on the document and the hash-chained audit entry, in `trx`. */
    async record(trx: Transaction<any> | Conn, actor: AuditActor, doc: Pick<DocumentRow, 'id' | 'org_id' | 'title'>, e: { action: string; from: string | null; to: string | null; note?: string | null; summary: string; before?: unknown; after?: unknown }): Promise<void> {
      const now = deps.clock.now().toISOString();
      await repo.addEvent(trx as Conn, { document_id: doc.id, action: e.action, from_status: e.from, to_status: e.to, note: e.note ?? null, actor_id: actor.userId, actor_name: actor.name, occurred_at: now });
      await deps.audit.record(trx, actor, { action: `document.${e.action}`, entityType: 'document', entityId: doc.id, orgId: doc.org_id, summary: e.summary, before: e.before, after: e.after });
    },

    /** Keeps a snapshot of the document as it is now (版本留存). */
    async snapshot(trx: Conn, row: DocumentRow, reason: string, actor: AuditActor): Promise<void> {
      const atts = await repo.attachments(trx, row.id);
      const snapshot = JSON.stringify({ ...row, body_text: undefined, attachments: atts.map((a) => ({ id: a.id, name: a.name, file_key: a.file_key, size: a.size })) });
      await repo.addVersion(trx, { document_id: row.id, version: row.version, snapshot, reason, created_by: actor.userId, created_at: deps.clock.now().toISOString() });
    },
  };
}

export type DocumentContext = ReturnType<typeof createDocumentContext>;
