import { type AnnualReportDeps, createReportContext } from './report-context.js';
import { createReportUseCases } from './report.service.js';
import { createSupervisionUseCases } from './supervision.service.js';
import { createPublicReportReads } from './public.service.js';

/** The annual-reports module's services, wired from explicit dependencies (see container.ts). */
export function createAnnualReportService(deps: AnnualReportDeps) {
  const ctx = createReportContext(deps);
  const reports = createReportUseCases(ctx);
  return { reports, supervision: createSupervisionUseCases(ctx, reports), public: createPublicReportReads(ctx) };
}

export type AnnualReportService = ReturnType<typeof createAnnualReportService>;
export type { AnnualReportDeps };
