import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contentDisposition, principalOf } from '../../../platform/http/index.js';
import type { GazetteIssueUseCases } from './gazette.service.js';
import { createIssueBody, idParams, issueListItemSchema, issueSchema, listIssuesQuery, putContentsBody, updateIssueBody, withdrawIssueBody } from './gazette.schemas.js';
import { pdfFileName } from './gazette.view.js';

const EDITORS = ['editor', 'office_admin', 'sysadmin'] as const;
const tags = ['gazette'];

/** Staff API of 政府公报 (thin: parse, one call). */
export function registerGazetteApi(app: FastifyInstance, svc: GazetteIssueUseCases): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const id = { params: idParams };

  r.get('/api/v1/gazette/issues', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '政府公报期次', querystring: listIssuesQuery, response: { 200: z.object({ items: z.array(issueListItemSchema), total: z.number() }) } },
  }, async (req) => svc.list(principalOf(req), req.query));

  r.post('/api/v1/gazette/issues', {
    config: { access: EDITORS },
    schema: { tags, summary: '新建一期公报（期数、总期数默认顺延）', body: createIssueBody, response: { 201: issueSchema } },
  }, async (req, reply) => reply.status(201).send(await svc.create(principalOf(req), actorOf(req), req.body)));

  r.get('/api/v1/gazette/issues/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '一期公报及其目录', ...id, response: { 200: issueSchema } },
  }, async (req) => svc.get(principalOf(req), req.params.id));

  r.patch('/api/v1/gazette/issues/:id', {
    config: { access: EDITORS },
    schema: { tags, summary: '修改期次信息（仅草稿，须带当前 version）', ...id, body: updateIssueBody, response: { 200: issueSchema } },
  }, async (req) => svc.update(principalOf(req), actorOf(req), req.params.id, req.body));

  r.put('/api/v1/gazette/issues/:id/contents', {
    config: { access: EDITORS },
    schema: { tags, summary: '编排目录：栏目及各栏目的文件（按顺序，整体替换）', ...id, body: putContentsBody, response: { 200: issueSchema } },
  }, async (req) => svc.setContents(principalOf(req), actorOf(req), req.params.id, req.body));

  r.post('/api/v1/gazette/issues/:id/publish', {
    config: { access: EDITORS },
    schema: { tags, summary: '发布（生成并保存 PDF 版）', ...id, response: { 200: issueSchema } },
  }, async (req) => svc.publish(principalOf(req), actorOf(req), req.params.id));

  r.post('/api/v1/gazette/issues/:id/withdraw', {
    config: { access: ['leader', 'office_admin', 'sysadmin'] },
    schema: { tags, summary: '撤回已发布的公报（原因向公众显示）', ...id, body: withdrawIssueBody, response: { 200: issueSchema } },
  }, async (req) => svc.withdraw(principalOf(req), actorOf(req), req.params.id, req.body.reason));

  r.delete('/api/v1/gazette/issues/:id', {
    config: { access: EDITORS },
    schema: { tags, summary: '删除公报草稿', ...id },
  }, async (req, reply) => {
    await svc.remove(principalOf(req), actorOf(req), req.params.id);
    return reply.status(204).send();
  });

  r.get('/api/v1/gazette/issues/:id/pdf', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '下载 PDF（已发布：保存的版本；草稿：即时生成的预览）', ...id },
  }, async (req, reply) => {
    const { row, data } = await svc.pdf(principalOf(req), req.params.id);
    const name = row.status === 'draft' ? `（预览）${pdfFileName(row)}` : pdfFileName(row);
    return reply.header('content-type', 'application/pdf').header('content-disposition', contentDisposition(name)).header('cache-control', 'private, no-store').send(data);
  });
}
