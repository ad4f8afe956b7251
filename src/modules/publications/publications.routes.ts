import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError } from '../../platform/errors/index.js';
import { actorOf, contentDisposition, principalOf } from '../../platform/http/index.js';
import {
  attachmentParams, attachmentSchema, checkReportSchema, createDocumentBody, documentEventSchema, documentIdParams, documentListItemSchema,
  documentSchema, documentVersionSchema, listDocumentsQuery, maskBody, piiExceptionBody, publishBody, reviewBody, sensitiveWordBody,
  sensitiveWordParams, updateDocumentBody, withdrawBody,
} from './publications.schemas.js';
import type { PublicationService } from './publications.service.js';
import { vocabulary, vocabularySchema } from './vocabulary.routes-data.js';
import { registerCatalogueRoutes } from './catalogue/index.js';
import { registerColumnsRoutes } from './columns/index.js';
import { registerGazetteRoutes } from './gazette/index.js';
import { registerNormativeRoutes } from './normative/index.js';
import { registerGuideRoutes } from './guides/index.js';

const EDITORS = ['editor', 'office_admin', 'sysadmin'] as const;
const tags = ['documents'];

/** Staff API of 主动公开 (thin: parse, call one use case, present). */
export function registerPublicationRoutes(app: FastifyInstance, svc: PublicationService, opts: { attachmentLimit: number }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const id = { params: documentIdParams };
  registerCatalogueRoutes(app, svc.catalogue, { ctx: svc.ctx });
  registerColumnsRoutes(app, svc.columns, { ctx: svc.ctx });
  registerNormativeRoutes(app, svc.normative, { ctx: svc.ctx });
  registerGazetteRoutes(app, svc.gazette, { ctx: svc.ctx });
  registerGuideRoutes(app, svc.guides, { orgs: svc.ctx.deps.orgs });

  r.get('/api/v1/publications/vocabulary', {
    config: { access: 'public' },
    schema: { tags, summary: '主题分类、公文种类、公开属性及理由等取值', response: { 200: vocabularySchema } },
  }, async () => vocabulary());

  r.get('/api/v1/documents', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '本机构及下辖机构的文件', querystring: listDocumentsQuery, response: { 200: z.object({ items: z.array(documentListItemSchema), total: z.number() }) } },
  }, async (req) => svc.drafts.list(principalOf(req), req.query));

  r.post('/api/v1/documents', {
    config: { access: EDITORS },
    schema: { tags, summary: '起草文件', body: createDocumentBody, response: { 201: documentSchema } },
  }, async (req, reply) => reply.status(201).send(await svc.drafts.create(principalOf(req), actorOf(req), req.body)));

  r.get('/api/v1/documents/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '文件详情', ...id, response: { 200: documentSchema } },
  }, async (req) => svc.drafts.get(principalOf(req), req.params.id));

  r.patch('/api/v1/documents/:id', {
    config: { access: EDITORS },
    schema: { tags, summary: '修改草稿（须带当前 version）', ...id, body: updateDocumentBody, response: { 200: documentSchema } },
  }, async (req) => svc.drafts.update(principalOf(req), actorOf(req), req.params.id, req.body));

  r.delete('/api/v1/documents/:id', {
    config: { access: EDITORS },
    schema: { tags, summary: '删除从未发布的草稿', ...id },
  }, async (req, reply) => {
    await svc.drafts.remove(principalOf(req), actorOf(req), req.params.id);
    return reply.status(204).send();
  });

  r.get('/api/v1/documents/:id/events', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '办理过程', ...id, response: { 200: z.object({ items: z.array(documentEventSchema) }) } },
  }, async (req) => ({ items: await svc.drafts.events(principalOf(req), req.params.id) }));

  r.get('/api/v1/documents/:id/versions', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '历史版本', ...id, response: { 200: z.object({ items: z.array(documentVersionSchema) }) } },
  }, async (req) => ({ items: await svc.drafts.versions(principalOf(req), req.params.id) }));

  r.get('/api/v1/documents/:id/checks', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '发布前检查（个人信息、敏感词、链接、附件、必填项）', ...id, response: { 200: checkReportSchema } },
  }, async (req) => svc.workflow.check(principalOf(req), req.params.id));

  r.post('/api/v1/documents/:id/attachments', {
    config: { access: EDITORS, multipart: true },
    schema: { tags, summary: '上传附件（multipart/form-data，字段 file）', ...id, response: { 201: attachmentSchema } },
  }, async (req, reply) => {
    if (!req.isMultipart()) throw new ValidationError('请以 multipart/form-data 上传附件（字段名 file）');
    const part = await req.file({ limits: { fileSize: opts.attachmentLimit, files: 1 } });
    if (!part) throw new ValidationError('没有收到附件文件');
    const data = await part.toBuffer();
    if (part.file.truncated) throw new ValidationError(`附件超过 ${Math.round(opts.attachmentLimit / 1024 / 1024)} MB 上限`);
    return reply.status(201).send(await svc.attachments.add(principalOf(req), actorOf(req), req.params.id, { filename: part.filename, data }));
  });

  r.delete('/api/v1/documents/:id/attachments/:attachmentId', {
    config: { access: EDITORS },
    schema: { tags, summary: '删除附件', params: attachmentParams },
  }, async (req, reply) => {
    await svc.attachments.remove(principalOf(req), actorOf(req), req.params.id, req.params.attachmentId);
    return reply.status(204).send();
  });

  r.get('/api/v1/documents/:id/attachments/:attachmentId', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '下载附件', params: attachmentParams },
  }, async (req, reply) => {
    const { row, data } = await svc.attachments.download(principalOf(req), req.params.id, req.params.attachmentId);
    return reply.header('content-type', row.mime).header('content-disposition', contentDisposition(row.name)).header('cache-control', 'private, no-store').send(data);
  });

  r.post('/api/v1/documents/:id/mask', {
    config: { access: EDITORS },
    schema: { tags, summary: '一键去标识化', ...id, body: maskBody, response: { 200: z.object({ document: documentSchema, masked: z.array(z.object({ place: z.string(), count: z.number() })), notMaskable: z.array(z.string()), report: checkReportSchema }) } },
  }, async (req) => svc.privacy.mask(principalOf(req), actorOf(req), req.params.id, req.body));

  r.put('/api/v1/documents/:id/pii-exception', {
    config: { access: EDITORS },
    schema: { tags, summary: '记录个人信息公开的合法例外', ...id, body: piiExceptionBody, response: { 200: documentSchema } },
  }, async (req) => svc.privacy.setException(principalOf(req), actorOf(req), req.params.id, req.body.basis, req.body.note));

  r.delete('/api/v1/documents/:id/pii-exception', {
    config: { access: EDITORS },
    schema: { tags, summary: '取消合法例外', ...id, response: { 200: documentSchema } },
  }, async (req) => svc.privacy.clearException(principalOf(req), actorOf(req), req.params.id));

  r.post('/api/v1/documents/:id/submit', {
    config: { access: EDITORS },
    schema: { tags, summary: '提交审核（先运行发布前检查）', ...id, response: { 200: documentSchema } },
  }, async (req) => svc.workflow.submit(principalOf(req), actorOf(req), req.params.id));

  r.post('/api/v1/documents/:id/recall', {
    config: { access: EDITORS },
    schema: { tags, summary: '撤回审核申请', ...id, response: { 200: documentSchema } },
  }, async (req) => svc.workflow.recall(principalOf(req), actorOf(req), req.params.id));

  r.post('/api/v1/documents/:id/review', {
    config: { access: ['reviewer', 'sysadmin'] },
    schema: { tags, summary: '保密审查：通过或退回', ...id, body: reviewBody, response: { 200: documentSchema } },
  }, async (req) => svc.workflow.review(principalOf(req), actorOf(req), req.params.id, req.body.decision, req.body.opinion));

  r.post('/api/v1/documents/:id/publish', {
    config: { access: ['leader', 'sysadmin'] },
    schema: { tags, summary: '签发发布（可定时）', ...id, body: publishBody, response: { 200: documentSchema } },
  }, async (req) => svc.workflow.publish(principalOf(req), actorOf(req), req.params.id, req.body.publishAt));

  r.post('/api/v1/documents/:id/withdraw', {
    config: { access: ['leader', 'office_admin', 'sysadmin'] },
    schema: { tags, summary: '撤回已发布的文件（原因向公众显示）', ...id, body: withdrawBody, response: { 200: documentSchema } },
  }, async (req) => svc.workflow.withdraw(principalOf(req), actorOf(req), req.params.id, req.body.reason));

  const wordSchema = z.object({ id: z.number(), word: z.string(), level: z.enum(['block', 'warn']), note: z.string().nullable(), createdAt: z.string() });
  r.get('/api/v1/sensitive-words', {
    config: { access: ['office_admin', 'sysadmin'] },
    schema: { tags, summary: '敏感词库', response: { 200: z.object({ items: z.array(wordSchema) }) } },
  }, async (req) => ({ items: await svc.words.list(principalOf(req)) }));
  r.post('/api/v1/sensitive-words', {
    config: { access: ['office_admin', 'sysadmin'] },
    schema: { tags, summary: '新增敏感词', body: sensitiveWordBody, response: { 201: wordSchema } },
  }, async (req, reply) => reply.status(201).send(await svc.words.add(principalOf(req), actorOf(req), req.body)));
  r.delete('/api/v1/sensitive-words/:wordId', {
    config: { access: ['office_admin', 'sysadmin'] },
    schema: { tags, summary: '删除敏感词', params: sensitiveWordParams },
  }, async (req, reply) => {
    await svc.words.remove(principalOf(req), actorOf(req), req.params.wordId);
    return reply.status(204).send();
  });
}
