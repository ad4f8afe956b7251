import type { FastifyInstance } from 'fastify';
import type { AuditActor } from '../../../platform/audit/index.js';
import type { Conn, DocumentContext } from '../document-context.js';
import type { DocumentRow } from '../publications.repository.js';
import { createCleanupUseCases } from './cleanups.service.js';
import { registerNormativePortal } from './normative.portal.js';
import { registerNormativeApi } from './normative.routes.js';
import { createRegisterUseCases } from './register.service.js';
import { createRelationUseCases } from './relations.service.js';

export type { NormativeTables } from './normative.tables.js';
export type { PublicRelation } from './relations.service.js';
export { DocumentRelations } from './normative.pages.js';
export { effectiveValidity } from './normative.vocabulary.js';
/** Shared with the 政府公报 pages. */
export { OrgSelect, PageNotices, PUBLIC_ROUTE, nullIfNotFound, quote, readQuery, rowIdOf, sendNotFound } from './portal-kit.js';

/**
 * Use cases of 规范性文件 (条例第二十条第一项): relations between documents (修改、废止、解读) and their
 * effect on the original's 有效性, the register with 有效期 and expiry, and 清理 campaigns.
 */
export function createNormativeUseCases(ctx: DocumentContext) {
  const relations = createRelationUseCases(ctx);
  const register = createRegisterUseCases(ctx);
  const cleanups = createCleanupUseCases(ctx);
  return {
    relations,
    register,
    cleanups,
    /** For the document page: relations in both directions, public documents only. */
    relationsFor: relations.relationsFor,
    /**
     * The periodic job: 规范性文件 past their 有效期 become 已失效, and 定时发布 documents whose time came
     * apply their 修改/废止 to the originals.
     */
    async expireDue(): Promise<{ expired: number; relationEffects: number }> {
      return { expired: await register.expireDue(), relationEffects: await relations.applyDue() };
    },
  };
}

export type NormativeUseCases = ReturnType<typeof createNormativeUseCases>;

const effectsByCtx = new WeakMap<DocumentContext, ReturnType<typeof createRelationUseCases>>();

/**
 * Called by 签发 (workflow goPublic) inside its transaction after the search upsert: a document that
 * 修改/废止 others marks them 已修改/已废止 (event + audit + search on each). A 定时发布 acts when its
 * time comes (expireDue).
 */
export async function applyRelationsOnPublish(ctx: DocumentContext, trx: Conn, actor: AuditActor, doc: DocumentRow): Promise<void> {
  let rel = effectsByCtx.get(ctx);
  if (!rel) effectsByCtx.set(ctx, (rel = createRelationUseCases(ctx)));
  await rel.applyEffects(trx, actor, doc);
}

/** Staff API and portal pages of the normative part. */
export function registerNormativeRoutes(app: FastifyInstance, svc: NormativeUseCases, deps: { ctx: DocumentContext }): void {
  registerNormativeApi(app, svc);
  registerNormativePortal(app, { orgs: deps.ctx.deps.orgs, register: svc.register, cleanups: svc.cleanups });
}
