import type { Insertable, Updateable } from 'kysely';
import { type AuditActor, SYSTEM_ACTOR } from '../../../platform/audit/index.js';
import { type Principal, hasRole, inScope } from '../../../platform/auth/index.js';
import { isUniqueViolation } from '../../../platform/db/index.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../platform/errors/index.js';
import { createOrgScope } from '../catalogue/index.js';
import type { Conn, DocumentContext } from '../document-context.js';
import type { OrgRef } from '../publications.presenter.js';
import { columnTree } from './column-tree.js';
import { type ColumnRow, type ColumnsDb, columnsRepository as repo } from './columns.repository.js';
import type { ColumnView, CreateColumnInput, UpdateColumnInput } from './columns.schemas.js';
import type { SiteColumnTable } from './columns.tables.js';
import { COLUMN_KIND_LABELS, type ColumnKind, type ColumnStatus, DEFAULT_COLUMNS, DEFAULT_MAX_DAYS } from './columns.vocabulary.js';

export class ColumnNotFound extends NotFoundError {
  constructor() {
    super('栏目', 'COLUMN_NOT_FOUND');
  }
}

export const columnUrl = (orgCode: string, slug: string) => `/xxgk/columns/${encodeURIComponent(orgCode)}/${encodeURIComponent(slug)}`;

export function presentColumn(row: ColumnRow, org: OrgRef, depth: number, effectiveActive: boolean): ColumnView {
  return {
    id: row.id, orgId: row.org_id, orgCode: org.code, orgName: org.name, parentId: row.parent_id, depth, name: row.name, slug: row.slug,
    description: row.description, kind: row.kind as ColumnKind, kindLabel: COLUMN_KIND_LABELS[row.kind as ColumnKind] ?? row.kind,
    maxDays: row.max_days, sortOrder: row.sort_order, status: row.status as ColumnStatus, effectiveActive, url: columnUrl(org.code, row.slug),
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** 专栏 are set up by the 政务公开办 of the organisation (or of one above it). */
function assertCanManageColumns(p: Principal): void {
  if (!hasRole(p, 'office_admin', 'sysadmin')) throw new ForbiddenError('只有政务公开办管理员可以维护专栏');
}

/** 专栏: a column tree per organisation, documents filed under columns. */
export function createColumnTreeUseCases(ctx: DocumentContext) {
  const db = ctx.db as unknown as ColumnsDb;
  const { deps } = ctx;
  const scope = createOrgScope(ctx);
  const now = () => deps.clock.now().toISOString();

  async function columnInScope(p: Principal, id: number, conn: ColumnsDb = db): Promise<ColumnRow> {
    const row = await repo.findById(conn, id);
    if (!row || !inScope(p, (await ctx.org(row.org_id)).path)) throw new ColumnNotFound();
    return row;
  }

  /** The organisation's columns in tree order. `conn`: the open transaction, if any. */
  async function treeOf(orgId: number, conn: ColumnsDb = db): Promise<ColumnView[]> {
    const rows = await repo.listByOrg(conn, orgId);
    const t = columnTree(rows);
    const look = await ctx.lookup(conn as unknown as Conn);
    return t.ordered.map(({ row, depth }) => presentColumn(row, look(orgId), depth, t.effectiveActive(row.id)));
  }

  async function viewOf(row: ColumnRow, conn: ColumnsDb): Promise<ColumnView> {
    return (await treeOf(row.org_id, conn)).find((c) => c.id === row.id)!;
  }

  /** Runs a write; a slug taken meanwhile (unique index) is the same conflict as one found before. */
  async function slugSafe<T>(slug: string | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (slug !== undefined && isUniqueViolation(err)) throw slugTaken(slug);
      throw err;
    }
  }
  const slugTaken = (slug: string) => new ConflictError('COLUMN_SLUG_TAKEN', `栏目标识“${slug}”已被本机构的其他栏目使用`, { field: 'slug' });

  async function parentFor(orgId: number, parentId: number | null, conn: ColumnsDb): Promise<ColumnRow | null> {
    if (parentId === null) return null;
    const parent = await repo.findById(conn, parentId);
    if (!parent || parent.org_id !== orgId) throw new ValidationError('上级栏目不存在或不属于同一机构', [{ path: 'body.parentId', message: '上级栏目不存在或不属于同一机构' }]);
    return parent;
  }

  async function insertColumn(trx: ColumnsDb, actor: AuditActor, orgId: number, input: Omit<CreateColumnInput, 'orgId'>): Promise<ColumnRow> {
    if (await repo.findBySlug(trx, orgId, input.slug)) throw slugTaken(input.slug);
    await parentFor(orgId, input.parentId, trx);
    const row = await repo.insert(trx, {
      org_id: orgId, parent_id: input.parentId, name: input.name, slug: input.slug, description: input.description, kind: input.kind,
      max_days: input.maxDays === undefined ? DEFAULT_MAX_DAYS[input.kind] : input.maxDays,
      sort_order: input.sortOrder ?? (await repo.maxSortOrder(trx, orgId, input.parentId)) + 10, status: 'active',
      created_by: actor.userId, updated_by: actor.userId, created_at: now(), updated_at: now(),
    } as Insertable<SiteColumnTable>);
    await deps.audit.record(trx, actor, { action: 'column.create', entityType: 'column', entityId: row.id, orgId, summary: `新增专栏“${row.name}”（${row.slug}）`, after: row });
    return row;
  }

  return {
    columnInScope,
    treeOf,

    async tree(p: Principal, orgId: number | undefined) {
      const org = await scope.orgOrOwn(p, orgId);
      return { org: { id: org.id, code: org.code, name: org.name }, items: await treeOf(org.id) };
    },

    async create(p: Principal, actor: AuditActor, input: CreateColumnInput): Promise<ColumnView> {
      assertCanManageColumns(p);
      const org = await scope.orgInScope(p, input.orgId);
      return slugSafe(input.slug, () => db.transaction().execute(async (trx) => viewOf(await insertColumn(trx, actor, org.id, input), trx)));
    },

    /** Changes fields or the status (停用 / 启用; a disabled column hides its subtree from the portal). */
    async update(p: Principal, actor: AuditActor, id: number, input: UpdateColumnInput): Promise<ColumnView> {
      assertCanManageColumns(p);
      const before = await columnInScope(p, id);
      const patch: Updateable<SiteColumnTable> = {};
      if (input.name !== undefined) patch.name = input.name;
      if (input.slug !== undefined) patch.slug = input.slug;
      if (input.description !== undefined) patch.description = input.description;
      if (input.kind !== undefined) patch.kind = input.kind;
      if (input.maxDays !== undefined) patch.max_days = input.maxDays;
      else if (input.kind !== undefined && input.kind !== before.kind) patch.max_days = DEFAULT_MAX_DAYS[input.kind];
      if (input.sortOrder !== undefined) patch.sort_order = input.sortOrder;
      if (input.status !== undefined) patch.status = input.status;
      return slugSafe(input.slug, () => db.transaction().execute(async (trx) => {
        if (input.slug && input.slug !== before.slug && (await repo.findBySlug(trx, before.org_id, input.slug))) throw slugTaken(input.slug);
        await repo.update(trx, id, { ...patch, updated_by: actor.userId, updated_at: now() });
        const after = (await repo.findById(trx, id))!;
        const verb = input.status && input.status !== before.status ? (input.status === 'disabled' ? '停用' : '启用') : '修改';
        const action = verb === '停用' ? 'column.disable' : verb === '启用' ? 'column.enable' : 'column.update';
        await deps.audit.record(trx, actor, { action, entityType: 'column', entityId: id, orgId: after.org_id, summary: `${verb}专栏“${after.name}”`, before, after });
        return viewOf(after, trx);
      }));
    },

    /** Moves a column under another of the same organisation (or to the top); never into its own subtree. */
    async move(p: Principal, actor: AuditActor, id: number, input: { parentId: number | null; sortOrder?: number }): Promise<ColumnView> {
      assertCanManageColumns(p);
      const before = await columnInScope(p, id);
      return db.transaction().execute(async (trx) => {
        const parent = await parentFor(before.org_id, input.parentId, trx);
        if (parent && columnTree(await repo.listByOrg(trx, before.org_id)).subtree(id).includes(parent.id)) {
          throw new ConflictError('COLUMN_MOVE_INTO_OWN_SUBTREE', `不能把专栏“${before.name}”移到它自己或它的下级栏目之下`);
        }
        const sortOrder = input.sortOrder ?? (input.parentId === before.parent_id ? before.sort_order : (await repo.maxSortOrder(trx, before.org_id, input.parentId)) + 10);
        await repo.update(trx, id, { parent_id: input.parentId, sort_order: sortOrder, updated_by: actor.userId, updated_at: now() });
        const after = (await repo.findById(trx, id))!;
        await deps.audit.record(trx, actor, { action: 'column.move', entityType: 'column', entityId: id, orgId: after.org_id, summary: `移动专栏“${after.name}”到${parent ? `“${parent.name}”之下` : '顶级'}`, before, after });
        return viewOf(after, trx);
      });
    },

    async documentColumns(p: Principal, documentId: number): Promise<ColumnView[]> {
      await ctx.getInScope(p, documentId);
      return presentRows(await repo.columnsOfDocument(db, documentId), db);
    },

    /**
     * Files a document under columns (allowed in any status; audited on the document). Columns must be in
     * the caller's scope, on the document's organisation line, and shown (a disabled one may only stay).
     */
    async setDocumentColumns(p: Principal, actor: AuditActor, documentId: number, columnIds: number[]): Promise<ColumnView[]> {
      if (!hasRole(p, 'editor', 'office_admin', 'sysadmin')) throw new ForbiddenError('只有信息编辑或政务公开办管理员可以把文件归入专栏');
      const doc = await ctx.getInScope(p, documentId);
      const docPath = (await ctx.org(doc.org_id)).path;
      const ids = [...new Set(columnIds)];
      const current = await repo.columnsOfDocument(db, documentId);
      const had = new Set(current.map((c) => c.id));
      const rows = await repo.findByIds(db, ids);
      for (const id of ids) {
        const c = rows.find((r) => r.id === id);
        const path = c ? (await ctx.org(c.org_id)).path : '';
        if (!c || !inScope(p, path)) throw new ValidationError(`栏目（编号 ${id}）不存在或不在您的管理范围内`, [{ path: 'body.columnIds', message: `栏目（编号 ${id}）不存在` }]);
        if (!scope.onOneLine(path, docPath)) throw new ValidationError(`栏目“${c.name}”属于其他机构体系，不能归入本文件`, [{ path: 'body.columnIds', message: '只能归入本机构、上级或下级机构的栏目' }]);
        const active = columnTree(await repo.listByOrg(db, c.org_id)).effectiveActive(c.id);
        if (!active && !had.has(id)) throw new ValidationError(`栏目“${c.name}”已停用，不能再归入文件`, [{ path: 'body.columnIds', message: '栏目已停用' }]);
      }
      if (ids.length === had.size && ids.every((id) => had.has(id))) return presentRows(current, db);
      return db.transaction().execute(async (trx) => {
        await repo.setDocumentColumns(trx, documentId, ids);
        await ctx.record(trx, actor, doc, {
          action: 'columns', from: doc.status, to: doc.status,
          summary: rows.length ? `文件“${doc.title}”归入专栏：${rows.map((r) => r.name).join('、')}` : `文件“${doc.title}”移出全部专栏`,
          before: current.map((c) => c.id), after: ids,
        });
        return presentRows(await repo.columnsOfDocument(trx, documentId), trx);
      });
    },

    /**
     * Creates the default columns an organisation lacks (by slug): 通知公告, 政策文件, 工作动态 and the
     * 重点领域 (财政预决算, 重大建设项目, 公共资源配置, 社会公益事业). Idempotent; for the demo seed.
     */
    async ensureDefaultColumns(orgId: number, actor: AuditActor = SYSTEM_ACTOR): Promise<{ created: number }> {
      return db.transaction().execute(async (trx) => {
        let created = 0;
        for (const d of DEFAULT_COLUMNS) {
          if (await repo.findBySlug(trx, orgId, d.slug)) continue;
          const parentId = d.parent ? (await repo.findBySlug(trx, orgId, d.parent))?.id ?? null : null;
          await insertColumn(trx, actor, orgId, { parentId, name: d.name, slug: d.slug, description: d.description, kind: d.kind, maxDays: d.maxDays });
          created++;
        }
        return { created };
      });
    },
  };

  async function presentRows(rows: ColumnRow[], conn: ColumnsDb): Promise<ColumnView[]> {
    const look = await ctx.lookup(conn as unknown as Conn);
    const trees = new Map<number, ReturnType<typeof columnTree>>();
    const out: ColumnView[] = [];
    for (const r of rows) {
      if (!trees.has(r.org_id)) trees.set(r.org_id, columnTree(await repo.listByOrg(conn, r.org_id)));
      const t = trees.get(r.org_id)!;
      out.push(presentColumn(r, look(r.org_id), t.ancestors(r.id).length - 1, t.effectiveActive(r.id)));
    }
    return out;
  }
}
