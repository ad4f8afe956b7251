import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OrgService } from '../../../orgs/index.js';
import { PUBLIC_PAGE, entriesOfYear, loadSite, pageContext, readOrgYearQuery, sendFresh, sendPortalNotFound } from '../../../portal/index.js';
import { sendDownload } from '../../../../platform/http/index.js';
import { DOCX_TYPE } from '../bulletins.routes.js';
import type { BulletinUseCases } from '../bulletins.service.js';
import { completionChartSvg } from '../render/index.js';
import { BULLETINS_HOME } from '../urls.js';
import { renderBulletinList, renderBulletinPage } from './bulletins.pages.js';


export interface BulletinPortalDeps {
  orgs: OrgService;
  bulletins: Pick<BulletinUseCases, 'public'>;
}

/** The public side of 季通报: the list, one bulletin as a page (tables, chart), its Word file. Published ones only. */
export function registerBulletinPortal(app: FastifyInstance, deps: BulletinPortalDeps): void {
  const notFound = (req: FastifyRequest, reply: FastifyReply) => sendPortalNotFound(req, reply, '没有找到这份季度通报：它可能尚未发布，或者地址有误。');

  app.get(BULLETINS_HOME, PUBLIC_PAGE, async (req, reply) => {
    const { name, orgs } = await loadSite(deps.orgs);
    const { org, year, notices } = readOrgYearQuery(req, orgs, { orgLabel: '发布机关', minYear: 2000 });
    const { entries, years } = entriesOfYear(await deps.bulletins.public.list({ org }), year);
    return sendFresh(req, reply, renderBulletinList(pageContext(req, name), { entries, orgs, org, year, years, notices }));
  });

  app.get(BULLETINS_HOME.slice(0, -1), PUBLIC_PAGE, async (_req, reply) => reply.redirect(BULLETINS_HOME, 301));

  app.get(`${BULLETINS_HOME}:id`, PUBLIC_PAGE, async (req, reply) => {
    const m = /^([1-9]\d{0,9})(\.docx)?$/.exec((req.params as { id: string }).id);
    if (!m) return notFound(req, reply);
    const id = Number(m[1]);
    if (m[2]) {
      const f = await deps.bulletins.public.docx(id);
      if (!f) return notFound(req, reply);
      return sendDownload(reply, { ...f, contentType: DOCX_TYPE }, 'public, max-age=300');
    }
    const b = await deps.bulletins.public.get(id);
    if (!b) return notFound(req, reply);
    const { name } = await loadSite(deps.orgs);
    const svg = await completionChartSvg(b.figures, '各单位任务完成率');
    return sendFresh(req, reply, renderBulletinPage(pageContext(req, name), { ...b, publishedOn: b.publishedOn }, svg));
  });
}
