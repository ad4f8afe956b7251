/**
 * Renderers of the statutory annual report (国办公开办函〔2021〕30号): HTML (React, server-rendered),
 * DOCX and PDF in 公文 layout, and the year-over-year SVG chart. All draw the same grids (report-grid.ts).
 */
export {
  ProactiveTable,
  ReportDocument,
  ReportTables,
  RequestsTable,
  ReviewTable,
  reportHtmlPage,
  reportTitle,
  type ReportDocumentProps,
  type ReportPageOptions,
  type TableOptions,
} from './report-tables.js';
export { renderReportDocx } from './report-docx.js';
export { renderReportPdf, type ReportPdfOptions } from './report-pdf.js';
export { yearFiguresOf, yearOverYearSvg, type YearFigures } from './yoy-chart.js';
export { REPORT_CSS } from './report-css.js';
export { TABLE_LABELS, cellKey, proactiveCellKey, reviewCellKey } from './report-grid.js';
export { EMPTY_SECTION_TEXT, chineseDate, paragraphsOf } from './report-text.js';
