import type { AuditActor } from '../../platform/audit/index.js';
import type { Principal } from '../../platform/auth/index.js';
import { ConflictError, ValidationError } from '../../platform/errors/index.js';
import { shanghaiDate } from '../../platform/time/index.js';
import type { OrgRow } from '../orgs/index.js';
import { annualReportsRepository as repo } from './annual-reports.repository.js';
import { assertCanWriteReports } from './annual-reports.policy.js';
import { ReportInconsistent } from './annual-reports.errors.js';
import type { CheckProblem } from './checks.js';
import { computeReport } from './compute.js';
import { type ReportInputs, defaultInputs, hasOverride } from './inputs.js';
import { previousReport, reportProblems } from './previous-year.js';
import type { ReportContext } from './report-context.js';
import { type AnnualReportRow, snapshotOf } from './report-row.js';
import { type AnnualReport, ROW_KEYS, rowFullLabel } from './report-shape.js';

interface CellQuery { scope?: 'self' | 'subtree'; page?: number; pageSize?: number }

export interface PublishInput {
  version: number;
  /** 更正说明: why a published report is published again. */
  note?: string;
  /** Why the report may differ from last year's (rule 6), e.g. last year's was made before the platform. */
  acceptPrevious?: string;
}

/**
 * The office's work on one report: the live report (computed now from the platform's data and its
 * inputs) with its checks, saving the inputs, publishing (a frozen version; a correction publishes
 * again with a note), and the drill-down from a cell to the requests it counts.
 */
export function createReportUseCases(ctx: ReportContext) {
  const { db, deps } = ctx;

  async function live(org: OrgRow, all: OrgRow[], year: number, inputs: ReportInputs) {
    const orgIds = ctx.idsOf(org, all, inputs.scope);
    const computed = await computeReport(deps.sources, { org: { code: org.code, name: org.name }, orgIds, year, inputs });
    const previous = await previousReport(ctx, org.id, year);
    const problems = reportProblems(computed.report, previous);
    return { ...computed, orgIds, previous, problems };
  }

  const checkYear = (year: number) => {
    if (!Number.isInteger(year) || year < 2008 || year > Number(ctx.today().slice(0, 4))) {
      throw new ValidationError(`年度应在2008年至今年之间，实为 ${year}`, [{ path: 'year', message: '年度有误' }]);
    }
  };

  return {
    /**
     * Everything the report screen shows: the live report with its checks and warnings, the inputs,
     * the platform's own document counts, the published version (and whether the data moved since),
     * last year's sections as a start, and the statutory date.
     */
    async workspace(p: Principal, code: string, year: number, q: { scope?: 'self' | 'subtree' } = {}) {
      checkYear(year);
      const { org, all } = await ctx.orgInScope(p, code);
      const row = await ctx.rowOf(org.id, year);
      const inputs = row ? ctx.rowInputs(row) : defaultInputs(ctx.defaultScope(org));
      if (q.scope) inputs.scope = q.scope;
      const l = await live(org, all, year, inputs);
      const published = row ? snapshotOf(row) : null;
      const due = ctx.dueOn(org, year);
      const warnings: string[] = [];
      if (l.unclassified) warnings.push(`有${l.unclassified}件已办结的申请没有办理结果，未计入表三，请到“依申请公开”补登办理结果`);
      if (hasOverride(inputs.overrides)) warnings.push(`表二规章、行政规范性文件的件数已手工更正：${inputs.overrides.reason ?? ''}`);
      return {
        org: { id: org.id, code: org.code, name: org.name, kind: org.kind }, year, scope: inputs.scope,
        status: !row ? 'new' : row.published_version > 0 ? 'published' : 'draft',
        version: row?.version ?? 0,
        inputs,
        computed: l.computed,
        report: l.report,
        checks: {
          ok: l.problems.arithmetic.length === 0 && l.problems.previous.length === 0,
          problems: [...l.problems.arithmetic, ...l.problems.previous],
          previous: l.previous ? { year: year - 1, source: l.previous.source, format: l.previous.format } : null,
        },
        warnings,
        published: row && published ? {
          version: row.published_version, publishedAt: row.published_at!, report: published,
          changed: JSON.stringify(published) !== JSON.stringify(l.report),
          versions: await repo.versions(db, row.id),
        } : null,
        previousSections: l.previous ? l.previous.report.sections : null,
        due: { on: due, late: row?.published_at ? row.published_at.slice(0, 10) > due : ctx.today() > due },
      };
    },

    /**
     * Saves the office's inputs (optimistic `version`: 0 for a report not saved yet).
     * @throws ConflictError (ANNUAL_REPORT_VERSION_CONFLICT) when someone saved in between.
     */
    async save(p: Principal, actor: AuditActor, code: string, year: number, input: ReportInputs & { version: number }) {
      assertCanWriteReports(p);
      checkYear(year);
      const { org } = await ctx.orgInScope(p, code);
      const { version, ...inputs } = input;
      const now = deps.clock.now().toISOString();
      const by = actor.userId;
      await db.transaction().execute(async (trx) => {
        const row = await ctx.rowOf(org.id, year, trx);
        const conflict = () => new ConflictError('ANNUAL_REPORT_VERSION_CONFLICT', '该报告刚被他人修改过，请刷新后重试', { currentVersion: row?.version ?? 0 });
        const values = { scope: inputs.scope, sections: JSON.stringify(inputs.sections), entered: JSON.stringify(inputs.entered), overrides: JSON.stringify(inputs.overrides) };
        let id: number;
        if (!row) {
          if (version !== 0) throw conflict();
          id = await repo.insert(trx, { org_id: org.id, year, ...values, created_by: by, now });
        } else {
          if (row.version !== version || !(await repo.update(trx, row.id, version, { ...values, updated_by: by, updated_at: now }))) throw conflict();
          id = row.id;
        }
        await deps.audit.record(trx, actor, {
          action: 'annual_report.save', entityType: 'annual_report', entityId: id, orgId: org.id,
          summary: `保存${org.name}${year}年政府信息公开工作年度报告（草稿）`,
          before: row ? { scope: row.scope, entered: JSON.parse(row.entered), overrides: JSON.parse(row.overrides) } : undefined,
          after: { scope: inputs.scope, entered: inputs.entered, overrides: inputs.overrides },
        });
      });
      return this.workspace(p, code, year);
    },

    /**
     * Publishes the live report as a frozen version. Refused while a check fails: arithmetic always;
     * last year's (rule 6) unless the office explains the difference; counts that differ from the
     * requests listed behind them. Republishing needs a 更正说明.
     * @throws ReportInconsistent, ValidationError, ConflictError
     */
    async publish(p: Principal, actor: AuditActor, code: string, year: number, input: PublishInput) {
      assertCanWriteReports(p);
      checkYear(year);
      const { org, all } = await ctx.orgInScope(p, code);
      const row = await ctx.rowOf(org.id, year);
      if (!row) throw new ValidationError('请先保存报告再发布', [{ path: 'version', message: '报告尚未保存' }]);
      if (row.version !== input.version) throw new ConflictError('ANNUAL_REPORT_VERSION_CONFLICT', '该报告刚被他人修改过，请刷新后重试', { currentVersion: row.version });
      const inputs = ctx.rowInputs(row);
      const missing = [['overview', '一、总体情况'], ['problems', '五、存在的主要问题及改进情况']].filter(([k]) => !inputs.sections[k as 'overview'].trim());
      if (missing.length) throw new ValidationError(`发布前请填写${missing.map(([, l]) => `“${l}”`).join('、')}`, missing.map(([k, l]) => ({ path: `sections.${k}`, message: `请填写${l}` })));
      const republish = row.published_version > 0;
      const note = input.note?.trim() ?? '';
      if (republish && note.length < 4) throw new ValidationError('重新发布已公开的报告时，请写明更正说明', [{ path: 'note', message: '请写明更正说明（至少4个字）' }]);
      const l = await live(org, all, year, inputs);
      if (l.problems.arithmetic.length) throw new ReportInconsistent(l.problems.arithmetic, 'arithmetic');
      const accept = input.acceptPrevious?.trim() ?? '';
      if (l.problems.previous.length && accept.length < 4) throw new ReportInconsistent(l.problems.previous, 'previous');
      const counts = await countProblems(l.report, l.orgIds, year);
      if (counts.length) throw new ReportInconsistent(counts, 'counts');
      const snapshot = JSON.stringify(l.report);
      const now = deps.clock.now().toISOString();
      const nextVersion = row.published_version + 1;
      const versionNote = [note, l.problems.previous.length ? `与上年报告不一致的说明：${accept}` : ''].filter(Boolean).join('；') || null;
      await db.transaction().execute(async (trx) => {
        if (!(await repo.update(trx, row.id, row.version, { published_version: nextVersion, published_at: now, snapshot, updated_by: actor.userId, updated_at: now }))) {
          throw new ConflictError('ANNUAL_REPORT_VERSION_CONFLICT', '该报告刚被他人修改过，请刷新后重试', { currentVersion: row.version + 1 });
        }
        await repo.insertVersion(trx, { report_id: row.id, version: nextVersion, snapshot, note: versionNote, published_at: now, published_by: actor.userId });
        await deps.audit.record(trx, actor, {
          action: republish ? 'annual_report.republish' : 'annual_report.publish', entityType: 'annual_report', entityId: row.id, orgId: org.id,
          summary: `${republish ? '更正并重新发布' : '发布'}${org.name}${year}年政府信息公开工作年度报告（第${nextVersion}版）${versionNote ? `：${versionNote}` : ''}`,
          after: { version: nextVersion, newReceived: l.report.requests.rows.newReceived[6], closed: l.report.requests.rows.total[6], carriedForward: l.report.requests.rows.carriedForward[6] },
        });
      });
      return this.workspace(p, code, year);
    },

    /** The requests behind one cell of table 三 (drill-down), with the report's scope. */
    async cellRequests(p: Principal, code: string, year: number, q: CellQuery & { row: string; column: string }) {
      const { orgIds, all, page, pageSize, offset } = await cellScope(p, code, year, q);
      const r = await deps.sources.countedRequests({ orgIds, year, row: q.row, applicantType: q.column === 'total' ? undefined : q.column, offset, limit: pageSize });
      const names = new Map(all.map((o) => [o.id, o.name]));
      return { ...r, page, pageSize, items: r.items.map((i) => ({ ...i, handlingOrg: names.get(i.handlingOrgId) ?? '' })) };
    },

    /** The 行政复议/诉讼 records behind one cell of table 四. */
    async cellAppeals(p: Principal, code: string, year: number, q: CellQuery & { kind: 'review' | 'litigationDirect' | 'litigationAfterReview'; outcome?: string }) {
      const { orgIds, page, pageSize, offset } = await cellScope(p, code, year, q);
      const r = await deps.sources.countedAppeals({ orgIds, year, kind: q.kind, outcome: q.outcome === 'total' ? undefined : q.outcome, offset, limit: pageSize });
      return { ...r, page, pageSize };
    },

    /** The report to export: the published version, or the live one (`live`, or nothing published yet). */
    async forExport(p: Principal, code: string, year: number, which: 'published' | 'live' | 'auto' = 'auto'): Promise<{ report: AnnualReport; published: boolean; publishedOn: string | null }> {
      checkYear(year);
      const { org, all } = await ctx.orgInScope(p, code);
      const row: AnnualReportRow | undefined = await ctx.rowOf(org.id, year);
      const snap = row ? snapshotOf(row) : null;
      if (snap && which !== 'live') return { report: snap, published: true, publishedOn: row!.published_at ? shanghaiDate(new Date(row!.published_at)) : null };
      if (which === 'published') throw new ConflictError('ANNUAL_REPORT_NOT_PUBLISHED', `${org.name}${year}年度报告尚未发布`);
      const inputs = row ? ctx.rowInputs(row) : defaultInputs(ctx.defaultScope(org));
      return { report: (await live(org, all, year, inputs)).report, published: false, publishedOn: null };
    },
  };

  /** A drill-down's organisations (the saved report's scope unless asked otherwise) and page. */
  async function cellScope(p: Principal, code: string, year: number, q: CellQuery) {
    checkYear(year);
    const { org, all } = await ctx.orgInScope(p, code);
    const row = await ctx.rowOf(org.id, year);
    const scope = q.scope ?? (row ? ctx.rowInputs(row).scope : ctx.defaultScope(org));
    const page = Math.max(1, q.page ?? 1);
    const pageSize = Math.min(q.pageSize ?? 20, 100);
    return { orgIds: ctx.idsOf(org, all, scope), all, page, pageSize, offset: (page - 1) * pageSize };
  }

  /** “Counts match the listed requests”: each row's 总计 against the drill-down's own count. */
  async function countProblems(report: AnnualReport, orgIds: number[], year: number): Promise<CheckProblem[]> {
    const out: CheckProblem[] = [];
    for (const row of ROW_KEYS) {
      const want = report.requests.rows[row][6]!;
      const { total } = await deps.sources.countedRequests({ orgIds, year, row, offset: 0, limit: 1 });
      if (total !== want) out.push({ rule: 'columnTotal', path: `requests.rows.${row}[6]`, row, column: 'total', expected: total, actual: want, message: `表三“${rowFullLabel(row)}”行总计为${want}，但按同一口径可列出的申请为${total}件` });
    }
    return out;
  }
}

export type ReportUseCases = ReturnType<typeof createReportUseCases>;
