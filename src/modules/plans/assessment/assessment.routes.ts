import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, principalOf } from '../../../platform/http/index.js';
import { ASSESSMENT_WRITERS } from './assessment.policy.js';
import { RULES, RULE_LABELS, assessmentQuery, computeBody, publishBody, replaceIndicatorsBody, scoreBody } from './assessment.schemas.js';
import type { AssessmentUseCases } from './assessment.service.js';

const tags = ['assessments'];

/**
 * Staff API of 考核 (thin: schema, access, one use case). Reads: staff of the assessing organisation or
 * above; writes: its 政务公开办 (office_admin) and sysadmins. Every write answers with the whole table.
 */
export function registerAssessmentRoutes(app: FastifyInstance, svc: AssessmentUseCases): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/assessments';

  r.get(`${base}/rules`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '考核指标的评分规则及其参数' },
  }, async () => ({
    rules: RULES.map((value) => ({ value, label: RULE_LABELS[value] })),
    params: { planId: '只统计某一方案的任务（taskOnTime、taskCompletion）', whenNone: 'full：无相关事项得满分（默认）；zero：得0分', scope: 'self：本单位（默认）；subtree：含下级机构（requestOnTime）' },
  }));

  r.get(base, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '某机构某年度的考核表：指标 × 被考核单位的得分、合计、排名及计算依据', querystring: assessmentQuery },
  }, async (req) => svc.table(principalOf(req), req.query));

  r.put(`${base}/indicators`, {
    config: { access: ASSESSMENT_WRITERS },
    schema: { tags, summary: '设置（整体替换）考核指标：名称、分值（>0）、评分规则、参数、说明', body: replaceIndicatorsBody },
  }, async (req) => svc.replaceIndicators(principalOf(req), actorOf(req), req.body));

  r.post(`${base}/compute`, {
    config: { access: ASSESSMENT_WRITERS },
    schema: { tags, summary: '按平台数据计算各单位的平台计算指标得分', body: computeBody },
  }, async (req) => svc.compute(principalOf(req), actorOf(req), req.body));

  r.put(`${base}/score`, {
    config: { access: ASSESSMENT_WRITERS },
    schema: { tags, summary: '人工评分（0 ≤ 得分 ≤ 分值，须写评分说明）', body: scoreBody },
  }, async (req) => svc.score(principalOf(req), actorOf(req), req.body));

  r.post(`${base}/publish`, {
    config: { access: ASSESSMENT_WRITERS },
    schema: { tags, summary: '发布考核结果（冻结考核表，在门户网站公开；发布后不能再修改）', body: publishBody },
  }, async (req) => svc.publish(principalOf(req), actorOf(req), req.body));
}
