import { REQUEST_READERS } from './info-requests.policy.js';
import fs from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contentDisposition, principalOf } from '../../platform/http/index.js';
import { dateField, resultCode } from './info-requests.schemas.js';
import type { InfoRequestService } from './info-requests.service.js';

const tags = ['info-requests'];
const HANDLERS = ['office_admin', 'handler', 'sysadmin'] as const;
const ADMINS = ['office_admin', 'sysadmin'] as const;
const detail = z.record(z.string(), z.unknown());
const settingsSchema = z.object({ orgId: z.number(), letterPrefix: z.string(), reviewBody: z.string(), court: z.string(), isDefault: z.boolean() });
const letterParams = z.object({ id: z.coerce.number().int().positive(), letterId: z.coerce.number().int().positive(), format: z.enum(['docx', 'pdf']) });

/** Streams a stored letter with its name; the letter files never change once made. */
export async function sendLetter(reply: FastifyReply, f: { name: string; mime: string; path: string }) {
  const stat = await fs.promises.stat(f.path);
  return reply.header('content-type', f.mime).header('content-disposition', contentDisposition(f.name)).header('content-length', stat.size)
    .header('cache-control', 'private, no-store').send(fs.createReadStream(f.path));
}

/** Staff API: reply with a letter, the letters, the reason library and the letter settings. */
export function registerReplyRoutes(app: FastifyInstance, svc: InfoRequestService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/info-requests/:id/reply', {
    config: { access: HANDLERS },
    schema: {
      tags, summary: '答复申请：选择答复类型、填写答复书内容，生成答复书（DOCX/PDF）并办结',
      params: z.object({ id: z.coerce.number().int().positive() }),
      body: z.strictObject({ on: dateField('答复日期'), result: resultCode, fields: z.record(z.string(), z.string().max(5000)).default({}) }),
      response: { 200: detail },
    },
  }, async (req) => {
    const out = await svc.replies.reply(principalOf(req), actorOf(req), req.params.id, req.body);
    return { letterId: out.letterId, number: out.number, request: await svc.queries.get(principalOf(req), actorOf(req), req.params.id) };
  });

  r.get('/api/v1/info-requests/:id/letters', {
    config: { access: REQUEST_READERS },
    schema: { tags, summary: '申请的答复书', params: z.object({ id: z.coerce.number().int().positive() }), response: { 200: z.array(detail) } },
  }, async (req) => svc.replies.letters(principalOf(req), req.params.id));

  r.get('/api/v1/info-requests/:id/letters/:letterId.:format', {
    config: { access: REQUEST_READERS },
    schema: { tags, summary: '下载答复书（docx 或 pdf）', params: letterParams },
  }, async (req, reply) => sendLetter(reply, await svc.replies.staffFile(principalOf(req), req.params.id, req.params.letterId, req.params.format)));

  r.get('/api/v1/info-requests/templates', {
    config: { access: REQUEST_READERS },
    schema: { tags, summary: '答复模板（理由库）：每种答复类型的法律依据与文书用语', querystring: z.object({ orgId: z.coerce.number().int().positive() }), response: { 200: z.array(detail) } },
  }, async (req) => svc.templates.list(principalOf(req), req.query.orgId));

  r.put('/api/v1/info-requests/templates/:code', {
    config: { access: ADMINS },
    schema: {
      tags, summary: '修改本机构的答复模板（保存为新版本）', params: z.object({ code: resultCode }),
      body: z.strictObject({ orgId: z.number().int().positive(), article: z.string().trim().min(4).max(300), letterTitle: z.string().trim().min(2).max(50), body: z.string().trim().min(10).max(10_000) }),
      response: { 200: detail },
    },
  }, async (req) => svc.templates.save(principalOf(req), actorOf(req), req.body.orgId, req.params.code, req.body));

  r.get('/api/v1/info-requests/settings/:orgId', {
    config: { access: REQUEST_READERS },
    schema: { tags, summary: '文书设置（文号代字、行政复议机关、管辖法院）', params: z.object({ orgId: z.coerce.number().int().positive() }), response: { 200: settingsSchema } },
  }, async (req) => svc.templates.settings(req.params.orgId));

  r.put('/api/v1/info-requests/settings/:orgId', {
    config: { access: ADMINS },
    schema: {
      tags, summary: '修改文书设置', params: z.object({ orgId: z.coerce.number().int().positive() }),
      body: z.strictObject({ letterPrefix: z.string().trim().min(2).max(30), reviewBody: z.string().trim().min(2).max(100), court: z.string().trim().min(2).max(100) }),
      response: { 200: settingsSchema },
    },
  }, async (req) => svc.templates.saveSettings(principalOf(req), actorOf(req), req.params.orgId, req.body));
}
