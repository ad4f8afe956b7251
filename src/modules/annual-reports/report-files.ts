import type { AnnualReport } from './report-shape.js';
import { renderReportDocx, renderReportPdf, reportHtmlPage, reportTitle } from './render/index.js';

export const EXPORT_FORMATS = ['json', 'html', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * The report as a file: JSON (annual-report-json.md), a standalone HTML page, DOCX or PDF in 公文 layout.
 * Shared by the CLI, the staff API and the portal so the three give the same bytes for the same report.
 * @throws CjkFontMissing (503) for PDF on a machine without CJK fonts.
 */
export async function renderReportFile(report: AnnualReport, format: ExportFormat, opts: { publishedOn?: string } = {}): Promise<{ body: Buffer; contentType: string; fileName: string }> {
  const fileName = `${reportTitle(report)}.${format}`;
  const body = format === 'json'
    ? Buffer.from(`${JSON.stringify(report, null, 2)}\n`)
    : format === 'html'
      ? Buffer.from(reportHtmlPage(report, opts))
      : format === 'docx'
        ? await renderReportDocx(report, opts)
        : await renderReportPdf(report, opts);
  return { body, contentType: TYPES[format], fileName };
}
