import { type CheckProblem, arithmeticProblems, previousYearProblems } from './checks.js';
import { annualReportsRepository as repo } from './annual-reports.repository.js';
import { type LegacyReport, legacyAsCurrent } from './legacy.js';
import type { ReportContext } from './report-context.js';
import type { AnnualReport } from './report-shape.js';
import { snapshotOf } from './report-row.js';

export interface PreviousReport {
  report: AnnualReport;
  /** platform: published here; history: imported (2021 or 2019 format). */
  source: 'platform' | 'history';
  format: '2019' | '2021';
}

/** Last year's report of an organisation: its published one, else an imported one. */
export async function previousReport(ctx: ReportContext, orgId: number, year: number): Promise<PreviousReport | null> {
  const row = await ctx.rowOf(orgId, year - 1);
  const snap = row ? snapshotOf(row) : null;
  if (snap) return { report: snap, source: 'platform', format: '2021' };
  const [h] = await repo.history(ctx.db, { orgId, year: year - 1 });
  if (!h) return null;
  const data = JSON.parse(h.data);
  return h.format === '2019' ? { report: legacyAsCurrent(data as LegacyReport), source: 'history', format: '2019' } : { report: data as AnnualReport, source: 'history', format: '2021' };
}

/**
 * The checks of a report with last year's: all arithmetic rules, then rule 6. A 2019-format
 * predecessor counted 对外公开总数量 rather than 现行有效, so only its 结转 is compared.
 */
export function reportProblems(report: AnnualReport, previous: PreviousReport | null): { arithmetic: CheckProblem[]; previous: CheckProblem[] } {
  const arithmetic = arithmeticProblems(report);
  if (!previous) return { arithmetic, previous: [] };
  const prev = previousYearProblems(report, previous.report).filter((p) => previous.format === '2021' || p.rule !== 'inForce');
  return { arithmetic, previous: prev };
}
