import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, principalOf } from '../../../platform/http/index.js';
import {
  cleanupListItemSchema, cleanupSchema, createCleanupBody, idParams, listCleanupsQuery, putItemsBody, putRelationsBody, registerPageSchema,
  registerQuery, relationsSchema, updateCleanupBody,
} from './normative.schemas.js';
import type { CleanupUseCases } from './cleanups.service.js';
import type { RegisterUseCases } from './register.service.js';
import type { RelationUseCases } from './relations.service.js';

const EDITORS = ['editor', 'office_admin', 'sysadmin'] as const;
const PUBLISHERS = ['leader', 'office_admin', 'sysadmin'] as const;
const tags = ['normative'];

/** Staff API of 规范性文件: relations of a document, the register, 清理 campaigns (thin: parse, one call). */
export function registerNormativeApi(app: FastifyInstance, svc: { relations: RelationUseCases; register: RegisterUseCases; cleanups: CleanupUseCases }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const id = { params: idParams };

  r.get('/api/v1/documents/:id/relations', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '文件的关联关系（修改、废止、解读；双向）', ...id, response: { 200: relationsSchema } },
  }, async (req) => svc.relations.get(principalOf(req), req.params.id));

  r.put('/api/v1/documents/:id/relations', {
    config: { access: EDITORS },
    schema: { tags, summary: '设置本文件修改、废止或解读的文件（已公开的文件立即生效）', ...id, body: putRelationsBody, response: { 200: relationsSchema } },
  }, async (req) => svc.relations.put(principalOf(req), actorOf(req), req.params.id, req.body));

  r.get('/api/v1/normative/documents', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '规范性文件库（本机构及下属机构，按有效性筛选）', querystring: registerQuery, response: { 200: registerPageSchema } },
  }, async (req) => svc.register.list(principalOf(req), req.query));

  r.get('/api/v1/normative/cleanups', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '规范性文件清理', querystring: listCleanupsQuery, response: { 200: z.object({ items: z.array(cleanupListItemSchema), total: z.number() }) } },
  }, async (req) => svc.cleanups.list(principalOf(req), req.query));

  r.post('/api/v1/normative/cleanups', {
    config: { access: EDITORS },
    schema: { tags, summary: '新建规范性文件清理', body: createCleanupBody, response: { 201: cleanupSchema } },
  }, async (req, reply) => reply.status(201).send(await svc.cleanups.create(principalOf(req), actorOf(req), req.body)));

  r.get('/api/v1/normative/cleanups/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '清理详情与清单', ...id, response: { 200: cleanupSchema } },
  }, async (req) => svc.cleanups.get(principalOf(req), req.params.id));

  r.patch('/api/v1/normative/cleanups/:id', {
    config: { access: EDITORS },
    schema: { tags, summary: '修改清理（仅草稿）', ...id, body: updateCleanupBody, response: { 200: cleanupSchema } },
  }, async (req) => svc.cleanups.update(principalOf(req), actorOf(req), req.params.id, req.body));

  r.put('/api/v1/normative/cleanups/:id/items', {
    config: { access: EDITORS },
    schema: { tags, summary: '设置清理清单（按顺序，整体替换）', ...id, body: putItemsBody, response: { 200: cleanupSchema } },
  }, async (req) => svc.cleanups.setItems(principalOf(req), actorOf(req), req.params.id, req.body));

  r.post('/api/v1/normative/cleanups/:id/publish', {
    config: { access: PUBLISHERS },
    schema: { tags, summary: '公布清理结果（写入各文件的有效性）', ...id, response: { 200: cleanupSchema } },
  }, async (req) => svc.cleanups.publish(principalOf(req), actorOf(req), req.params.id));

  r.delete('/api/v1/normative/cleanups/:id', {
    config: { access: EDITORS },
    schema: { tags, summary: '删除清理草稿', ...id },
  }, async (req, reply) => {
    await svc.cleanups.remove(principalOf(req), actorOf(req), req.params.id);
    return reply.status(204).send();
  });
}
