import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError } from '../../platform/errors/index.js';
import { actorOf, contentDisposition, principalOf } from '../../platform/http/index.js';
import { PLAN_WRITERS, PROGRESS_REPORTERS } from './plans.policy.js';
import {
  MAX_SOURCE_CHARS, acceptBody, createPlanBody, crossTasksQuery, evidenceFileParams, ledgerQuery, listPlansQuery, parseBody, parseQuery, patchTaskBody,
  planParams, planTasksQuery, progressBody, returnBody, submitBody, taskParams, updatePlanBody, versionBody,
} from './plans.schemas.js';
import type { PlanService } from './plans.service.js';
import { planVocabulary } from './vocabulary.js';

const tags = ['plans'];
/** A pasted plan of MAX_SOURCE_CHARS characters as JSON (CJK: 3 bytes each, more when escaped). */
const PARSE_BODY_LIMIT = MAX_SOURCE_CHARS * 6 + 64 * 1024;

/** One uploaded file (multipart field `file`), refused above `limit` bytes. */
async function uploaded(req: FastifyRequest, limit: number, what: string): Promise<{ filename: string; data: Buffer }> {
  const part = await req.file({ limits: { fileSize: limit, files: 1 } });
  if (!part) throw new ValidationError(`没有收到${what}（字段名 file）`);
  const data = await part.toBuffer();
  if (part.file.truncated) throw new ValidationError(`${what}超过 ${Math.round(limit / 1024 / 1024)} MB 上限`);
  return { filename: part.filename, data };
}

/**
 * Staff API of 分工方案与台账 (thin: schema, access, one use case). Reads are open to any staff member
 * (the service applies scope: the owning side sees the plan, assigned units their tasks).
 */
export function registerPlanRoutes(app: FastifyInstance, svc: PlanService, opts: { evidenceLimit: number }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/plans';
  const tasks = '/api/v1/plan-tasks';
  const taskDetail = (req: FastifyRequest, id: number) => svc.ledger.task(principalOf(req), id);

  r.get(`${base}/vocabulary`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '分工方案与台账的状态、单位角色、时限类型等取值' },
  }, async () => planVocabulary());

  r.post(`${base}/parse`, {
    config: { access: PLAN_WRITERS, multipart: true },
    bodyLimit: PARSE_BODY_LIMIT,
    schema: {
      tags, querystring: parseQuery,
      summary: '导入预览：解析方案文本（JSON {text, orgCode}，或 multipart 上传 .txt/.docx，字段 file，?orgCode=），并将单位名称对应到组织机构',
    },
  }, async (req) => {
    const p = principalOf(req);
    if (req.isMultipart()) return svc.parse.preview(p, { file: await uploaded(req, opts.evidenceLimit, '方案文件'), orgCode: req.query.orgCode });
    const body = parseBody.safeParse(req.body ?? {});
    if (!body.success) throw new ValidationError(body.error.issues.map((i) => i.message).join('；'), body.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message })));
    return svc.parse.preview(p, { text: body.data.text, orgCode: body.data.orgCode ?? req.query.orgCode });
  });

  r.post(base, {
    config: { access: PLAN_WRITERS },
    bodyLimit: PARSE_BODY_LIMIT,
    schema: { tags, summary: '由（经核对修改的）导入预览新建分工方案草稿', body: createPlanBody },
  }, async (req, reply) => reply.status(201).send(await svc.plans.create(principalOf(req), actorOf(req), req.body)));

  r.get(base, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '可见的分工方案（本机构及下辖机构的方案；承担任务的方案）及任务统计', querystring: listPlansQuery },
  }, async (req) => svc.plans.list(principalOf(req), req.query));

  r.get(`${base}/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '分工方案详情：任务、责任单位、逾期（按当天计算）、各状态任务数', params: planParams },
  }, async (req) => svc.plans.detail(principalOf(req), req.params.id));

  r.put(`${base}/:id`, {
    config: { access: PLAN_WRITERS },
    bodyLimit: PARSE_BODY_LIMIT,
    schema: { tags, summary: '修改草稿（标题、文号、任务等；tasks 整体替换；须带 version）', params: planParams, body: updatePlanBody },
  }, async (req) => svc.plans.update(principalOf(req), actorOf(req), req.params.id, req.body));

  r.delete(`${base}/:id`, {
    config: { access: PLAN_WRITERS },
    schema: { tags, summary: '删除草稿', params: planParams, querystring: z.object({ version: z.coerce.number().int().min(1).optional() }) },
  }, async (req, reply) => {
    await svc.plans.remove(principalOf(req), actorOf(req), req.params.id, req.query.version);
    return reply.status(204).send();
  });

  r.post(`${base}/:id/adopt`, {
    config: { access: PLAN_WRITERS },
    schema: { tags, summary: '下达方案：单位对应到机构（统称展开到各机构）、计算到期日（工作日按工作日历），任务进入台账', params: planParams, body: versionBody },
  }, async (req) => svc.plans.adopt(principalOf(req), actorOf(req), req.params.id, req.body.version));

  r.post(`${base}/:id/archive`, {
    config: { access: PLAN_WRITERS },
    schema: { tags, summary: '归档已下达的方案（任务不再办理）', params: planParams, body: versionBody },
  }, async (req) => svc.plans.archive(principalOf(req), actorOf(req), req.params.id, req.body.version));

  r.get(`${base}/:id/tasks`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '方案台账：按状态、责任单位（机构编码）、逾期或即将到期筛选任务', params: planParams, querystring: planTasksQuery },
  }, async (req) => svc.ledger.planTasks(principalOf(req), req.params.id, req.query));

  r.get(`${base}/:id/ledger.xlsx`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '导出台账 XLSX（序号、任务内容、牵头单位、责任单位、完成时限、进展情况、状态）', params: planParams, querystring: ledgerQuery },
  }, async (req, reply) => {
    const f = await svc.ledger.exportLedger(principalOf(req), req.params.id, req.query);
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', contentDisposition(f.fileName)).header('cache-control', 'private, no-store').send(f.body);
  });

  r.get(tasks, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '跨方案的任务：mine（本单位承担）、overdue（逾期）、dueSoon（即将到期）、all；可按单位、方案、状态筛选', querystring: crossTasksQuery },
  }, async (req) => svc.ledger.crossTasks(principalOf(req), req.query));

  r.get(`${tasks}/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '任务详情：责任单位、办理记录、佐证材料及可进行的操作', params: taskParams },
  }, async (req) => taskDetail(req, req.params.id));

  r.patch(`${tasks}/:id`, {
    config: { access: PLAN_WRITERS },
    schema: { tags, summary: '修改任务的完成时限、到期日或责任单位（方案所属机构的政务公开办；须带 version）', params: taskParams, body: patchTaskBody },
  }, async (req) => taskDetail(req, await svc.progress.edit(principalOf(req), actorOf(req), req.params.id, req.body)));

  r.post(`${tasks}/:id/progress`, {
    config: { access: PROGRESS_REPORTERS },
    schema: { tags, summary: '报送进展（进展情况、完成进度、佐证材料：已公开的政府信息、网址或上传的文件）', params: taskParams, body: progressBody },
  }, async (req) => taskDetail(req, await svc.progress.progress(principalOf(req), actorOf(req), req.params.id, req.body)));

  r.post(`${tasks}/:id/submit`, {
    config: { access: PROGRESS_REPORTERS },
    schema: { tags, summary: '完成，申请验收', params: taskParams, body: submitBody },
  }, async (req) => taskDetail(req, await svc.progress.submit(principalOf(req), actorOf(req), req.params.id, req.body)));

  r.post(`${tasks}/:id/accept`, {
    config: { access: PLAN_WRITERS },
    schema: { tags, summary: '验收通过并销号（方案所属机构的政务公开办）', params: taskParams, body: acceptBody },
  }, async (req) => taskDetail(req, await svc.progress.accept(principalOf(req), actorOf(req), req.params.id, req.body)));

  r.post(`${tasks}/:id/return`, {
    config: { access: PLAN_WRITERS },
    schema: { tags, summary: '退回重新整改（须写明理由）', params: taskParams, body: returnBody },
  }, async (req) => taskDetail(req, await svc.progress.return(principalOf(req), actorOf(req), req.params.id, req.body)));

  r.post(`${tasks}/:id/evidence`, {
    config: { access: PROGRESS_REPORTERS, multipart: true },
    schema: { tags, summary: '上传佐证材料文件（multipart/form-data，字段 file），返回 {fileKey, name, size} 供报送进展时引用', params: taskParams },
  }, async (req, reply) => {
    if (!req.isMultipart()) throw new ValidationError('请以 multipart/form-data 上传佐证材料（字段名 file）');
    return reply.status(201).send(await svc.progress.uploadEvidence(principalOf(req), req.params.id, await uploaded(req, opts.evidenceLimit, '佐证材料')));
  });

  r.get(`${tasks}/:id/evidence/:fileKey`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '下载佐证材料文件', params: evidenceFileParams },
  }, async (req, reply) => {
    const f = await svc.progress.evidenceFile(principalOf(req), req.params.id, req.params.fileKey);
    return reply.header('content-type', f.mime).header('content-disposition', contentDisposition(f.name)).header('cache-control', 'private, no-store').send(f.data);
  });
}
