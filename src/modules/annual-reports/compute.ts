import { APPLICANT_COLUMNS, type ReportSources } from './sources.js';
import type { ReportInputs } from './inputs.js';
import { type AnnualReport, type DocumentCounts, RESULT_ROW_KEYS, type Row7, emptyReport } from './report-shape.js';

export interface ComputedReport {
  report: AnnualReport;
  /** The platform's own table 二 document counts, before the office's corrections. */
  computed: { regulations: DocumentCounts; normativeDocuments: DocumentCounts };
  /** Closed requests without a known result (they would otherwise vanish from table 三). */
  unclassified: number;
}

const row = (byType: Record<string, number>): Row7 => {
  const six = APPLICANT_COLUMNS.map((c) => byType[c] ?? 0);
  return [...six, six.reduce((a, b) => a + b, 0)];
};

/**
 * The report of one organisation (and its subtree when the scope says so) for one year, from the
 * platform's data and the office's inputs. Table 三 counts requests by receipt and closing dates (see
 * info-requests statistics), so 一 + 二 = 三（七） + 四 holds by construction; table 四 counts 行政复议/诉讼
 * filed in the year with their outcome at its end.
 */
export async function computeReport(sources: ReportSources, q: { org: { code: string; name: string }; orgIds: number[]; year: number; inputs: ReportInputs }): Promise<ComputedReport> {
  const { org, orgIds, year, inputs } = q;
  const [requests, appeals, docs] = await Promise.all([
    sources.requestTable({ orgIds, year }),
    sources.appealTable({ orgIds, year }),
    sources.documentCounts({ orgIds, year }),
  ]);
  const report = emptyReport(org, year, inputs.scope);
  report.sections = { ...inputs.sections };
  const rows = report.requests.rows;
  rows.newReceived = row(requests.newReceived);
  rows.carriedOver = row(requests.carriedOver);
  for (const r of RESULT_ROW_KEYS) rows[r] = row(requests.results[r] ?? {});
  rows.total = rows.total.map((_, i) => RESULT_ROW_KEYS.reduce((a, r) => a + rows[r][i]!, 0));
  rows.carriedForward = row(requests.carriedForward);
  report.reviewLitigation = structuredClone(appeals);
  const o = inputs.overrides;
  report.proactive = {
    regulations: { ...docs.regulations, ...definedOf(o.regulations) },
    normativeDocuments: { ...docs.normativeDocuments, ...definedOf(o.normativeDocuments) },
    licensing: { decisions: inputs.entered.licensing },
    punishment: { decisions: inputs.entered.punishment },
    enforcement: { decisions: inputs.entered.enforcement },
    fees: { amountTenThousandYuan: inputs.entered.feesTenThousandYuan },
  };
  return { report, computed: docs, unclassified: requests.unclassified };
}

function definedOf<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
