import type { AuditActor } from '../../../platform/audit/index.js';
import { type Principal, hasRole, inScope } from '../../../platform/auth/index.js';
import { offsetOf, type Page } from '../../../platform/db/index.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../platform/errors/index.js';
import type { Conn, DocumentContext } from '../document-context.js';
import { assertCanEdit } from '../publications.policy.js';
import { documentsRepository as docs } from '../publications.repository.js';
import { type CleanupRow, type NormativeDb, normativeRepository as repo } from './normative.repository.js';
import type { CleanupListItem, CleanupView, CreateCleanupInput, ListCleanupsQuery, PutItemsInput, UpdateCleanupInput } from './normative.schemas.js';
import {
  CLEANUP_EFFECT, CLEANUP_RESULT_LABELS, CLEANUP_RESULTS, CLEANUP_STATUS_LABELS, type CleanupResult, type CleanupStatus,
} from './normative.vocabulary.js';
import { presentDocRef } from './relations.service.js';
import { createValidityWriter, isPublicNow, subtreeIds, todayOf } from './validity.js';

export class CleanupNotFound extends NotFoundError {
  constructor() {
    super('清理记录', 'CLEANUP_NOT_FOUND');
  }
}

class CleanupPublished extends ConflictError {
  constructor(action: string) {
    super('CLEANUP_PUBLISHED', `清理结果已公布，不能${action}`);
  }
}

/** 公布清理结果 changes the 有效性 of many documents: a leader or the 政务公开办. */
function assertCanPublishCleanup(p: Principal): void {
  if (!hasRole(p, 'leader', 'office_admin', 'sysadmin')) throw new ForbiddenError('只有审核领导或政务公开办管理员可以公布清理结果');
}

/**
 * 规范性文件清理: a campaign of one organisation lists its normative documents with a result each
 * (继续有效 / 修改 / 废止 / 宣布失效). Publishing writes those results as 有效性 on every document (events,
 * audit, search) in one transaction, and the list goes on the portal.
 */
export function createCleanupUseCases(ctx: DocumentContext) {
  const db = ctx.db as unknown as NormativeDb;
  const validity = createValidityWriter(ctx);

  async function getInScope(p: Principal, id: number): Promise<CleanupRow> {
    const row = await repo.findCleanup(db, id);
    if (!row || !inScope(p, (await ctx.org(row.org_id)).path)) throw new CleanupNotFound();
    return row;
  }

  async function view(conn: NormativeDb, row: CleanupRow): Promise<CleanupView> {
    const [items, look] = await Promise.all([repo.items(conn, row.id), ctx.lookup(conn as unknown as Conn)]);
    const today = todayOf(ctx);
    const counts = Object.fromEntries(CLEANUP_RESULTS.map((r) => [r, items.filter((i) => i.result === r).length]));
    return {
      ...base(row, look),
      items: items.map((i) => ({ document: presentDocRef(i, look, today), result: i.result as CleanupResult, resultLabel: CLEANUP_RESULT_LABELS[i.result as CleanupResult], note: i.note })),
      counts,
    };
  }

  function base(row: CleanupRow, look: Awaited<ReturnType<DocumentContext['lookup']>>) {
    return {
      id: row.id, org: look(row.org_id), title: row.title, basis: row.basis, cleanupDate: row.cleanup_date, status: row.status as CleanupStatus,
      statusLabel: CLEANUP_STATUS_LABELS[row.status as CleanupStatus], publishedAt: row.published_at, createdAt: row.created_at, updatedAt: row.updated_at,
    };
  }

  function assertDraft(row: CleanupRow, action: string): void {
    if (row.status !== 'draft') throw new CleanupPublished(action);
  }

  return {
    async list(p: Principal, q: ListCleanupsQuery): Promise<Page<CleanupListItem>> {
      let orgIds = await ctx.scopeOrgIds(p);
      if (q.orgId !== undefined) orgIds = orgIds === null || orgIds.includes(q.orgId) ? await subtreeIds(ctx, q.orgId) : [];
      const { rows, total } = await repo.listCleanups(db, { orgIds: orgIds ?? undefined, status: q.status, offset: offsetOf(q), limit: q.pageSize });
      const [counts, look] = await Promise.all([repo.itemCounts(db, rows.map((r) => r.id)), ctx.lookup()]);
      return { items: rows.map((r) => ({ ...base(r, look), itemCount: counts.get(r.id) ?? 0 })), total };
    },

    async get(p: Principal, id: number): Promise<CleanupView> {
      return view(db, await getInScope(p, id));
    },

    async create(p: Principal, actor: AuditActor, input: CreateCleanupInput): Promise<CleanupView> {
      assertCanEdit(p);
      await ctx.assertOrgInScope(p, input.orgId);
      const now = ctx.deps.clock.now().toISOString();
      return ctx.db.transaction().execute(async (trx) => {
        const t = trx as unknown as NormativeDb;
        const row = await repo.insertCleanup(t, {
          org_id: input.orgId, title: input.title, basis: input.basis, cleanup_date: input.cleanupDate, status: 'draft', published_at: null,
          created_by: actor.userId, updated_by: actor.userId, created_at: now, updated_at: now,
        });
        await ctx.deps.audit.record(trx, actor, { action: 'normative.cleanup.create', entityType: 'normative_cleanup', entityId: row.id, orgId: row.org_id, summary: `新建规范性文件清理“${row.title}”`, after: row });
        return view(t, row);
      });
    },

    async update(p: Principal, actor: AuditActor, id: number, input: UpdateCleanupInput): Promise<CleanupView> {
      assertCanEdit(p);
      const row = await getInScope(p, id);
      assertDraft(row, '修改');
      return ctx.db.transaction().execute(async (trx) => {
        const t = trx as unknown as NormativeDb;
        await repo.updateCleanup(t, id, {
          ...(input.title !== undefined && { title: input.title }), ...(input.basis !== undefined && { basis: input.basis }),
          ...(input.cleanupDate !== undefined && { cleanup_date: input.cleanupDate }), updated_by: actor.userId, updated_at: ctx.deps.clock.now().toISOString(),
        });
        const after = (await repo.findCleanup(t, id))!;
        await ctx.deps.audit.record(trx, actor, { action: 'normative.cleanup.update', entityType: 'normative_cleanup', entityId: id, orgId: row.org_id, summary: `修改规范性文件清理“${after.title}”`, before: row, after });
        return view(t, after);
      });
    },

    /**
     * Replaces the list (in order). Each document must be a public 规范性文件 of the campaign's organisation
     * or one under it. @throws ValidationError naming the item
     */
    async setItems(p: Principal, actor: AuditActor, id: number, input: PutItemsInput): Promise<CleanupView> {
      assertCanEdit(p);
      const row = await getInScope(p, id);
      assertDraft(row, '修改清理清单');
      const allowed = new Set(await subtreeIds(ctx, row.org_id));
      const seen = new Set<number>();
      for (const [i, it] of input.items.entries()) {
        const fail = (msg: string) => new ValidationError(`第${i + 1}项：${msg}`, [{ path: `body.items.${i}.documentId`, message: msg }]);
        if (seen.has(it.documentId)) throw fail('同一件文件不能重复列入');
        seen.add(it.documentId);
        const d = await docs.findById(ctx.db, it.documentId);
        if (!d || !isPublicNow(ctx, d)) throw fail(`编号 ${it.documentId} 的文件不存在或尚未公开`);
        if (d.is_normative !== 1) throw fail(`“${d.title}”不是规范性文件`);
        if (!allowed.has(d.org_id)) throw fail(`“${d.title}”不属于本机构及下属机构制发的文件`);
      }
      return ctx.db.transaction().execute(async (trx) => {
        const t = trx as unknown as NormativeDb;
        await repo.replaceItems(t, id, input.items.map((it) => ({ document_id: it.documentId, result: it.result, note: it.note })));
        await repo.updateCleanup(t, id, { updated_by: actor.userId, updated_at: ctx.deps.clock.now().toISOString() });
        await ctx.deps.audit.record(trx, actor, { action: 'normative.cleanup.items', entityType: 'normative_cleanup', entityId: id, orgId: row.org_id, summary: `修改规范性文件清理“${row.title}”的清单（${input.items.length} 件）`, after: input.items });
        return view(t, (await repo.findCleanup(t, id))!);
      });
    },

    /** 公布: the results become each document's 有效性 (修改 → 已修改, 废止 → 已废止, 宣布失效 → 已失效). */
    async publish(p: Principal, actor: AuditActor, id: number): Promise<CleanupView> {
      assertCanPublishCleanup(p);
      const row = await getInScope(p, id);
      assertDraft(row, '再次公布');
      return ctx.db.transaction().execute(async (trx) => {
        const t = trx as unknown as NormativeDb;
        const items = await repo.items(t, id);
        if (!items.length) throw new ValidationError('清理清单为空，请先列入文件再公布');
        const now = ctx.deps.clock.now().toISOString();
        if (!(await repo.publishCleanup(t, id, now, actor.userId))) throw new CleanupPublished('再次公布');
        let changed = 0;
        for (const it of items) {
          const to = CLEANUP_EFFECT[it.result as CleanupResult];
          const doc = to && (await docs.findById(trx, it.id));
          if (doc && to && (await validity.set(trx, actor, doc, to, `${row.title}：${CLEANUP_RESULT_LABELS[it.result as CleanupResult]}${it.note ? `（${it.note}）` : ''}`))) changed++;
        }
        await ctx.deps.audit.record(trx, actor, {
          action: 'normative.cleanup.publish', entityType: 'normative_cleanup', entityId: id, orgId: row.org_id,
          summary: `公布规范性文件清理结果“${row.title}”：共 ${items.length} 件，有效性变更 ${changed} 件`, after: items.map((i) => ({ id: i.id, result: i.result })),
        });
        return view(t, (await repo.findCleanup(t, id))!);
      });
    },

    async remove(p: Principal, actor: AuditActor, id: number): Promise<void> {
      assertCanEdit(p);
      const row = await getInScope(p, id);
      assertDraft(row, '删除');
      await ctx.db.transaction().execute(async (trx) => {
        await ctx.deps.audit.record(trx, actor, { action: 'normative.cleanup.delete', entityType: 'normative_cleanup', entityId: id, orgId: row.org_id, summary: `删除规范性文件清理草稿“${row.title}”`, before: row });
        await repo.deleteCleanup(trx as unknown as NormativeDb, id);
      });
    },

    /** A published campaign for the portal. @throws CleanupNotFound */
    async publicGet(id: number): Promise<CleanupView> {
      const row = await repo.findCleanup(db, id);
      if (!row || row.status !== 'published') throw new CleanupNotFound();
      return view(db, row);
    },

    /** Published campaigns (of an organisation's subtree when a code is given), newest first, for the portal. */
    async publicList(orgCode: string | undefined, limit = 20): Promise<CleanupListItem[]> {
      let orgIds: number[] | undefined;
      if (orgCode) {
        const org = await ctx.deps.orgs.findByCode(orgCode);
        orgIds = org ? await subtreeIds(ctx, org.id) : [];
      }
      const { rows } = await repo.listCleanups(db, { orgIds, status: 'published', offset: 0, limit });
      const [counts, look] = await Promise.all([repo.itemCounts(db, rows.map((r) => r.id)), ctx.lookup()]);
      return rows.map((r) => ({ ...base(r, look), itemCount: counts.get(r.id) ?? 0 }));
    },
  };
}

export type CleanupUseCases = ReturnType<typeof createCleanupUseCases>;
