import type { AuditActor } from '../../platform/audit/index.js';
import type { Principal } from '../../platform/auth/index.js';
import { NotFoundError, ValidationError } from '../../platform/errors/index.js';
import { annualReportsRepository as repo } from './annual-reports.repository.js';
import { assertCanWriteReports } from './annual-reports.policy.js';
import { type CheckProblem, checkReport } from './checks.js';
import { checkLegacyReport, legacyAsCurrent } from './legacy.js';
import { previousReport, reportProblems } from './previous-year.js';
import type { ReportContext } from './report-context.js';
import type { AnnualReport } from './report-shape.js';
import { snapshotOf } from './report-row.js';
import type { ReportUseCases } from './report.service.js';

export type SupervisionStatus = 'published' | 'draft' | 'external' | 'missing';

export interface SupervisionItem {
  org: { id: number; code: string; name: string; kind: string; level: string; depth: number };
  status: SupervisionStatus;
  due: string;
  publishedAt: string | null;
  version: number;
  late: boolean;
  /** null: nothing to check (no report). */
  ok: boolean | null;
  problemCount: number | null;
  problems: string[];
  /** The office's explanation of a published difference from last year's report. */
  explanation: string | null;
  figures: { newReceived: number; closed: number; carriedForward: number; review: number; litigation: number } | null;
}

/**
 * The supervising office's view (条例第四十九条: departments report to the same-level 主管部门): every
 * organisation under it with its report for the year — published, draft, collected from elsewhere or
 * missing; late against the statutory date; and inconsistent when a check fails. Also the reports
 * collected from elsewhere and the history of reports made before the platform (2019 or 2021 format).
 */
export function createSupervisionUseCases(ctx: ReportContext, reports: ReportUseCases) {
  const { db, deps } = ctx;

  return {
    async supervision(p: Principal, code: string, year: number) {
      const { org, all } = await ctx.orgInScope(p, code);
      const orgs = all.filter((o) => o.path.startsWith(org.path) && o.status === 'active').sort((a, b) => a.path.localeCompare(b.path) || a.sort_order - b.sort_order);
      const ids = orgs.map((o) => o.id);
      const [rows, history] = await Promise.all([repo.listForYear(db, ids, year), repo.history(db, { orgIds: ids, year })]);
      const byOrg = new Map(rows.map((r) => [r.org_id, r]));
      const historyByOrg = new Map(history.map((h) => [h.org_id, h]));
      const today = ctx.today();
      const items: SupervisionItem[] = [];
      for (const o of orgs) {
        const row = byOrg.get(o.id);
        const h = historyByOrg.get(o.id);
        const snap = row ? snapshotOf(row) : null;
        let status: SupervisionStatus = 'missing';
        let report: AnnualReport | null = null;
        let problems: CheckProblem[] | null = null;
        let explanation: string | null = null;
        if (snap) {
          status = 'published'; report = snap;
          const p = reportProblems(snap, await previousReport(ctx, o.id, year));
          // A difference from last year published with the office's explanation is shown, not counted as inconsistent.
          const note = p.previous.length ? ((await repo.versions(db, row!.id))[0]?.note ?? '') : '';
          const m = /与上年报告不一致的说明：(.+)$/.exec(note);
          explanation = m ? m[1]! : null;
          problems = explanation ? p.arithmetic : [...p.arithmetic, ...p.previous];
        } else if (h) {
          status = 'external';
          const data = JSON.parse(h.data);
          const r = h.format === '2019' ? checkLegacyReport(data) : checkReport(data);
          problems = r.problems;
          report = h.format === '2019' ? (r.report ? legacyAsCurrent(r.report as never) : null) : (r.report as AnnualReport | null);
        } else if (row) {
          status = 'draft';
          const ws = await reports.workspace(p, o.code, year);
          report = ws.report; problems = ws.checks.problems;
        }
        const due = ctx.dueOn(o, year);
        const publishedOn = row?.published_at ? row.published_at.slice(0, 10) : null;
        const late = status === 'published' ? publishedOn! > due : status !== 'external' && today > due;
        items.push({
          org: { id: o.id, code: o.code, name: o.name, kind: o.kind, level: o.level, depth: o.path.split('/').length - org.path.split('/').length },
          status, due, publishedAt: row?.published_at ?? null, version: row?.published_version ?? 0, late, explanation,
          ok: problems === null ? null : problems.length === 0,
          problemCount: problems?.length ?? null,
          problems: (problems ?? []).slice(0, 5).map((x) => x.message),
          figures: report ? {
            newReceived: report.requests.rows.newReceived[6]!, closed: report.requests.rows.total[6]!, carriedForward: report.requests.rows.carriedForward[6]!,
            review: report.reviewLitigation.review.total, litigation: report.reviewLitigation.litigationDirect.total + report.reviewLitigation.litigationAfterReview.total,
          } : null,
        });
      }
      const count = (f: (i: (typeof items)[number]) => boolean) => items.filter(f).length;
      return {
        org: { code: org.code, name: org.name }, year, items,
        summary: {
          total: items.length, published: count((i) => i.status === 'published'), external: count((i) => i.status === 'external'),
          draft: count((i) => i.status === 'draft'), missing: count((i) => i.status === 'missing'),
          late: count((i) => i.late), inconsistent: count((i) => i.ok === false),
        },
      };
    },

    /**
     * Keeps a report made elsewhere or before the platform (2021 or 2019 format) as the organisation's
     * report of that year for history, comparison and supervision. A report that is not even shaped
     * right is refused; an inconsistent one is kept and flagged (the supervising office must see it).
     * @throws ValidationError listing the shape problems; NotFoundError for an organisation out of scope.
     */
    async importHistory(p: Principal, actor: AuditActor, input: unknown, source: string) {
      assertCanWriteReports(p);
      const format = (input as { format?: unknown } | null)?.format === '2019' ? '2019' : '2021';
      const r = format === '2019' ? checkLegacyReport(input) : checkReport(input);
      const shape = r.problems.filter((x) => x.rule === 'structure');
      if (shape.length) throw new ValidationError(`报告格式有误（${shape.length}处）：${shape[0]!.message}`, shape.map((x) => ({ path: x.path, message: x.message })));
      const data = input as { org: { code: string; name: string }; year: number };
      const { org } = await ctx.orgInScope(p, data.org.code);
      if (data.year > Number(ctx.today().slice(0, 4))) throw new ValidationError(`年度${data.year}尚未到来`, [{ path: 'year', message: '年度有误' }]);
      const now = deps.clock.now().toISOString();
      const saved = await db.transaction().execute(async (trx) => {
        const res = await repo.upsertHistory(trx, { org_id: org.id, year: data.year, format, data: JSON.stringify(input), source: source.slice(0, 200), problem_count: r.problems.length, by: actor.userId, now });
        await deps.audit.record(trx, actor, {
          action: 'annual_report.import', entityType: 'annual_report_history', entityId: res.id, orgId: org.id,
          summary: `${res.replaced ? '替换' : '导入'}${org.name}${data.year}年度报告（${format === '2019' ? '2019年试行格式' : '2021年格式'}，来源：${source || '上传'}）${r.problems.length ? `，有${r.problems.length}处未通过校验` : ''}`,
        });
        return res;
      });
      return { id: saved.id, replaced: saved.replaced, org: { code: org.code, name: org.name }, year: data.year, format, ok: r.problems.length === 0, problems: r.problems };
    },

    async listHistory(p: Principal, code: string) {
      const { org, all } = await ctx.orgInScope(p, code);
      const ids = all.filter((o) => o.path.startsWith(org.path)).map((o) => o.id);
      const names = new Map(all.map((o) => [o.id, o]));
      return {
        items: (await repo.history(db, { orgIds: ids })).map((h) => ({
          id: h.id, org: { code: names.get(h.org_id)?.code ?? '', name: names.get(h.org_id)?.name ?? '' }, year: h.year, format: h.format,
          source: h.source, problemCount: h.problem_count, importedAt: h.updated_at,
        })),
      };
    },

    async deleteHistory(p: Principal, actor: AuditActor, id: number) {
      assertCanWriteReports(p);
      const all = await ctx.allOrgs();
      const h = await repo.historyById(db, id);
      const org = h ? all.find((o) => o.id === h.org_id) : undefined;
      if (!h || !org) throw new NotFoundError('历史年报');
      await ctx.orgInScope(p, org.code);
      await db.transaction().execute(async (trx) => {
        await repo.deleteHistory(trx, id);
        await deps.audit.record(trx, actor, { action: 'annual_report.history_delete', entityType: 'annual_report_history', entityId: id, orgId: org.id, summary: `删除导入的${org.name}${h.year}年度报告`, before: { format: h.format, source: h.source } });
      });
    },
  };
}
