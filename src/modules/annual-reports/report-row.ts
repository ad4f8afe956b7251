import type { Selectable } from 'kysely';
import type { AnnualReportTable } from './annual-reports.tables.js';
import { type ReportInputs, defaultInputs } from './inputs.js';
import type { AnnualReport } from './report-shape.js';

export type AnnualReportRow = Selectable<AnnualReportTable>;

/** The office's saved inputs of a report row (defaults for fields an older row lacks). */
export function rowInputs(row: AnnualReportRow): ReportInputs {
  const base = defaultInputs(row.scope === 'subtree' ? 'subtree' : 'self');
  return {
    scope: base.scope,
    sections: { ...base.sections, ...JSON.parse(row.sections) },
    entered: { ...base.entered, ...JSON.parse(row.entered) },
    overrides: JSON.parse(row.overrides),
  };
}

export const snapshotOf = (row: Pick<AnnualReportRow, 'snapshot'>): AnnualReport | null => (row.snapshot ? (JSON.parse(row.snapshot) as AnnualReport) : null);
