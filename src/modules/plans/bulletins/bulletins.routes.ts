import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, principalOf, sendDownload } from '../../../platform/http/index.js';
import { BULLETIN_WRITERS } from './bulletins.policy.js';
import { bulletinActionParams, bulletinIdParams, bulletinVersionBody, generateBulletinBody, listBulletinsQuery, updateBulletinBody } from './bulletins.schemas.js';
import type { BulletinUseCases } from './bulletins.service.js';

const tags = ['plan-bulletins'];
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Staff API of 季通报 (thin: schema, access, one use case). Reads: staff of the owning organisation or
 * above (scope in the service); writes: its 政务公开办 (office_admin) and sysadmins.
 */
export function registerBulletinRoutes(app: FastifyInstance, svc: BulletinUseCases): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/plan-bulletins';

  r.post(base, {
    config: { access: BULLETIN_WRITERS },
    schema: { tags, summary: '生成季度通报草稿：某机构某年度全部已下达方案（或一个方案）截至季度末的任务落实情况', body: generateBulletinBody },
  }, async (req, reply) => reply.status(201).send(await svc.generate(principalOf(req), actorOf(req), req.body)));

  r.get(base, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '本机构及下辖机构的季度通报（可按机构、年度、状态、方案筛选）', querystring: listBulletinsQuery },
  }, async (req) => svc.list(principalOf(req), req.query));

  r.get(`${base}/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: '季度通报详情（含生成时冻结的数据）；:id.docx 下载 Word 版（公文格式）', params: bulletinIdParams },
  }, async (req, reply) => {
    const p = principalOf(req);
    const id = Number.parseInt(req.params.id, 10);
    if (!req.params.id.endsWith('.docx')) return svc.get(p, id);
    const f = await svc.docx(p, id);
    return sendDownload(reply, { ...f, contentType: DOCX_TYPE });
  });

  r.put(`${base}/:id`, {
    config: { access: BULLETIN_WRITERS },
    schema: { tags, summary: '修改草稿的标题、文号、发文机关、导语和结束语（须带 version）', params: bulletinActionParams, body: updateBulletinBody },
  }, async (req) => svc.update(principalOf(req), actorOf(req), req.params.id, req.body));

  r.post(`${base}/:id/regenerate`, {
    config: { access: BULLETIN_WRITERS },
    schema: { tags, summary: '按台账重新生成草稿的数据（文字保留）', params: bulletinActionParams, body: bulletinVersionBody },
  }, async (req) => svc.regenerate(principalOf(req), actorOf(req), req.params.id, req.body.version));

  r.post(`${base}/:id/publish`, {
    config: { access: BULLETIN_WRITERS },
    schema: { tags, summary: '发布通报（发布后不能再修改），在门户网站公开', params: bulletinActionParams, body: bulletinVersionBody },
  }, async (req) => svc.publish(principalOf(req), actorOf(req), req.params.id, req.body.version));
}
