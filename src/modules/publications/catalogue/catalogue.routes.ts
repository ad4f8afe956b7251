import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, principalOf } from '../../../platform/http/index.js';
import { PUBLIC_PAGE, loadSite, pageContext, sendFresh } from '../../portal/index.js';
import type { DocumentContext } from '../document-context.js';
import { documentIdParams } from '../publications.schemas.js';
import { renderCataloguePage } from './catalogue.page.js';
import {
  coverageItemSchema, coverageQuery, createEntryBody, entryIdParams, entrySchema, importBody, importResultSchema, listEntriesQuery,
  mapEntriesBody, updateEntryBody,
} from './catalogue.schemas.js';
import { ARTICLE_20_CATEGORIES, ARTICLE_21_CATEGORIES, AUDIENCES, CATALOGUE_CHANNELS, LEVELS, MODES } from './catalogue.vocabulary.js';
import type { CatalogueUseCases } from './index.js';
import { PERIOD_LABELS } from './time-rule.js';

const EDITORS = ['editor', 'office_admin', 'sysadmin'] as const;
const tags = ['catalogue'];
const items = <T extends z.ZodType>(s: T) => z.object({ items: z.array(s) });

const vocabularySchema = z.object({
  categories: z.array(z.object({ group: z.string(), items: z.array(z.string()) })),
  channels: z.array(z.string()),
  audiences: z.array(z.string()),
  modes: z.array(z.string()),
  levels: z.array(z.string()),
  periods: z.array(z.object({ value: z.string(), label: z.string() })),
});

/** Staff API of the 主动公开基本目录 and its public page (thin: parse, one use case, present). */
export function registerCatalogueApi(app: FastifyInstance, svc: CatalogueUseCases, deps: { ctx: DocumentContext }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const entry = { params: entryIdParams };
  const doc = { params: documentIdParams };

  r.get('/api/v1/catalogue/vocabulary', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '基本目录的公开类别、渠道、对象、方式等取值', response: { 200: vocabularySchema } },
  }, async () => ({
    categories: [{ group: '条例第二十条', items: [...ARTICLE_20_CATEGORIES] }, { group: '条例第二十一条', items: [...ARTICLE_21_CATEGORIES] }],
    channels: [...CATALOGUE_CHANNELS], audiences: [...AUDIENCES], modes: [...MODES], levels: [...LEVELS],
    periods: Object.entries(PERIOD_LABELS).map(([value, label]) => ({ value, label })),
  }));

  r.get('/api/v1/catalogue', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '本机构及下辖机构的基本目录条目', querystring: listEntriesQuery, response: { 200: items(entrySchema) } },
  }, async (req) => ({ items: await svc.list(principalOf(req), req.query) }));

  r.post('/api/v1/catalogue', {
    config: { access: EDITORS },
    schema: { tags, summary: '新增基本目录条目', body: createEntryBody, response: { 201: entrySchema } },
  }, async (req, reply) => reply.status(201).send(await svc.create(principalOf(req), actorOf(req), req.body)));

  r.get('/api/v1/catalogue/coverage', {
    config: { access: 'authenticated' },
    schema: {
      tags, summary: '基本目录覆盖情况（未覆盖的在前）', querystring: coverageQuery,
      response: { 200: z.object({ org: z.object({ id: z.number(), code: z.string(), name: z.string() }), checkedAt: z.string(), total: z.number(), covered: z.number(), uncovered: z.number(), items: z.array(coverageItemSchema) }) },
    },
  }, async (req) => svc.coverage(principalOf(req), req.query.orgId));

  r.post('/api/v1/catalogue/import', {
    config: { access: EDITORS },
    schema: { tags, summary: '粘贴导入标准目录（制表符或逗号分隔，首行为表头）', body: importBody, response: { 200: importResultSchema } },
  }, async (req) => svc.importPasted(principalOf(req), actorOf(req), req.body));

  r.get('/api/v1/catalogue/:entryId', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '基本目录条目', ...entry, response: { 200: entrySchema } },
  }, async (req) => svc.get(principalOf(req), req.params.entryId));

  r.patch('/api/v1/catalogue/:entryId', {
    config: { access: EDITORS },
    schema: { tags, summary: '修改基本目录条目（含停用、恢复）', ...entry, body: updateEntryBody, response: { 200: entrySchema } },
  }, async (req) => svc.update(principalOf(req), actorOf(req), req.params.entryId, req.body));

  r.post('/api/v1/catalogue/:entryId/retire', {
    config: { access: EDITORS },
    schema: { tags, summary: '停用基本目录条目', ...entry, response: { 200: entrySchema } },
  }, async (req) => svc.retire(principalOf(req), actorOf(req), req.params.entryId));

  r.get('/api/v1/documents/:id/catalogue-entries', {
    config: { access: 'authenticated' },
    schema: { tags, summary: '文件归入的基本目录条目', ...doc, response: { 200: items(entrySchema) } },
  }, async (req) => ({ items: await svc.documentEntries(principalOf(req), req.params.id) }));

  r.put('/api/v1/documents/:id/catalogue-entries', {
    config: { access: EDITORS },
    schema: { tags, summary: '设置文件归入的基本目录条目（任何状态均可）', ...doc, body: mapEntriesBody, response: { 200: items(entrySchema) } },
  }, async (req) => ({ items: await svc.setDocumentEntries(principalOf(req), actorOf(req), req.params.id, req.body.entryIds) }));

  app.get('/xxgk/catalogue', PUBLIC_PAGE, async (req, reply) => {
    const raw = (req.query as Record<string, unknown>).org;
    const code = typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
    const [{ name }, data] = await Promise.all([loadSite(deps.ctx.deps.orgs), svc.publicCatalogue(code)]);
    const known = code !== undefined && data.available.some((o) => o.code === code);
    const notices = code !== undefined && !known ? [`机构“${code.slice(0, 20)}”没有公布基本目录或不存在，已显示全部机构。`] : [];
    const shown = known ? data : code !== undefined ? await svc.publicCatalogue(undefined) : data;
    const html = renderCataloguePage(pageContext(req, name), { ...shown, chosen: known ? code : undefined, notices });
    return sendFresh(req, reply, html);
  });
}
