import type { FastifyInstance } from 'fastify';
import type { OrgService } from '../../orgs/index.js';
import { loadSite, pageContext, sendFresh } from '../../portal/index.js';
import type { CleanupUseCases } from './cleanups.service.js';
import { REGISTER_FILTERS, REGISTER_FILTER_LABELS, type RegisterFilter } from './normative.vocabulary.js';
import { renderCleanupPage, renderRegisterPage } from './normative.pages.js';
import { PUBLIC_ROUTE, nullIfNotFound, quote, readQuery, rowIdOf, sendNotFound } from './portal-kit.js';
import type { RegisterUseCases } from './register.service.js';

const PAGE_SIZE = 20;
const MAX_PAGE = 500;

/** The public 规范性文件 pages: the register (`?org=&validity=&page=`) and a published 清理结果. */
export function registerNormativePortal(app: FastifyInstance, deps: { orgs: OrgService; register: RegisterUseCases; cleanups: CleanupUseCases }): void {
  app.get('/xxgk/normative', PUBLIC_ROUTE, async (req, reply) => {
    const { name, orgs } = await loadSite(deps.orgs);
    const { org, notices, value } = readQuery(req, orgs, '制定机关');
    let filter: RegisterFilter = 'current';
    const v = value('validity');
    if (v) {
      const known = REGISTER_FILTERS.find((f) => f === v || REGISTER_FILTER_LABELS[f] === v);
      if (known) filter = known;
      else notices.push(`有效性${quote(v)}无效，已显示现行有效的文件。`);
    }
    let page = 1;
    const p = value('page');
    if (p) {
      if (/^\d{1,6}$/.test(p) && +p >= 1) page = Math.min(+p, MAX_PAGE);
      else notices.push(`页码${quote(p)}无效，已显示第 1 页。`);
    }
    const [result, cleanups] = await Promise.all([deps.register.publicList(org, filter, page, PAGE_SIZE), deps.cleanups.publicList(org)]);
    const pages = Math.max(1, Math.min(Math.ceil(result.total / PAGE_SIZE), MAX_PAGE));
    const html = renderRegisterPage(pageContext(req, name), { org, filter, page, pages, total: result.total, items: result.items, orgs, cleanups, notices });
    return sendFresh(req, reply, html);
  });

  app.get('/xxgk/normative/cleanups/:id', PUBLIC_ROUTE, async (req, reply) => {
    const id = rowIdOf((req.params as { id?: string }).id);
    const missing = '没有找到这份清理结果：它可能尚未公布，或者地址有误。';
    if (id === null) return sendNotFound(req, reply, missing);
    const [{ name }, cleanup] = await Promise.all([loadSite(deps.orgs), deps.cleanups.publicGet(id).catch(nullIfNotFound)]);
    if (!cleanup) return sendNotFound(req, reply, missing);
    return sendFresh(req, reply, renderCleanupPage(pageContext(req, name), cleanup));
  });
}
