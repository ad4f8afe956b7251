import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OrgService } from '../../../orgs/index.js';
import { PUBLIC_PAGE, loadSite, pageContext, readOrgYearQuery, sendFresh, sendPortalNotFound } from '../../../portal/index.js';
import type { AssessmentUseCases } from '../assessment.service.js';
import { ASSESSMENT_HOME } from '../urls.js';
import { renderAssessmentList, renderAssessmentPage } from './assessment.pages.js';

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export interface AssessmentPortalDeps {
  orgs: OrgService;
  assessments: Pick<AssessmentUseCases, 'public'>;
}

/** The public side of 考核: published results only (the table frozen at publication). */
export function registerAssessmentPortal(app: FastifyInstance, deps: AssessmentPortalDeps): void {
  const notFound = (req: FastifyRequest, reply: FastifyReply) => sendPortalNotFound(req, reply, '没有找到这份考核结果：它可能尚未发布，或者地址有误。');

  app.get(ASSESSMENT_HOME, PUBLIC_PAGE, async (req, reply) => {
    const { name, orgs } = await loadSite(deps.orgs);
    const { org, notices } = readOrgYearQuery(req, orgs, { orgLabel: '考核机关' });
    const entries = await deps.assessments.public.list({ org });
    return sendFresh(req, reply, renderAssessmentList(pageContext(req, name), { entries, orgs, org, notices }));
  });

  app.get(ASSESSMENT_HOME.slice(0, -1), PUBLIC_PAGE, async (_req, reply) => reply.redirect(ASSESSMENT_HOME, 301));

  app.get(`${ASSESSMENT_HOME}:org/:year`, PUBLIC_PAGE, async (req, reply) => {
    const { org, year } = req.params as { org: string; year: string };
    if (!CODE.test(org) || !/^\d{4}$/.test(year)) return notFound(req, reply);
    const v = await deps.assessments.public.get(org, Number(year));
    if (!v) return notFound(req, reply);
    const { name } = await loadSite(deps.orgs);
    return sendFresh(req, reply, renderAssessmentPage(pageContext(req, name), v));
  });
}
