import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OrgService } from '../../../orgs/index.js';
import { PUBLIC_PAGE, loadSite, pageContext, renderErrorPage, sendFresh } from '../../../portal/index.js';
import { contentDisposition } from '../../../../platform/http/index.js';
import type { BulletinUseCases } from '../bulletins.service.js';
import { completionChartSvg } from '../render/index.js';
import { BULLETINS_HOME } from '../urls.js';
import { renderBulletinList, renderBulletinPage } from './bulletins.pages.js';

const first = (v: unknown): string | undefined => (Array.isArray(v) ? v[0] : typeof v === 'string' ? v : undefined);
const yearOf = (s: string | undefined) => (s && /^\d{4}$/.test(s) && +s >= 2000 && +s <= 2100 ? +s : null);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface BulletinPortalDeps {
  orgs: OrgService;
  bulletins: Pick<BulletinUseCases, 'public'>;
}

/** The public side of 季通报: the list, one bulletin as a page (tables, chart), its Word file. Published ones only. */
export function registerBulletinPortal(app: FastifyInstance, deps: BulletinPortalDeps): void {
  const notFound = (req: FastifyRequest, reply: FastifyReply) =>
    sendFresh(req, reply, renderErrorPage({ status: 404, title: '页面不存在', detail: '没有找到这份季度通报：它可能尚未发布，或者地址有误。', requestId: req.id }, req), { status: 404 });

  app.get(BULLETINS_HOME, PUBLIC_PAGE, async (req, reply) => {
    const { name, orgs } = await loadSite(deps.orgs);
    const q = (req.query ?? {}) as Record<string, unknown>;
    const notices: string[] = [];
    let org = first(q.org) || undefined;
    if (org && !orgs.some((o) => o.code === org)) { notices.push('所选发布机关不存在，已显示全部机关。'); org = undefined; }
    const y = first(q.year);
    const year = yearOf(y) ?? undefined;
    if (y && !year) notices.push('年度无效，已显示全部年度。');
    const all = await deps.bulletins.public.list({ org });
    const entries = year ? all.filter((e) => e.year === year) : all;
    const years = [...new Set(all.map((e) => e.year))].sort((a, b) => b - a);
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
      return reply.header('content-type', DOCX_TYPE).header('content-disposition', contentDisposition(f.fileName)).header('cache-control', 'public, max-age=300').send(f.body);
    }
    const b = await deps.bulletins.public.get(id);
    if (!b) return notFound(req, reply);
    const { name } = await loadSite(deps.orgs);
    const svg = await completionChartSvg(b.figures, '各单位任务完成率');
    return sendFresh(req, reply, renderBulletinPage(pageContext(req, name), { ...b, publishedOn: b.publishedOn }, svg));
  });
}
