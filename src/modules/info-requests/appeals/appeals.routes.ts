import { REQUEST_READERS } from '../info-requests.policy.js';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, principalOf } from '../../../platform/http/index.js';
import type { AppealUseCases } from './appeals.service.js';
import { appealListQuery, appealPage, appealSchema, createAppealBody, reviewLitigationSchema, summaryQuery, updateAppealBody } from './appeals.schemas.js';

const tags = ['info-requests'];
const WRITERS = ['office_admin', 'handler', 'sysadmin'] as const;
const requestId = { params: z.object({ id: z.coerce.number().int().positive() }) };

/**
 * 行政复议 / 行政诉讼 records (table 四). The static paths (`/appeals`, `/appeals/summary`) win over
 * `/:id` in Fastify's router whatever the registration order, so `appeals` is never parsed as an id.
 */
export function registerAppealRoutes(app: FastifyInstance, appeals: AppealUseCases): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/info-requests/appeals', {
    config: { access: REQUEST_READERS },
    schema: { tags, summary: '本机构及下辖机构的行政复议、行政诉讼记录（按申请复议或起诉的年份、类型、结果筛选）', querystring: appealListQuery, response: { 200: appealPage } },
  }, async (req) => appeals.list(principalOf(req), req.query));

  r.get('/api/v1/info-requests/appeals/summary', {
    config: { access: REQUEST_READERS },
    schema: {
      tags, summary: '年度报告表四：行政复议、行政诉讼情况（按申请复议或起诉之日所在年度统计）', querystring: summaryQuery,
      response: { 200: reviewLitigationSchema },
    },
  }, async (req) => appeals.summary(principalOf(req), req.query));

  r.patch('/api/v1/info-requests/appeals/:appealId', {
    config: { access: WRITERS },
    schema: {
      tags, summary: '更新行政复议、行政诉讼的审结情况（version 防止覆盖他人的修改）',
      params: z.object({ appealId: z.coerce.number().int().positive() }), body: updateAppealBody, response: { 200: appealSchema },
    },
  }, async (req) => appeals.update(principalOf(req), actorOf(req), req.params.appealId, req.body));

  r.get('/api/v1/info-requests/:id/appeals', {
    config: { access: REQUEST_READERS },
    schema: { tags, summary: '一件申请的行政复议、行政诉讼记录', ...requestId, response: { 200: z.object({ items: z.array(appealSchema) }) } },
  }, async (req) => appeals.listForRequest(principalOf(req), req.params.id));

  r.post('/api/v1/info-requests/:id/appeals', {
    config: { access: WRITERS },
    schema: { tags, summary: '登记申请人就该申请提起的行政复议或行政诉讼（条例第五十一条）', ...requestId, body: createAppealBody, response: { 201: appealSchema } },
  }, async (req, reply) => reply.status(201).send(await appeals.create(principalOf(req), actorOf(req), req.params.id, req.body)));
}
