/** Renderers of 季通报: the shared words and tables, the completion-rate chart (SVG, PNG), the DOCX in 公文 layout. */
export * from './bulletin-text.js';
export { CHART_FONT, chartDescription, chartSize, completionChartSvg, svgToPng } from './bulletin-chart.js';
export { renderBulletinDocx, type BulletinDocument } from './bulletin-docx.js';
