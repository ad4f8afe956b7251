import { REQUEST_READERS } from './info-requests.policy.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditActor } from '../../platform/audit/index.js';
import type { Principal } from '../../platform/auth/index.js';
import { actorOf, principalOf } from '../../platform/http/index.js';
import { confirmBody, dateField, registerBody } from './info-requests.schemas.js';
import type { InfoRequestService } from './info-requests.service.js';
import type { RequestRow } from './info-requests.repository.js';
import { registerAppealRoutes } from './appeals/appeals.routes.js';
import { registerSuggestionRoutes } from './suggestions/suggestions.routes.js';
import { registerReplyRoutes } from './reply.routes.js';

const tags = ['info-requests'];
const HANDLERS = ['office_admin', 'handler', 'sysadmin'] as const;
const id = { params: z.object({ id: z.coerce.number().int().positive() }) };
const detail = z.record(z.string(), z.unknown());
const note = z.string().trim().max(1000).optional();

const listQuery = z.object({
  status: z.string().max(200).optional(),
  view: z.enum(['overdue', 'dueSoon', 'open']).optional(),
  q: z.string().max(100).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** Staff API of 依申请公开 (thin: parse, call one use case, answer with the request as it now is). */
export function registerInfoRequestRoutes(app: FastifyInstance, svc: InfoRequestService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const h = svc.handling;
  const q = svc.queries;
  /** A step's answer: the request with its clock and history, as the detail view shows it. */
  const after = (req: FastifyRequest, row: RequestRow) => q.get(principalOf(req), actorOf(req), row.id);
  type StepFn<B> = (p: Principal, a: AuditActor, id: number, body: B) => Promise<RequestRow>;
  function stepRoute<S extends z.ZodType>(path: string, summary: string, body: S, run: StepFn<z.output<S>>, access: readonly string[] = HANDLERS) {
    r.post(`/api/v1/info-requests/:id/${path}`, {
      config: { access: access as typeof HANDLERS },
      schema: { tags, summary, ...id, body, response: { 200: detail } },
    }, async (req) => after(req, await run(principalOf(req), actorOf(req), req.params.id, req.body as z.output<S>)));
  }

  r.get('/api/v1/info-requests', {
    config: { access: REQUEST_READERS },
    schema: { tags, summary: '本机构及下辖机构的政府信息公开申请', querystring: listQuery, response: { 200: detail } },
  }, async (req) => q.list(principalOf(req), { ...req.query, status: req.query.status?.split(',').filter(Boolean) }));

  r.get('/api/v1/info-requests/dashboard', {
    config: { access: REQUEST_READERS },
    schema: { tags, summary: '各承办机构办理情况（在办、逾期、临近期限、待申请人补正或缴费）', response: { 200: detail } },
  }, async (req) => q.dashboard(principalOf(req)));

  r.post('/api/v1/info-requests', {
    config: { access: HANDLERS },
    schema: { tags, summary: '登记当面、信函、传真、电子邮件等渠道收到的申请（条例第三十一条）', body: registerBody, response: { 201: detail } },
  }, async (req, reply) => reply.status(201).send(await after(req, await h.register(principalOf(req), actorOf(req), req.body))));

  r.get('/api/v1/info-requests/:id', {
    config: { access: REQUEST_READERS },
    schema: { tags, summary: '申请详情（期限、暂停、办理记录）；reveal=true 查看完整个人信息（留痕）', ...id, querystring: z.object({ reveal: z.enum(['true', 'false']).optional() }), response: { 200: detail } },
  }, async (req) => q.get(principalOf(req), actorOf(req), req.params.id, { reveal: req.query.reveal === 'true' }));

  stepRoute('confirm', '确认受理在线申请（双方确认之日为收到申请之日）', confirmBody, (p, a, i, b) => h.confirm(p, a, i, b.receivedOn, b.note));
  stepRoute('assign', '交由其他机构承办', z.strictObject({ orgId: z.number().int().positive(), note }), (p, a, i, b) => h.assign(p, a, i, b.orgId, b.note));
  stepRoute('correction-request', '一次性告知补正（收到申请之日起7个工作日内）', z.strictObject({
    on: dateField('告知日期'),
    items: z.array(z.string().trim().min(2, '请写明需要补正的内容').max(300)).min(1, '请至少列出一项需要补正的内容').max(20),
    correctWithinWorkdays: z.number().int().min(1).max(60).optional(),
    correctBy: dateField('补正期限').optional(),
  }), (p, a, i, b) => h.requestCorrection(p, a, i, b));
  stepRoute('correction', '登记收到的补正材料（答复期限重新起算）', z.strictObject({ on: dateField('收到补正之日'), note }), (p, a, i, b) => h.recordCorrection(p, a, i, b));
  stepRoute('consultations', '书面征求第三方或其他机关意见（期间不计入答复期限）', z.strictObject({
    on: dateField('发出征求意见函之日'), party: z.string().trim().min(2, '请填写被征求意见的第三方或机关').max(100), kind: z.enum(['third_party', 'other_organ']),
  }), (p, a, i, b) => h.startConsultation(p, a, i, b));
  stepRoute('consultation-end', '登记征求意见结果', z.strictObject({
    on: dateField('收到意见之日'), consultationId: z.string().min(1).max(40), opinion: z.enum(['agree', 'object', 'no_reply']), note,
  }), (p, a, i, b) => h.endConsultation(p, a, i, b));
  stepRoute('extension', '延期答复（经政府信息公开工作机构负责人同意，不超过20个工作日）', z.strictObject({
    on: dateField('延期决定日期'), workdays: z.number().int().min(1, '延长期限至少1个工作日').max(20, '延长期限最长不得超过20个工作日'), reason: z.string().trim().min(4, '请写明延期理由').max(500),
  }), (p, a, i, b) => h.extend(p, a, i, b), ['leader', 'sysadmin']);
  stepRoute('fee-notice', '发出收费通知（按件或按量计收信息处理费）', z.strictObject({
    on: dateField('通知日期'), method: z.enum(['per_item', 'per_volume']), quantity: z.number().int().min(1).max(100_000), previousItemsThisMonth: z.number().int().min(0).max(100_000).optional(),
  }), (p, a, i, b) => h.notifyFee(p, a, i, b));
  stepRoute('fee-payment', '登记申请人已缴费', z.strictObject({ on: dateField('缴费日期') }), (p, a, i, b) => h.recordPayment(p, a, i, b));
  stepRoute('termination', '终止办理（申请人撤回、逾期不补正、逾期未缴费）', z.strictObject({
    on: dateField('终止日期'), result: z.enum(['other.correctionOverdue', 'other.feeUnpaid', 'other.other']), reason: z.string().trim().min(4, '请写明终止理由').max(500),
  }), (p, a, i, b) => h.terminate(p, a, i, b));
  stepRoute('notes', '添加内部办理记录', z.strictObject({ text: z.string().trim().min(1).max(2000) }), (p, a, i, b) => h.note(p, a, i, b.text));
  registerReplyRoutes(app, svc);
  stepRoute('delivery', '登记送达', z.strictObject({ on: dateField('送达日期'), method: z.string().trim().min(2).max(50), note }), (p, a, i, b) => h.recordDelivery(p, a, i, b));
  registerAppealRoutes(app, svc.appeals);
  registerSuggestionRoutes(app, svc.suggestions);
}
