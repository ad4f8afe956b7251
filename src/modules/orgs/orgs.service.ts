import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../../platform/audit/index.js';
import type { Principal } from '../../platform/auth/index.js';
import { inScope } from '../../platform/auth/index.js';
import { AppError, ConflictError } from '../../platform/errors/index.js';
import type { Clock } from '../../platform/time/index.js';
import { OrgCodeTaken, OrgMoveInvalid, OrgNotFound, OrgRootImmutable } from './orgs.errors.js';
import { assertCanManageOrg } from './orgs.policy.js';
import { presentOrg, presentPublicOrg } from './orgs.presenter.js';
import { type OrgRow, orgsRepository as repo } from './orgs.repository.js';
import type { CreateOrgInput, Org, PublicOrg, UpdateOrgInput } from './orgs.schemas.js';
import type { OrgTables } from './orgs.tables.js';

export interface OrgServiceDeps {
  db: Kysely<any>;
  audit: AuditLog;
  clock: Clock;
}

export type OrgService = ReturnType<typeof createOrgService>;

/** Use cases of the organisation tree (regions, departments, institutions). */
export function createOrgService({ db: anyDb, audit, clock }: OrgServiceDeps) {
  const db = anyDb as Kysely<OrgTables>;
  const odb = db;

  /** `conn` must be the open transaction when called inside one (SQLite has a single connection). */
  async function getInScope(p: Principal, id: number, conn: Kysely<OrgTables> = odb): Promise<OrgRow> {
    const org = await repo.findById(conn, id);
    if (!org || !inScope(p, org.path)) throw new OrgNotFound();
    return org;
  }

  /**
   * Two requests may both find a code free and both insert it; the unique index refuses the second
   * (on PostgreSQL, where transactions run concurrently). Once rolled back, that is plain OrgCodeTaken.
   */
  async function conflictOnCodeRace<T>(code: string | undefined, work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (err) {
      if (code !== undefined && !(err instanceof AppError) && (await repo.findByCode(odb, code))) throw new OrgCodeTaken(code);
      throw err;
    }
  }

  return {
    /** The caller's organisation and every organisation it supervises. */
    async listForPrincipal(p: Principal): Promise<Org[]> {
      const rows = p.roles.includes('sysadmin') ? await repo.listAll(odb) : await repo.listSubtree(odb, p.orgPath);
      return rows.map(presentOrg);
    },

    /** @throws OrgNotFound when the organisation is outside the caller's scope. */
    async get(p: Principal, id: number): Promise<Org> {
      return presentOrg(await getInScope(p, id));
    },

    /** Raw row lookup for other modules (scope is theirs to check). */
    findById: (id: number) => repo.findById(odb, id),
    findByCode: (code: string) => repo.findByCode(odb, code),
    /**
     * Every organisation row, disabled ones too (other modules' lookups and caches). Inside a transaction
     * pass it: SQLite has one connection, and a query outside the open transaction would wait for ever.
     */
    listAllRows: (conn: Kysely<any> = odb) => repo.listAll(conn as Kysely<OrgTables>),

    /**
     * The public list every form and filter needs: active organisations only. An organisation under a
     * disabled one is left out too (it would otherwise dangle, its parentCode null like the root's).
     */
    async listPublic(): Promise<PublicOrg[]> {
      const all = await repo.listAll(odb);
      const active = new Set(all.filter((r) => r.status === 'active').map((r) => r.id));
      const rows = all.filter((r) => r.path.split('/').filter(Boolean).every((id) => active.has(Number(id))));
      const codeById = new Map(rows.map((r) => [r.id, r.code]));
      return rows.map((r) => presentPublicOrg(r, codeById));
    },

    /** Every active organisation (id, code, name, parent): joint issuers may come from anywhere in the installation. */
    async directory(): Promise<{ id: number; code: string; name: string; parentId: number | null }[]> {
      const all = await repo.listAll(odb, { activeOnly: true });
      return all.map((r) => ({ id: r.id, code: r.code, name: r.name, parentId: r.parent_id }));
    },

    /**
     * Creates the top organisation of an empty installation (the government whose site this is).
     * @throws ConflictError when any organisation exists already.
     */
    async bootstrapRoot(actor: AuditActor, input: Omit<CreateOrgInput, 'parentId'>): Promise<Org> {
      return db.transaction().execute(async (trx) => {
        const t = trx as Kysely<OrgTables>;
        if ((await repo.listAll(t)).length > 0) throw new ConflictError('ORG_ROOT_EXISTS', '已存在组织机构，不能再创建顶级机构');
        const now = clock.now().toISOString();
        const row = await repo.insert(
          t,
          { code: input.code, name: input.name, short_name: input.shortName ?? null, kind: input.kind, level: input.level, parent_id: null, sort_order: input.sortOrder ?? 0, status: 'active', created_at: now, updated_at: now },
          '/',
        );
        const org = presentOrg(row);
        await audit.record(trx, actor, { action: 'org.create', entityType: 'org', entityId: row.id, orgId: row.id, summary: `创建顶级机构“${row.name}”（${row.code}）`, after: org });
        return org;
      });
    },

    /** @throws OrgNotFound, ForbiddenError, OrgCodeTaken */
    async create(p: Principal, actor: AuditActor, input: CreateOrgInput): Promise<Org> {
      const parent = await getInScope(p, input.parentId);
      assertCanManageOrg(p, parent);
      return conflictOnCodeRace(input.code, db.transaction().execute(async (trx) => {
        const t = trx as Kysely<OrgTables>;
        if (await repo.findByCode(t, input.code)) throw new OrgCodeTaken(input.code);
        const now = clock.now().toISOString();
        const row = await repo.insert(
          t,
          {
            code: input.code,
            name: input.name,
            short_name: input.shortName ?? null,
            kind: input.kind,
            level: input.level,
            parent_id: parent.id,
            sort_order: input.sortOrder ?? 0,
            status: 'active',
            created_at: now,
            updated_at: now,
          },
          parent.path,
        );
        const org = presentOrg(row);
        await audit.record(trx, actor, {
          action: 'org.create',
          entityType: 'org',
          entityId: row.id,
          orgId: row.id,
          summary: `在“${parent.name}”下新增机构“${row.name}”（${row.code}）`,
          after: org,
        });
        return org;
      }));
    },

    /** @throws OrgNotFound, ForbiddenError, OrgCodeTaken, OrgMoveInvalid, OrgRootImmutable */
    async update(p: Principal, actor: AuditActor, id: number, input: UpdateOrgInput): Promise<Org> {
      const current = await getInScope(p, id);
      assertCanManageOrg(p, current);
      // An office admin may not move or disable their own top organisation (it would leave their scope).
      if ((input.parentId !== undefined || input.status === 'disabled') && (current.parent_id === null || current.path === p.orgPath)) {
        if (current.parent_id === null || !p.roles.includes('sysadmin')) throw new OrgRootImmutable();
      }
      const newCode = input.code !== undefined && input.code !== current.code ? input.code : undefined;
      return conflictOnCodeRace(newCode, db.transaction().execute(async (trx) => {
        const t = trx as Kysely<OrgTables>;
        if (input.code && input.code !== current.code && (await repo.findByCode(t, input.code))) throw new OrgCodeTaken(input.code);
        if (input.parentId !== undefined && input.parentId !== current.parent_id) {
          const parent = await getInScope(p, input.parentId, t);
          assertCanManageOrg(p, parent);
          if (parent.path.startsWith(current.path)) throw new OrgMoveInvalid();
          await repo.movePaths(t, current.path, `${parent.path}${current.id}/`);
        }
        await repo.update(t, id, {
          ...(input.code !== undefined && { code: input.code }),
          ...(input.name !== undefined && { name: input.name }),
          ...(input.shortName !== undefined && { short_name: input.shortName }),
          ...(input.kind !== undefined && { kind: input.kind }),
          ...(input.level !== undefined && { level: input.level }),
          ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
          ...(input.status !== undefined && { status: input.status }),
          ...(input.parentId !== undefined && { parent_id: input.parentId }),
          updated_at: clock.now().toISOString(),
        });
        const after = (await repo.findById(t, id))!;
        const before = presentOrg(current);
        const org = presentOrg(after);
        await audit.record(trx, actor, {
          action: input.status && input.status !== current.status ? `org.${input.status === 'disabled' ? 'disable' : 'enable'}` : 'org.update',
          entityType: 'org',
          entityId: id,
          orgId: id,
          summary: `修改机构“${after.name}”：${changedFields(before, org)}`,
          before,
          after: org,
        });
        return org;
      }));
    },
  };
}

const FIELD_LABELS: Record<string, string> = {
  code: '编码', name: '名称', shortName: '简称', kind: '类型', level: '层级', parentId: '上级机构', sortOrder: '排序', status: '状态',
};

function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string {
  const changed = Object.keys(FIELD_LABELS).filter((k) => a[k] !== b[k]);
  return changed.length ? changed.map((k) => `${FIELD_LABELS[k]} ${String(a[k])} → ${String(b[k])}`).join('，') : '无变化';
}
