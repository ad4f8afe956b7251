import type { AuditActor } from '../../../platform/audit/index.js';
import { type Principal, hasRole, inScope } from '../../../platform/auth/index.js';
import { offsetOf, type Page } from '../../../platform/db/index.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../../platform/errors/index.js';
import type { DocumentContext } from '../document-context.js';
import { assertCanEdit } from '../publications.policy.js';
import { documentsRepository as docs } from '../publications.repository.js';
import { type GazetteDb, type IssueRow, gazetteRepository as repo } from './gazette.repository.js';
import { type CreateIssueInput, DEFAULT_SECTIONS, type IssueListItem, type IssueView, type ListIssuesQuery, type PutContentsInput, type UpdateIssueInput } from './gazette.schemas.js';
import { IssueNotFound, IssueStateConflict, buildIssuePdf, isPublicNow, issueView, loadContents, presentListItem } from './gazette.view.js';

class IssueNumberTaken extends ConflictError {
  constructor(detail: string) {
    super('GAZETTE_NUMBER_TAKEN', detail, { field: 'number' });
  }
}

class IssueVersionConflict extends ConflictError {
  constructor(current: number) {
    super('GAZETTE_VERSION_CONFLICT', `该期公报已被他人修改（当前版本 ${current}），请刷新后再保存`, { currentVersion: current });
  }
}

/** 撤回 of a published issue: a leader or the 政务公开办 (as for documents). */
function assertCanWithdraw(p: Principal): void {
  if (!hasRole(p, 'leader', 'office_admin', 'sysadmin')) throw new ForbiddenError('只有审核领导或政务公开办管理员可以撤回已发布的公报');
}

/**
 * 政府公报 (条例第二十三条: a channel of 主动公开): issues of an organisation (year + 期, and 总第N期), sections
 * of published documents in order, publication (the PDF is generated once and stored), withdrawal.
 */
export function createGazetteIssueUseCases(ctx: DocumentContext) {
  const db = ctx.db as unknown as GazetteDb;
  const now = () => ctx.deps.clock.now().toISOString();

  async function getInScope(p: Principal, id: number): Promise<IssueRow> {
    const row = await repo.findIssue(db, id);
    if (!row || !inScope(p, (await ctx.org(row.org_id)).path)) throw new IssueNotFound();
    return row;
  }

  async function assertNumbersFree(conn: GazetteDb, f: { orgId: number; year: number; number: number; totalNumber: number; exceptId?: number }): Promise<void> {
    const c = await repo.clash(conn, f);
    if (!c) return;
    if (c.year === f.year && c.number === f.number) throw new IssueNumberTaken(`${f.year}年第${f.number}期已存在，请换一个期数`);
    throw new IssueNumberTaken(`总第${f.totalNumber}期已存在，请换一个总期数`);
  }

  const audit = (trx: unknown, actor: AuditActor, row: IssueRow, action: string, summary: string, extra: { before?: unknown; after?: unknown } = {}) =>
    ctx.deps.audit.record(trx as GazetteDb, actor, { action: `gazette.${action}`, entityType: 'gazette_issue', entityId: row.id, orgId: row.org_id, summary, ...extra });

  return {
    async list(p: Principal, q: ListIssuesQuery): Promise<Page<IssueListItem>> {
      let orgIds = await ctx.scopeOrgIds(p);
      if (q.orgId !== undefined) orgIds = orgIds === null || orgIds.includes(q.orgId) ? [q.orgId] : [];
      const { rows, total } = await repo.listIssues(db, { orgIds: orgIds ?? undefined, year: q.year, statuses: q.status ? [q.status] : undefined, offset: offsetOf(q), limit: q.pageSize });
      const [counts, look] = await Promise.all([repo.itemCounts(db, rows.map((r) => r.id)), ctx.lookup()]);
      return { items: rows.map((r) => presentListItem(r, look, counts)), total };
    },

    async get(p: Principal, id: number): Promise<IssueView> {
      return issueView(ctx, db, await getInScope(p, id));
    },

    /** 期数 and 总期数 default to the next free ones; the title to `菏泽市人民政府公报 2026年第3期`. */
    async create(p: Principal, actor: AuditActor, input: CreateIssueInput): Promise<IssueView> {
      assertCanEdit(p);
      const org = await ctx.assertOrgInScope(p, input.orgId);
      return ctx.db.transaction().execute(async (trx) => {
        const t = trx as unknown as GazetteDb;
        const next = await repo.nextNumbers(t, input.orgId, input.year);
        const number = input.number ?? next.number;
        const totalNumber = input.totalNumber ?? next.totalNumber;
        await assertNumbersFree(t, { orgId: input.orgId, year: input.year, number, totalNumber });
        const row = await repo.insertIssue(t, {
          org_id: input.orgId, year: input.year, number, total_number: totalNumber, title: input.title ?? `${org.name}公报 ${input.year}年第${number}期`,
          issue_date: input.issueDate, status: 'draft', published_at: null, pdf_key: null, pdf_size: null, withdrawn_at: null, withdraw_reason: null,
          created_by: actor.userId, updated_by: actor.userId, created_at: now(), updated_at: now(),
        });
        await repo.replaceContents(t, row.id, (input.sections ?? DEFAULT_SECTIONS).map((title) => ({ title, documentIds: [] })));
        await audit(trx, actor, row, 'create', `新建政府公报“${row.title}”（总第${row.total_number}期）`, { after: row });
        return issueView(ctx, t, row);
      });
    },

    async update(p: Principal, actor: AuditActor, id: number, input: UpdateIssueInput): Promise<IssueView> {
      assertCanEdit(p);
      const row = await getInScope(p, id);
      if (row.status !== 'draft') throw new IssueStateConflict(row.status, '修改');
      return ctx.db.transaction().execute(async (trx) => {
        const t = trx as unknown as GazetteDb;
        const year = input.year ?? row.year;
        const number = input.number ?? row.number;
        const totalNumber = input.totalNumber ?? row.total_number;
        await assertNumbersFree(t, { orgId: row.org_id, year, number, totalNumber, exceptId: id });
        const ok = await repo.updateDraft(t, id, input.version, {
          year, number, total_number: totalNumber, ...(input.title !== undefined && { title: input.title }), ...(input.issueDate !== undefined && { issue_date: input.issueDate }),
          updated_by: actor.userId, updated_at: now(),
        });
        if (!ok) throw new IssueVersionConflict(row.version);
        const after = (await repo.findIssue(t, id))!;
        await audit(trx, actor, after, 'update', `修改政府公报“${after.title}”`, { before: row, after });
        return issueView(ctx, t, after);
      });
    },

    /**
     * Replaces the sections and their documents (order as given; reordering is a save of the new order).
     * Only documents public now can go in, each once. @throws ValidationError naming the place
     */
    async setContents(p: Principal, actor: AuditActor, id: number, input: PutContentsInput): Promise<IssueView> {
      assertCanEdit(p);
      const row = await getInScope(p, id);
      if (row.status !== 'draft') throw new IssueStateConflict(row.status, '修改目录');
      const seen = new Set<number>();
      for (const [i, s] of input.sections.entries()) {
        for (const [j, docId] of s.documentIds.entries()) {
          const fail = (msg: string) => new ValidationError(`栏目“${s.title}”第${j + 1}项：${msg}`, [{ path: `body.sections.${i}.documentIds.${j}`, message: msg }]);
          if (seen.has(docId)) throw fail(`编号 ${docId} 的文件已在本期公报中`);
          seen.add(docId);
          const d = await docs.findById(ctx.db, docId);
          if (!d || !isPublicNow(ctx, d)) throw fail(`编号 ${docId} 的文件不存在或尚未公开（公报只能刊登已公开的文件）`);
        }
      }
      return ctx.db.transaction().execute(async (trx) => {
        const t = trx as unknown as GazetteDb;
        if (!(await repo.updateDraft(t, id, input.version, { updated_by: actor.userId, updated_at: now() }))) throw new IssueVersionConflict(row.version);
        await repo.replaceContents(t, id, input.sections);
        const after = (await repo.findIssue(t, id))!;
        const summary = input.sections.map((s) => `${s.title}（${s.documentIds.length}件）`).join('、') || '无栏目';
        await audit(trx, actor, after, 'contents', `编排政府公报“${after.title}”目录：${summary}`, { after: input.sections });
        return issueView(ctx, t, after);
      });
    },

    /**
     * 发布: the PDF is generated now (outside the transaction: it takes a second) and stored by content;
     * then the issue flips to published with its key, audited. @throws CjkFontMissing (503) naming fonts-noto-cjk
     */
    async publish(p: Principal, actor: AuditActor, id: number): Promise<IssueView> {
      assertCanEdit(p);
      const row = await getInScope(p, id);
      if (row.status !== 'draft') throw new IssueStateConflict(row.status, '发布');
      const contents = await loadContents(ctx, db, id);
      const items = contents.flatMap((s) => s.items);
      if (!items.length) throw new ValidationError('本期公报还没有刊登文件，请先编排目录');
      const gone = items.find((i) => !isPublicNow(ctx, i));
      if (gone) throw new ValidationError(`文件“${gone.title}”已不再公开（可能已撤回），请从目录中移除后再发布`);
      const pdf = await buildIssuePdf(ctx, db, row);
      const stored = await ctx.deps.files.put(pdf);
      return ctx.db.transaction().execute(async (trx) => {
        const t = trx as unknown as GazetteDb;
        const ok = await repo.transition(t, id, 'draft', { status: 'published', published_at: now(), pdf_key: stored.key, pdf_size: stored.size, updated_by: actor.userId, updated_at: now(), version: row.version + 1 });
        if (!ok) throw new IssueStateConflict((await repo.findIssue(t, id))?.status ?? 'published', '发布');
        const after = (await repo.findIssue(t, id))!;
        await audit(trx, actor, after, 'publish', `发布政府公报“${after.title}”（${items.length}件文件，PDF ${Math.round(stored.size / 1024)} KB）`, { after: { pdf: stored.key, items: items.map((i) => i.id) } });
        return issueView(ctx, t, after);
      });
    },

    /** 撤回: stays listed and reachable, marked withdrawn with the public reason; its text and PDF are no longer served. */
    async withdraw(p: Principal, actor: AuditActor, id: number, reason: string): Promise<IssueView> {
      assertCanWithdraw(p);
      const row = await getInScope(p, id);
      if (row.status !== 'published') throw new IssueStateConflict(row.status, '撤回');
      return ctx.db.transaction().execute(async (trx) => {
        const t = trx as unknown as GazetteDb;
        if (!(await repo.transition(t, id, 'published', { status: 'withdrawn', withdrawn_at: now(), withdraw_reason: reason, updated_by: actor.userId, updated_at: now() }))) {
          throw new IssueStateConflict('withdrawn', '撤回');
        }
        const after = (await repo.findIssue(t, id))!;
        await audit(trx, actor, after, 'withdraw', `撤回政府公报“${after.title}”：${reason}`);
        return issueView(ctx, t, after);
      });
    },

    async remove(p: Principal, actor: AuditActor, id: number): Promise<void> {
      assertCanEdit(p);
      const row = await getInScope(p, id);
      if (row.status !== 'draft') throw new IssueStateConflict(row.status, '删除');
      await ctx.db.transaction().execute(async (trx) => {
        await audit(trx, actor, row, 'delete', `删除政府公报草稿“${row.title}”`, { before: row });
        await repo.deleteIssue(trx as unknown as GazetteDb, id);
      });
    },

    /** Staff download: the stored PDF of a published issue, or a fresh preview of a draft. */
    async pdf(p: Principal, id: number): Promise<{ row: IssueRow; data: Buffer }> {
      const row = await getInScope(p, id);
      const data = row.pdf_key ? await ctx.deps.files.read(row.pdf_key) : await buildIssuePdf(ctx, db, row);
      return { row, data };
    },
  };
}

export type GazetteIssueUseCases = ReturnType<typeof createGazetteIssueUseCases>;
