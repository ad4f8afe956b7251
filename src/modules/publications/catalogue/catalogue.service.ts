import type { Insertable } from 'kysely';
import type { AuditActor } from '../../../platform/audit/index.js';
import { inScope, type Principal } from '../../../platform/auth/index.js';
import { ValidationError } from '../../../platform/errors/index.js';
import type { Conn, DocumentContext } from '../document-context.js';
import { type CatalogueDb, type EntryRow, catalogueRepository as repo } from './catalogue.repository.js';
import type { CreateEntryInput, EntryView, UpdateEntryInput } from './catalogue.schemas.js';
import type { CatalogueEntryTable } from './catalogue.tables.js';
import { CatalogueEntryNotFound, assertCanManageCatalogue, createOrgScope, entryName, presentEntry } from './catalogue.presenter.js';
import { type TimeRule, parseTimeLimit } from './time-rule.js';

type EntryFields = Omit<CreateEntryInput, 'orgId'>;

/** Entry fields → columns; the rule is parsed from the 公开时限 text unless given. */
export function entryColumns(v: Partial<EntryFields>, timeLimit: string | undefined): Partial<Insertable<CatalogueEntryTable>> {
  const out: Partial<Insertable<CatalogueEntryTable>> = {};
  const map: [keyof EntryFields, keyof CatalogueEntryTable][] = [
    ['category', 'category'], ['itemL1', 'item_l1'], ['itemL2', 'item_l2'], ['content', 'content'], ['basis', 'basis'], ['timeLimit', 'time_limit'],
    ['subject', 'subject'], ['audience', 'audience'], ['mode', 'mode'], ['level', 'level'], ['sortOrder', 'sort_order'],
  ];
  for (const [k, col] of map) if (v[k] !== undefined) (out as Record<string, unknown>)[col] = v[k] === '' && (k === 'category' || k === 'itemL2') ? null : v[k];
  if (v.channels !== undefined) out.channels = JSON.stringify([...new Set(v.channels)]);
  const rule: TimeRule | undefined = v.rule ?? (timeLimit !== undefined ? parseTimeLimit(timeLimit) : undefined);
  if (rule) {
    out.rule_kind = rule.kind;
    out.rule_days = rule.kind === 'event' ? rule.days : null;
    out.rule_period = rule.kind === 'periodic' ? rule.period : null;
  }
  return out;
}

/** 主动公开基本目录: entries per organisation, and which documents publish which entry. */
export function createCatalogueEntryUseCases(ctx: DocumentContext) {
  const db = ctx.db as unknown as CatalogueDb;
  const { deps } = ctx;
  const scope = createOrgScope(ctx);
  const now = () => deps.clock.now().toISOString();

  async function entryInScope(p: Principal, id: number, conn: CatalogueDb = db): Promise<EntryRow> {
    const row = await repo.findById(conn, id);
    if (!row || !inScope(p, (await ctx.org(row.org_id)).path)) throw new CatalogueEntryNotFound();
    return row;
  }

  /** `conn`: the open transaction when called inside one (SQLite has a single connection). */
  async function present(rows: EntryRow[], conn?: CatalogueDb): Promise<EntryView[]> {
    const look = await ctx.lookup(conn as unknown as Conn | undefined);
    return rows.map((r) => presentEntry(r, look));
  }

  /** Changes fields, or the status (停用 / 恢复). A new 公开时限 without a rule is parsed again. */
  async function update(p: Principal, actor: AuditActor, id: number, input: UpdateEntryInput): Promise<EntryView> {
    assertCanManageCatalogue(p);
    const before = await entryInScope(p, id);
    const patch = entryColumns(input, input.timeLimit);
    if (input.status !== undefined) (patch as Record<string, unknown>).status = input.status;
    return db.transaction().execute(async (trx) => {
      await repo.update(trx, id, { ...patch, updated_by: actor.userId, updated_at: now() });
      const after = (await repo.findById(trx, id))!;
      const verb = input.status && input.status !== before.status ? (input.status === 'retired' ? '停用' : '恢复') : '修改';
      await deps.audit.record(trx, actor, { action: verb === '修改' ? 'catalogue.update' : `catalogue.${input.status === 'retired' ? 'retire' : 'restore'}`, entityType: 'catalogue_entry', entityId: id, orgId: after.org_id, summary: `${verb}基本目录条目“${entryName(after)}”`, before, after });
      return (await present([after], trx))[0];
    });
  }

  return {
    entryInScope,
    present,

    /** The caller's subtree, or one organisation of it. */
    async list(p: Principal, q: { orgId?: number; status?: string }): Promise<EntryView[]> {
      let orgIds = await ctx.scopeOrgIds(p);
      if (q.orgId !== undefined) orgIds = orgIds === null || orgIds.includes(q.orgId) ? [q.orgId] : [];
      return present(await repo.list(db, { orgIds: orgIds ?? undefined, status: q.status }));
    },

    async get(p: Principal, id: number): Promise<EntryView> {
      return (await present([await entryInScope(p, id)]))[0];
    },

    async create(p: Principal, actor: AuditActor, input: CreateEntryInput): Promise<EntryView> {
      assertCanManageCatalogue(p);
      const org = await scope.orgInScope(p, input.orgId);
      return db.transaction().execute(async (trx) => {
        const sortOrder = input.sortOrder || (await repo.maxSortOrder(trx, org.id)) + 10;
        const row = await repo.insert(trx, {
          ...entryColumns({ ...input, sortOrder }, input.timeLimit),
          org_id: org.id, item_l1: input.itemL1, content: input.content, status: 'active',
          created_by: actor.userId, updated_by: actor.userId, created_at: now(), updated_at: now(),
        } as Insertable<CatalogueEntryTable>);
        await deps.audit.record(trx, actor, { action: 'catalogue.create', entityType: 'catalogue_entry', entityId: row.id, orgId: org.id, summary: `新增基本目录条目“${entryName(row)}”（${org.name}）`, after: row });
        return (await present([row], trx))[0];
      });
    },

    update,

    /** 停用: the entry leaves the public catalogue and coverage; its document links are kept. */
    async retire(p: Principal, actor: AuditActor, id: number): Promise<EntryView> {
      return update(p, actor, id, { status: 'retired' });
    },

    async documentEntries(p: Principal, documentId: number): Promise<EntryView[]> {
      await ctx.getInScope(p, documentId);
      return present(await repo.entriesOfDocument(db, documentId));
    },

    /**
     * Files a document under entries (a classification: allowed in any status, audited on the document).
     * Entries must be in the caller's scope and on the document's organisation line; retired entries
     * may stay but not be added.
     */
    async setDocumentEntries(p: Principal, actor: AuditActor, documentId: number, entryIds: number[]): Promise<EntryView[]> {
      assertCanManageCatalogue(p);
      const doc = await ctx.getInScope(p, documentId);
      const docPath = (await ctx.org(doc.org_id)).path;
      const ids = [...new Set(entryIds)];
      const current = await repo.entriesOfDocument(db, documentId);
      const had = new Set(current.map((e) => e.id));
      const rows = await repo.findByIds(db, ids);
      for (const id of ids) {
        const e = rows.find((r) => r.id === id);
        const path = e ? (await ctx.org(e.org_id)).path : '';
        if (!e || !inScope(p, path)) throw new ValidationError(`目录条目（编号 ${id}）不存在或不在您的管理范围内`, [{ path: 'body.entryIds', message: `目录条目（编号 ${id}）不存在` }]);
        if (!scope.onOneLine(path, docPath)) throw new ValidationError(`目录条目“${entryName(e)}”属于其他机构体系，不能归入本文件`, [{ path: 'body.entryIds', message: '只能归入本机构、上级或下级机构的目录条目' }]);
        if (e.status !== 'active' && !had.has(id)) throw new ValidationError(`目录条目“${entryName(e)}”已停用，不能再归入文件`, [{ path: 'body.entryIds', message: '目录条目已停用' }]);
      }
      const same = ids.length === had.size && ids.every((id) => had.has(id));
      if (same) return present(current);
      return db.transaction().execute(async (trx) => {
        await repo.setDocumentEntries(trx, documentId, ids);
        const names = rows.map(entryName);
        await ctx.record(trx, actor, doc, {
          action: 'catalogue', from: doc.status, to: doc.status,
          summary: names.length ? `文件“${doc.title}”归入基本目录：${names.join('、')}` : `文件“${doc.title}”移出基本目录`,
          before: current.map((e) => e.id), after: ids,
        });
        return present(await repo.entriesOfDocument(trx, documentId), trx);
      });
    },
  };
}
