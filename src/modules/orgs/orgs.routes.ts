import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, principalOf } from '../../platform/http/index.js';
import type { OrgService } from './orgs.service.js';
import { createOrgBody, orgIdParams, orgSchema, publicOrgSchema, updateOrgBody } from './orgs.schemas.js';

const ADMINS = ['sysadmin', 'office_admin'] as const;

export function registerOrgRoutes(app: FastifyInstance, orgs: OrgService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/public/orgs', {
    config: { access: 'public' },
    schema: { tags: ['orgs'], summary: '公开的组织机构列表', response: { 200: z.object({ items: z.array(publicOrgSchema) }) } },
  }, async () => ({ items: await orgs.listPublic() }));

  r.get('/api/v1/orgs', {
    config: { access: 'authenticated' },
    schema: { tags: ['orgs'], summary: '本机构及下辖机构', response: { 200: z.object({ items: z.array(orgSchema) }) } },
  }, async (req) => ({ items: await orgs.listForPrincipal(principalOf(req)) }));

  r.get('/api/v1/orgs/directory', {
    config: { access: 'authenticated' },
    schema: { tags: ['orgs'], summary: '全部在用机构（联合发文等跨机构选择用）', response: { 200: z.object({ items: z.array(z.object({ id: z.number(), code: z.string(), name: z.string(), parentId: z.number().nullable() })) }) } },
  }, async () => ({ items: await orgs.directory() }));

  r.get('/api/v1/orgs/:id', {
    config: { access: 'authenticated' },
    schema: { tags: ['orgs'], summary: '机构详情', params: orgIdParams, response: { 200: orgSchema } },
  }, async (req) => orgs.get(principalOf(req), req.params.id));

  r.post('/api/v1/orgs', {
    config: { access: ADMINS },
    schema: { tags: ['orgs'], summary: '新增下级机构', body: createOrgBody, response: { 201: orgSchema } },
  }, async (req, reply) => reply.status(201).send(await orgs.create(principalOf(req), actorOf(req), req.body)));

  r.patch('/api/v1/orgs/:id', {
    config: { access: ADMINS },
    schema: { tags: ['orgs'], summary: '修改、移动、停用或启用机构', params: orgIdParams, body: updateOrgBody, response: { 200: orgSchema } },
  }, async (req) => orgs.update(principalOf(req), actorOf(req), req.params.id, req.body));
}
