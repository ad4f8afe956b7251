import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, principalOf, sendDownload } from '../../platform/http/index.js';
import { REPORT_READERS, REPORT_WRITERS } from './annual-reports.policy.js';
import {
  appealCellQuery, cellQuery, checkBody, checkResultSchema, exportParams, exportQuery, historyBody, publishBody, reportParams, saveBody,
  scopeQuery, supervisionQuery,
} from './annual-reports.schemas.js';
import type { AnnualReportService } from './annual-reports.service.js';
import { checkReport } from './checks.js';
import { renderReportFile } from './report-files.js';
import { reportVocabulary, reportVocabularySchema } from './vocabulary.js';

const tags = ['annual-reports'];

/** Staff API of the annual report (条例第四十九、五十条): workspace, save, publish, drill-down, exports, supervision, checks, history. */
export function registerAnnualReportRoutes(app: FastifyInstance, svc: AnnualReportService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/annual-reports';

  r.get(`${base}/vocabulary`, {
    config: { access: REPORT_READERS },
    schema: { tags, summary: '年度报告各表的行、列、格及栏目名称（国办公开办函〔2021〕30号格式）', response: { 200: reportVocabularySchema } },
  }, async () => reportVocabulary());

  r.get(`${base}/supervision`, {
    config: { access: REPORT_READERS },
    schema: { tags, summary: '下辖机构年度报告的发布、逾期和校验情况（主管部门汇总）', querystring: supervisionQuery },
  }, async (req) => {
    const p = principalOf(req);
    return svc.supervision.supervision(p, req.query.org ?? p.orgCode, req.query.year);
  });

  r.post(`${base}/check`, {
    config: { access: REPORT_READERS },
    schema: { tags, summary: '校验一份年度报告 JSON（可附上年报告），逐条列出未通过的校验', body: checkBody, response: { 200: checkResultSchema } },
  }, async (req) => {
    const { ok, problems } = checkReport(req.body.report, req.body.previous);
    return { ok, problems };
  });

  r.get(`${base}/history`, {
    config: { access: REPORT_READERS },
    schema: { tags, summary: '导入的历史年报及外来报告', querystring: z.object({ org: z.string().min(1).max(64).optional() }) },
  }, async (req) => {
    const p = principalOf(req);
    return svc.supervision.listHistory(p, req.query.org ?? p.orgCode);
  });

  r.post(`${base}/history`, {
    config: { access: REPORT_WRITERS },
    schema: { tags, summary: '导入历史年报或下辖机构在平台外编制的年报（2021年格式或2019年试行格式 JSON）', body: historyBody },
  }, async (req, reply) => reply.status(201).send(await svc.supervision.importHistory(principalOf(req), actorOf(req), req.body.report, req.body.source)));

  r.delete(`${base}/history/:id`, {
    config: { access: REPORT_WRITERS },
    schema: { tags, summary: '删除导入的年报', params: z.object({ id: z.coerce.number().int().positive() }) },
  }, async (req, reply) => {
    await svc.supervision.deleteHistory(principalOf(req), actorOf(req), req.params.id);
    return reply.status(204).send();
  });

  r.get(`${base}/:org/:year`, {
    config: { access: REPORT_READERS },
    schema: { tags, summary: '年度报告工作台：实时统计的报告、校验结果、已发布版本、上年文字', params: reportParams, querystring: scopeQuery },
  }, async (req) => svc.reports.workspace(principalOf(req), req.params.org, req.params.year, req.query));

  r.put(`${base}/:org/:year`, {
    config: { access: REPORT_WRITERS },
    schema: { tags, summary: '保存年度报告草稿（统计范围、第一五六部分文字、表二填报数字、更正）', params: reportParams, body: saveBody },
  }, async (req) => svc.reports.save(principalOf(req), actorOf(req), req.params.org, req.params.year, req.body));

  r.post(`${base}/:org/:year/publish`, {
    config: { access: REPORT_WRITERS },
    schema: { tags, summary: '校验并发布年度报告（已发布的报告再次发布须写明更正说明）', params: reportParams, body: publishBody },
  }, async (req) => svc.reports.publish(principalOf(req), actorOf(req), req.params.org, req.params.year, req.body));

  r.get(`${base}/:org/:year/cells`, {
    config: { access: REPORT_READERS },
    schema: { tags, summary: '表三某一格统计的申请明细', params: reportParams, querystring: cellQuery },
  }, async (req) => svc.reports.cellRequests(principalOf(req), req.params.org, req.params.year, req.query));

  r.get(`${base}/:org/:year/appeals`, {
    config: { access: REPORT_READERS },
    schema: { tags, summary: '表四某一格统计的行政复议、行政诉讼记录', params: reportParams, querystring: appealCellQuery },
  }, async (req) => svc.reports.cellAppeals(principalOf(req), req.params.org, req.params.year, req.query));

  r.get(`${base}/:org/:year/export.:format`, {
    config: { access: REPORT_READERS },
    schema: { tags, summary: '导出年度报告（json、html、docx、pdf；默认已发布版本，未发布时为实时草稿）', params: exportParams, querystring: exportQuery },
  }, async (req, reply) => {
    const { report, publishedOn } = await svc.reports.forExport(principalOf(req), req.params.org, req.params.year, req.query.version ?? 'auto');
    return sendDownload(reply, await renderReportFile(report, req.params.format, { publishedOn: publishedOn ?? undefined }));
  });
}
