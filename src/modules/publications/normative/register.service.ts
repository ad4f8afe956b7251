import { SYSTEM_ACTOR } from '../../../platform/audit/index.js';
import type { Principal } from '../../../platform/auth/index.js';
import { addCalendarDays } from '../../../platform/calendar/index.js';
import { offsetOf, type Page } from '../../../platform/db/index.js';
import type { DocumentContext } from '../document-context.js';
import { documentsRepository as docs } from '../publications.repository.js';
import { type NormativeDb, normativeRepository as repo } from './normative.repository.js';
import type { DocRef, RegisterQuery } from './normative.schemas.js';
import type { RegisterFilter } from './normative.vocabulary.js';
import { presentDocRef } from './relations.service.js';
import { createValidityWriter, subtreeIds, todayOf } from './validity.js';

/**
 * The 规范性文件 register (条例第二十条第一项: 规范性文件 are published proactively) with 有效性 and 有效期,
 * and the expiry job: a document past its 有效期 becomes 已失效.
 */
export function createRegisterUseCases(ctx: DocumentContext) {
  const db = ctx.db as unknown as NormativeDb;
  const validity = createValidityWriter(ctx);

  async function page(orgIds: number[] | undefined, filter: RegisterFilter, q: string | undefined, offset: number, limit: number): Promise<Page<DocRef>> {
    const today = todayOf(ctx);
    const { rows, total } = await repo.register(db, { orgIds, filter, today, nowIso: ctx.deps.clock.now().toISOString(), q, offset, limit });
    const look = await ctx.lookup();
    return { items: rows.map((r) => presentDocRef(r, look, today)), total };
  }

  return {
    /** Staff: the register of an organisation subtree within the caller's scope. */
    async list(p: Principal, q: RegisterQuery): Promise<Page<DocRef>> {
      let orgIds = await ctx.scopeOrgIds(p);
      if (q.orgId !== undefined) {
        const sub = await subtreeIds(ctx, q.orgId);
        orgIds = orgIds === null ? sub : sub.filter((id) => orgIds!.includes(id));
      }
      return page(orgIds ?? undefined, q.validity, q.q, offsetOf(q), q.pageSize);
    },

    /** Public: by organisation code (its subtree), or everything. Unknown codes give an empty page. */
    async publicList(orgCode: string | undefined, filter: RegisterFilter, pageNo: number, pageSize: number): Promise<Page<DocRef>> {
      let orgIds: number[] | undefined;
      if (orgCode) {
        const org = await ctx.deps.orgs.findByCode(orgCode);
        if (!org || org.status !== 'active') return { items: [], total: 0 };
        orgIds = await subtreeIds(ctx, org.id);
      }
      return page(orgIds, filter, undefined, (pageNo - 1) * pageSize, pageSize);
    },

    /**
     * The job: 规范性文件 whose 有效期 ended (valid_to before today, Asia/Shanghai) become 已失效, each with
     * its event and audit entry. Public reads already show them as 已失效 (effectiveValidity).
     */
    async expireDue(): Promise<number> {
      const today = todayOf(ctx);
      const due = await repo.dueExpiry(db, today);
      let n = 0;
      for (const { id } of due) {
        await ctx.db.transaction().execute(async (trx) => {
          const doc = await docs.findById(trx, id);
          // Not in force from the day after its 有效期止, whenever the job gets to it (the annual report counts by that day).
          if (doc && doc.valid_to && doc.valid_to < today
            && (await validity.set(trx, SYSTEM_ACTOR, doc, 'expired', `有效期已于 ${doc.valid_to} 届满`, addCalendarDays(doc.valid_to, 1)))) n++;
        });
      }
      return n;
    },
  };
}

export type RegisterUseCases = ReturnType<typeof createRegisterUseCases>;
