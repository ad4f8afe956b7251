import { type Principal, hasRole } from '../../../platform/auth/index.js';
import type { AuditActor } from '../../../platform/audit/index.js';
import { ForbiddenError } from '../../../platform/errors/index.js';
import { sanitizeBody } from '../../../platform/html/index.js';
import type { DocumentContext } from '../document-context.js';
import { type GuideRow, guidesRepository as repo } from './guides.repository.js';
import type { GuideInput, GuideView } from './guides.schemas.js';

function present(orgId: number, orgName: string, r: GuideRow | undefined): GuideView {
  return {
    orgId, orgName, officeName: r?.office_name ?? '', address: r?.address ?? '', postcode: r?.postcode ?? null, hours: r?.hours ?? '', phone: r?.phone ?? '',
    fax: r?.fax ?? null, email: r?.email ?? null, website: r?.website ?? null, guideHtml: r?.guide_html ?? '', rulesHtml: r?.rules_html ?? '', written: !!r, updatedAt: r?.updated_at ?? null,
  };
}

/** 政府信息公开指南 and 公开制度 of an organisation (条例第十二条), written by its 政务公开办. */
export function createGuideUseCases(ctx: DocumentContext) {
  const { db, deps } = ctx;
  return {
    async get(p: Principal, orgId: number): Promise<GuideView> {
      const org = await ctx.assertOrgInScope(p, orgId);
      return present(org.id, org.name, await repo.find(db as never, orgId));
    },

    /** @throws ForbiddenError unless the office admin of the organisation or above. */
    async put(p: Principal, actor: AuditActor, orgId: number, input: GuideInput): Promise<GuideView> {
      const org = await ctx.assertOrgInScope(p, orgId);
      if (!hasRole(p, 'office_admin', 'sysadmin')) throw new ForbiddenError('只有政务公开办管理员可以编写公开指南');
      const now = deps.clock.now().toISOString();
      const row: GuideRow = {
        org_id: orgId, office_name: input.officeName, address: input.address, postcode: input.postcode, hours: input.hours, phone: input.phone, fax: input.fax,
        email: input.email, website: input.website, guide_html: sanitizeBody(input.guideHtml), rules_html: sanitizeBody(input.rulesHtml), updated_at: now, updated_by: actor.userId,
      };
      return db.transaction().execute(async (trx) => {
        const before = await repo.find(trx as never, orgId);
        await repo.upsert(trx as never, row);
        await deps.audit.record(trx, actor, { action: 'guide.update', entityType: 'disclosure_guide', entityId: orgId, orgId, summary: `更新“${org.name}”的政府信息公开指南和制度`, before, after: row });
        return present(org.id, org.name, row);
      });
    },

    /** The published guide of an organisation by code (null when the organisation is unknown or disabled). */
    async publicGuide(orgCode: string): Promise<GuideView | null> {
      const org = await deps.orgs.findByCode(orgCode);
      if (!org || org.status !== 'active') return null;
      return present(org.id, org.name, await repo.find(db as never, org.id));
    },
  };
}

export type GuideUseCases = ReturnType<typeof createGuideUseCases>;
