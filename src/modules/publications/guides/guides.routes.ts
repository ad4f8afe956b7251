import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, principalOf } from '../../../platform/http/index.js';
import type { OrgService } from '../../orgs/index.js';
import { PUBLIC_PAGE, loadSite, pageContext, renderErrorPage, sendFresh } from '../../portal/index.js';
import { renderGuidePage } from './guide.page.js';
import { guideBody, guideSchema } from './guides.schemas.js';
import type { GuideUseCases } from './guides.service.js';

const orgParams = z.object({ orgId: z.string().regex(/^[1-9][0-9]{0,9}$/, '编号须为正整数').transform(Number) });

/** Staff API of the guide, and its public page. */
export function registerGuideRoutes(app: FastifyInstance, svc: GuideUseCases, deps: { orgs: OrgService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/guides/:orgId', {
    config: { access: 'authenticated' },
    schema: { tags: ['documents'], summary: '政府信息公开指南和制度', params: orgParams, response: { 200: guideSchema } },
  }, async (req) => svc.get(principalOf(req), req.params.orgId));
  r.put('/api/v1/guides/:orgId', {
    config: { access: ['office_admin', 'sysadmin'] },
    schema: { tags: ['documents'], summary: '编写政府信息公开指南和制度', params: orgParams, body: guideBody, response: { 200: guideSchema } },
  }, async (req) => svc.put(principalOf(req), actorOf(req), req.params.orgId, req.body));

  app.get<{ Params: { orgCode: string } }>('/xxgk/guide/:orgCode', PUBLIC_PAGE, async (req, reply) => {
    const g = await svc.publicGuide(req.params.orgCode);
    if (!g) return sendFresh(req, reply, renderErrorPage({ status: 404, title: '页面不存在', detail: '没有这个机构的政府信息公开指南。', requestId: req.id }, req), { status: 404 });
    const { name } = await loadSite(deps.orgs);
    return sendFresh(req, reply, renderGuidePage(pageContext(req, name), g, req.params.orgCode));
  });
}
