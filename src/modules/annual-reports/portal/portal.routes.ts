import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../../../platform/errors/index.js';
import { sendDownload } from '../../../platform/http/index.js';
import type { OrgService } from '../../orgs/index.js';
import { PUBLIC_PAGE, entriesOfYear, loadSite, pageContext, readOrgYearQuery, sendFresh, sendPortalNotFound } from '../../portal/index.js';
import type { PublicReport, PublicReportReads } from '../public.service.js';
import { renderReportFile } from '../report-files.js';
import { yearOverYearSvg } from '../render/index.js';
import { renderReportList, renderReportPage } from './annual-reports.pages.js';

const yearOf = (s: string | undefined) => (s && /^\d{4}$/.test(s) && +s >= 2008 && +s <= 2100 ? +s : null);
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The public side of annual reports: the 公开年报 pages, their downloads (the published version's
 * DOCX/PDF/JSON, rendered once per version and kept), and the same data as public JSON for machines.
 */
export function registerAnnualReportPortal(app: FastifyInstance, deps: { orgs: OrgService; reports: PublicReportReads }): void {
  const notFound = (req: FastifyRequest, reply: FastifyReply) => sendPortalNotFound(req, reply, '没有找到这份年度报告：它可能尚未发布，或者地址有误。');
  // Files of a published version never change: keyed by version, a few dozen kept.
  const files = new Map<string, Promise<{ body: Buffer; contentType: string; fileName: string }>>();
  const fileOf = (r: PublicReport, format: 'docx' | 'pdf' | 'json') => {
    const key = `${r.org.code}/${r.year}/${r.version}/${format}`;
    let f = files.get(key);
    if (!f) {
      f = renderReportFile(r.report, format, { publishedOn: r.publishedOn ?? undefined });
      f.catch(() => files.delete(key));
      files.set(key, f);
      if (files.size > 48) files.delete(files.keys().next().value!);
    }
    return f;
  };

  app.get('/xxgk/ndbg/', PUBLIC_PAGE, async (req, reply) => {
    const { name, orgs } = await loadSite(deps.orgs);
    const { org, year, notices } = readOrgYearQuery(req, orgs, { orgLabel: '发布机关', minYear: 2008 });
    const { entries, years } = entriesOfYear(await deps.reports.list({ org }), year);
    return sendFresh(req, reply, renderReportList(pageContext(req, name), { entries, orgs, org, year, years, notices }));
  });

  app.get('/xxgk/ndbg', PUBLIC_PAGE, async (_req, reply) => reply.redirect('/xxgk/ndbg/', 301));

  app.get('/xxgk/ndbg/:org/:year', PUBLIC_PAGE, async (req, reply) => {
    const { org, year: y } = req.params as { org: string; year: string };
    const m = /^(\d{4})(?:\.(docx|pdf|json))?$/.exec(y);
    const year = m ? yearOf(m[1]) : null;
    if (!CODE.test(org) || !year) return notFound(req, reply);
    const r = await deps.reports.get(org, year);
    if (!r) return notFound(req, reply);
    const format = m![2] as 'docx' | 'pdf' | 'json' | undefined;
    if (format) {
      if (r.source !== 'platform') return notFound(req, reply);
      return sendDownload(reply, await fileOf(r, format), 'public, max-age=300');
    }
    const { name } = await loadSite(deps.orgs);
    const svg = r.series.length > 1 ? await yearOverYearSvg(r.series, { title: `${r.org.name}历年政府信息公开申请办理情况` }) : null;
    return sendFresh(req, reply, renderReportPage(pageContext(req, name), r, svg));
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  api.get('/api/v1/public/annual-reports', {
    config: { access: 'public' },
    schema: { tags, summary: '已公开的政府信息公开工作年度报告目录（含导入的历史年报）', querystring: z.object({ org: z.string().max(64).optional(), year: z.coerce.number().int().min(2008).max(2100).optional() }) },
  }, async (req) => ({ items: (await deps.reports.list(req.query)).map((e) => ({ ...e, url: reportUrl(e.org.code, e.year) })) }));

  api.get('/api/v1/public/annual-reports/:org/:year', {
    config: { access: 'public' },
    schema: { tags, summary: '一份已公开的年度报告（annual-report-json.md 的 JSON）及其更正记录', params: z.object({ org: z.string().max(64), year: z.coerce.number().int().min(2008).max(2100) }) },
  }, async (req) => {
    const r = await deps.reports.get(req.params.org, req.params.year);
    if (!r) throw new NotFoundError('年度报告', 'ANNUAL_REPORT_NOT_FOUND');
    return { org: r.org, year: r.year, source: r.source, format: r.format, publishedAt: r.publishedAt, version: r.version, versions: r.versions, report: r.legacy ?? r.report };
  });
}

const reportUrl = (org: string, year: number) => `/xxgk/ndbg/${encodeURIComponent(org)}/${year}`;
