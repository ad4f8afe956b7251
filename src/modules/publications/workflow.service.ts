import type { AuditActor } from '../../platform/audit/index.js';
import { SYSTEM_ACTOR } from '../../platform/audit/index.js';
import type { Principal } from '../../platform/auth/index.js';
import { ValidationError } from '../../platform/errors/index.js';
import { shanghaiDate } from '../../platform/time/index.js';
import type { Conn, DocumentContext } from './document-context.js';
import { EDITABLE } from './drafts.service.js';
import { createGate } from './gate.js';
import { formatIndexNumber } from './index-number.js';
import { DocumentStateConflict, PublicationCheckFailed } from './publications.errors.js';
import { assertCanEdit, assertCanPublish, assertCanReview, assertCanWithdraw } from './publications.policy.js';
import { type DocumentRow, documentsRepository as repo } from './publications.repository.js';
import type { CheckReport, DocumentView } from './publications.schemas.js';
import { createSearchSync } from './search-sync.js';
import { applyRelationsOnPublish } from './normative/index.js';
import { STATUS_LABELS, type DocumentStatus } from './vocabulary.js';
import { timelinessOf } from './timeliness.js';

/**
 * The review workflow: 起草 → 提交审核 → 保密审查 (一事一审) → 签发/发布 (now or at a set time), or 退回;
 * 撤回 after publication with a public reason. Every step is an event on the document and an audit entry.
 */
export function createWorkflowUseCases(ctx: DocumentContext) {
  const { db, deps } = ctx;
  const gate = createGate(ctx);
  const searchSync = createSearchSync(ctx);

  function assertStatus(doc: DocumentRow, allowed: DocumentStatus[], action: string): void {
    if (!allowed.includes(doc.status as DocumentStatus)) throw new DocumentStateConflict(doc.status as DocumentStatus, action);
  }

  async function transition(trx: Conn, actor: AuditActor, doc: DocumentRow, to: DocumentStatus, action: string, note: string | null, extra: Partial<DocumentRow> = {}): Promise<DocumentRow> {
    await repo.update(trx, doc.id, { ...extra, status: to, updated_at: deps.clock.now().toISOString(), updated_by: actor.userId ?? doc.updated_by });
    const after = (await repo.findById(trx, doc.id))!;
    await ctx.record(trx, actor, after, {
      action, from: doc.status, to, note,
      summary: `文件“${doc.title}”：${STATUS_LABELS[doc.status as DocumentStatus]} → ${STATUS_LABELS[to]}${note ? `（${note}）` : ''}`,
    });
    return after;
  }

  const timeliness = (writtenAt: string | null, publishDate: string) => timelinessOf(deps.calendar.current(), writtenAt, publishDate);

  async function assignIndexNumber(trx: Conn, doc: DocumentRow, publishedAt: Date): Promise<string> {
    if (doc.index_number) return doc.index_number;
    const year = Number(shanghaiDate(publishedAt).slice(0, 4));
    const org = await ctx.org(doc.org_id, trx);
    const seq = await repo.nextSerial(trx, doc.org_id, year);
    return formatIndexNumber(deps.indexTemplate, { orgCode: org.code, year, seq });
  }

  async function gateOrThrow(doc: DocumentRow): Promise<CheckReport> {
    const report = await gate.check(doc);
    if (report.blocking) throw new PublicationCheckFailed(report);
    return report;
  }

  /** Publishes inside `trx`: 索引号, timeliness, search index. Shared by 签发 and import. */
  async function goPublic(trx: Conn, actor: AuditActor, doc: DocumentRow, when: Date, action: 'publish' | 'schedule' | 'import', note: string | null): Promise<DocumentRow> {
    const scheduled = when.getTime() > deps.clock.now().getTime();
    const indexNumber = await assignIndexNumber(trx, doc, when);
    const t = timeliness(doc.written_at, shanghaiDate(when));
    const iso = when.toISOString();
    const after = await transition(trx, actor, doc, scheduled ? 'scheduled' : 'published', action, note, {
      index_number: indexNumber, publish_at: iso, published_at: iso, withdrawn_at: null, withdraw_reason: null, ...t,
    });
    if (after.disclosure === 'active') await searchSync.upsert(trx, after);
    await applyRelationsOnPublish(ctx, trx, actor, after); // 修改/废止 marked on the originals (国办发〔2017〕47号)
    return after;
  }

  return {
    gate,
    searchSync,
    goPublic,
    timeliness,

    /** The checks as they stand, for the editor's 检查 button. */
    async check(p: Principal, id: number): Promise<CheckReport> {
      return gate.check(await ctx.getInScope(p, id));
    },

    /** 提交审核. @throws PublicationCheckFailed with the findings and their places */
    async submit(p: Principal, actor: AuditActor, id: number): Promise<DocumentView> {
      assertCanEdit(p);
      const doc = await ctx.getInScope(p, id);
      assertStatus(doc, EDITABLE, '提交审核');
      await gateOrThrow(doc);
      return db.transaction().execute(async (trx) => ctx.view(await transition(trx, actor, doc, 'in_review', 'submit', null), trx));
    },

    /** The editor takes a submitted document back before review. */
    async recall(p: Principal, actor: AuditActor, id: number): Promise<DocumentView> {
      assertCanEdit(p);
      const doc = await ctx.getInScope(p, id);
      assertStatus(doc, ['in_review'], '撤回审核申请');
      return db.transaction().execute(async (trx) => ctx.view(await transition(trx, actor, doc, 'draft', 'recall', null), trx));
    },

    /** 保密审查 (一事一审): one document, one recorded opinion. Returning needs a reason. */
    async review(p: Principal, actor: AuditActor, id: number, decision: 'approve' | 'return', opinion: string): Promise<DocumentView> {
      const doc = await ctx.getInScope(p, id);
      assertCanReview(p, doc.created_by);
      assertStatus(doc, ['in_review'], '进行保密审查');
      if (decision === 'return' && opinion.trim().length < 2) throw new ValidationError('退回修改时请写明退回原因', [{ path: 'body.opinion', message: '请写明退回原因' }]);
      if (decision === 'approve') await gateOrThrow(doc);
      return db.transaction().execute(async (trx) => {
        const to = decision === 'approve' ? 'approved' : 'returned';
        const after = await transition(trx, actor, doc, to, decision, opinion.trim() || (decision === 'approve' ? '经审查，不涉及国家秘密、工作秘密和个人隐私，同意公开' : null));
        return ctx.view(after, trx);
      });
    },

    /** 签发: publish now, at a set time (定时发布), or — for 依申请公开/不予公开 — register without publishing. */
    async publish(p: Principal, actor: AuditActor, id: number, publishAt: string | null | undefined): Promise<DocumentView> {
      const doc = await ctx.getInScope(p, id);
      assertCanPublish(p);
      assertStatus(doc, ['approved'], '签发');
      await gateOrThrow(doc);
      const now = deps.clock.now();
      const when = publishAt ? new Date(publishAt) : now;
      if (when.getTime() < now.getTime() - 60_000) throw new ValidationError('定时发布时间不能早于当前时间', [{ path: 'body.publishAt', message: '定时发布时间不能早于当前时间' }]);
      return db.transaction().execute(async (trx) => {
        if (doc.disclosure !== 'active') {
          return ctx.view(await transition(trx, actor, doc, 'filed', 'file', null, { index_number: await assignIndexNumber(trx, doc, now) }), trx);
        }
        const scheduled = when.getTime() > now.getTime();
        const note = scheduled ? `定时于 ${when.toISOString()} 发布` : null;
        return ctx.view(await goPublic(trx, actor, doc, scheduled ? when : now, scheduled ? 'schedule' : 'publish', note), trx);
      });
    },

    /** 撤回: off the portal and out of search; the page keeps its URL and shows the public reason. */
    async withdraw(p: Principal, actor: AuditActor, id: number, reason: string): Promise<DocumentView> {
      const doc = await ctx.getInScope(p, id);
      assertCanWithdraw(p);
      assertStatus(doc, ['published', 'scheduled'], '撤回');
      return db.transaction().execute(async (trx) => {
        const after = await transition(trx, actor, doc, 'withdrawn', 'withdraw', reason, { withdrawn_at: deps.clock.now().toISOString(), withdraw_reason: reason });
        await searchSync.remove(trx, after.id);
        return ctx.view(after, trx);
      });
    },

    /** Flips scheduled documents whose time has come to published (the job runner calls this). */
    async publishDue(): Promise<number> {
      const due = await repo.listDueScheduled(db, deps.clock.now().toISOString());
      for (const doc of due) {
        await db.transaction().execute(async (trx) => {
          const fresh = await repo.findById(trx, doc.id);
          if (fresh?.status === 'scheduled') await transition(trx, SYSTEM_ACTOR, fresh, 'published', 'scheduled-publish', null);
        });
      }
      return due.length;
    },
  };
}
