import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, principalOf } from '../../../platform/http/index.js';
import { PUBLIC_PAGE, loadSite, pageContext, renderErrorPage, sendFresh } from '../../portal/index.js';
import type { DocumentContext } from '../document-context.js';
import { FEED_SIZE, atomFeed, originOf } from '../feeds.js';
import { documentIdParams } from '../publications.schemas.js';
import { renderColumnPage } from './column.page.js';
import {
  columnIdParams, columnSchema, createColumnBody, mapColumnsBody, moveColumnBody, orgQuery, staleReportSchema, updateColumnBody,
} from './columns.schemas.js';
import type { ColumnsUseCases } from './index.js';

const ADMINS = ['office_admin', 'sysadmin'] as const;
const EDITORS = ['editor', 'office_admin', 'sysadmin'] as const;
const tags = ['columns'];
const PAGE_SIZE = 20;
const MAX_PAGE = 500;
const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
const orgSchema = z.object({ id: z.number(), code: z.string(), name: z.string() });

/** Staff API of the 专栏 and their public pages and feeds (thin: parse, one use case, present). */
export function registerColumnsApi(app: FastifyInstance, svc: ColumnsUseCases, deps: { ctx: DocumentContext }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const column = { params: columnIdParams };
  const doc = { params: documentIdParams };

  r.get('/api/v1/columns', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '机构的专栏（树的先序排列，depth 为层级）', querystring: orgQuery, response: { 200: z.object({ org: orgSchema, items: z.array(columnSchema) }) } },
  }, async (req) => svc.tree(principalOf(req), req.query.orgId));

  r.post('/api/v1/columns', {
    config: { access: ADMINS },
    schema: { tags, summary: '新增专栏', body: createColumnBody, response: { 201: columnSchema } },
  }, async (req, reply) => reply.status(201).send(await svc.create(principalOf(req), actorOf(req), req.body)));

  r.get('/api/v1/columns/stale', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '栏目更新情况：超期未更新和空白栏目，是否触及单项否决线', querystring: orgQuery, response: { 200: staleReportSchema } },
  }, async (req) => svc.stale(principalOf(req), req.query.orgId));

  r.patch('/api/v1/columns/:columnId', {
    config: { access: ADMINS },
    schema: { tags, summary: '修改专栏（含停用、启用）', ...column, body: updateColumnBody, response: { 200: columnSchema } },
  }, async (req) => svc.update(principalOf(req), actorOf(req), req.params.columnId, req.body));

  r.post('/api/v1/columns/:columnId/move', {
    config: { access: ADMINS },
    schema: { tags, summary: '移动专栏（不能移入自己的下级）', ...column, body: moveColumnBody, response: { 200: columnSchema } },
  }, async (req) => svc.move(principalOf(req), actorOf(req), req.params.columnId, req.body));

  r.post('/api/v1/columns/:columnId/disable', {
    config: { access: ADMINS },
    schema: { tags, summary: '停用专栏', ...column, response: { 200: columnSchema } },
  }, async (req) => svc.update(principalOf(req), actorOf(req), req.params.columnId, { status: 'disabled' }));

  r.get('/api/v1/documents/:id/columns', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '文件归入的专栏', ...doc, response: { 200: z.object({ items: z.array(columnSchema) }) } },
  }, async (req) => ({ items: await svc.documentColumns(principalOf(req), req.params.id) }));

  r.put('/api/v1/documents/:id/columns', {
    config: { access: EDITORS },
    schema: { tags, summary: '设置文件归入的专栏（任何状态均可）', ...doc, body: mapColumnsBody, response: { 200: z.object({ items: z.array(columnSchema) }) } },
  }, async (req) => ({ items: await svc.setDocumentColumns(principalOf(req), actorOf(req), req.params.id, req.body.columnIds) }));

  const pub = PUBLIC_PAGE;
  const notFound = (req: FastifyRequest, reply: FastifyReply) =>
    sendFresh(req, reply, renderErrorPage({ status: 404, title: '页面不存在', detail: '没有这个栏目：栏目地址有误，或者该栏目已停用。', requestId: req.id }, req), { status: 404 });
  const paramsOf = (req: FastifyRequest) => req.params as { orgCode?: string; slug?: string };

  app.get('/xxgk/columns/:orgCode/:slug', pub, async (req, reply) => {
    const { orgCode = '', slug = '' } = paramsOf(req);
    const raw = (req.query as Record<string, unknown>).page;
    const notices: string[] = [];
    let page = 1;
    if (typeof raw === 'string' && raw !== '') {
      if (!/^\d{1,7}$/.test(raw) || Number(raw) < 1) notices.push('页码无效，已显示第 1 页。');
      else page = Math.min(Number(raw), MAX_PAGE);
    }
    const [{ name }, data] = await Promise.all([loadSite(deps.ctx.deps.orgs), svc.publicColumn(orgCode, slug, page, PAGE_SIZE)]);
    if (!data) return notFound(req, reply);
    const pages = Math.max(1, Math.min(MAX_PAGE, Math.ceil(data.total / PAGE_SIZE)));
    return sendFresh(req, reply, renderColumnPage(pageContext(req, name), { ...data, page, pages, pageSize: PAGE_SIZE, notices }));
  });

  app.get('/xxgk/columns/:orgCode/:slug/feed.atom', pub, async (req, reply) => {
    const { orgCode = '', slug = '' } = paramsOf(req);
    const [{ name }, data] = await Promise.all([loadSite(deps.ctx.deps.orgs), svc.publicColumn(orgCode, slug, 1, FEED_SIZE)]);
    if (!data) return notFound(req, reply);
    const htmlPath = `/xxgk/columns/${encodeURIComponent(data.org.code)}/${encodeURIComponent(data.column.slug)}`;
    const xml = atomFeed({
      origin: originOf(req), selfPath: `${htmlPath}/feed.atom`, htmlPath, title: `${data.org.name} ${data.column.name}`,
      author: `${name} ${data.org.name}`, items: data.items, now: deps.ctx.deps.clock.now(),
    });
    return sendFresh(req, reply, xml, { type: ATOM_TYPE });
  });
}
