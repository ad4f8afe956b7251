import { type CjkFonts, findCjkFonts, openCjkPdf } from '../../../platform/render/index.js';
import { type AnnualReport, SECTION_TITLES } from '../report-shape.js';
import { reportGrids } from './report-grid.js';
import { MM_PT, REPORT_LAYOUT as L } from './report-layout.js';
import { type TableFrame, drawTable, measureTable, tableStartHeight } from './report-pdf-table.js';
import { SECTION_ORDER, chineseDate, isTextSection, paragraphsOf, reportTitle } from './report-text.js';

export interface ReportPdfOptions {
  /** 成文日期 (YYYY-MM-DD): the report then ends with the organisation and the date. */
  publishedOn?: string;
  /** The CJK faces; found with fontconfig when not given. */
  fonts?: CjkFonts;
}

/**
 * The report as a PDF in 公文 layout (report-layout.ts): title in Noto Sans CJK Bold (the 小标宋 role),
 * section titles in the same bold face (the 黑体 role), narrative and tables in Noto Serif CJK, embedded
 * as subsets so the text can be copied and searched; page numbers “— 1 —” under the 版心.
 * @throws CjkFontMissing when the fonts are not installed (the caller turns it into a clear 503/CLI error)
 */
export async function renderReportPdf(report: AnnualReport, opts: ReportPdfOptions = {}): Promise<Buffer> {
  const fonts = opts.fonts ?? (await findCjkFonts());
  const title = reportTitle(report);
  const margin = { top: L.marginMm.top * MM_PT, bottom: L.marginMm.bottom * MM_PT, left: L.marginMm.left * MM_PT, right: L.marginMm.right * MM_PT };
  const { doc, finish } = await openCjkPdf(fonts, {
    margins: margin,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: title, Author: report.org.name, Subject: '政府信息公开工作年度报告' },
  });
  const left = margin.left;
  const width = doc.page.width - margin.left - margin.right;
  const right = left + width;
  const bottom = doc.page.height - margin.bottom;
  const line = L.lineMm * MM_PT;
  const char = L.bodyPt;
  /** lineGap that makes each line exactly `pitch` high in the current font and size. */
  const gap = (pitch: number) => pitch - doc.currentLineHeight(true);
  const newPage = () => {
    doc.addPage();
    doc.font('serif').fontSize(L.bodyPt);
  };
  /** Opens a page when fewer than `height` points are left, so a heading never ends a page alone. */
  const room = (height: number) => {
    if (doc.y + height > bottom) newPage();
  };

  doc.font('bold').fontSize(L.titlePt);
  doc.text(title, left, margin.top, { width, align: 'center', lineGap: gap(line * 1.2) });
  doc.y += line / 2;

  const frame: TableFrame = { left, width, pageTop: margin.top, pageBottom: bottom, fontSize: L.tablePt, padding: L.cellPaddingPt };
  const grids = new Map(reportGrids(report).map((g) => [g.id, g]));
  for (const key of SECTION_ORDER) {
    const table = isTextSection(key) ? null : measureTable(doc, grids.get(key)!, frame);
    room(line + (table ? tableStartHeight(table, frame) + line / 3 : 2 * line));
    doc.font('bold').fontSize(L.headingPt);
    doc.text(SECTION_TITLES[key], left, doc.y, { width, indent: L.indentChars * char, lineGap: gap(line) });
    if (isTextSection(key)) {
      doc.font('serif').fontSize(L.bodyPt);
      const bodyGap = gap(line);
      for (const p of paragraphsOf(report.sections[key])) doc.text(p, left, doc.y, { width, indent: L.indentChars * char, align: 'justify', lineGap: bodyGap });
    } else if (table) {
      const end = drawTable(doc, table, frame, doc.y + line / 3, newPage);
      doc.font('serif').fontSize(L.bodyPt);
      doc.x = left;
      doc.y = end + line / 2;
    }
  }

  if (opts.publishedOn) {
    // The organisation centred over the date, the date 右空四字; kept together on one page.
    doc.font('serif').fontSize(L.bodyPt);
    doc.y += line;
    room(2 * line);
    const date = chineseDate(opts.publishedOn);
    const dateW = doc.widthOfString(date);
    const orgW = doc.widthOfString(report.org.name);
    const dateX = right - L.dateRightChars * char - dateW;
    const orgX = Math.max(left, Math.min(right - orgW, dateX + dateW / 2 - orgW / 2));
    const y = doc.y;
    doc.text(report.org.name, orgX, y, { lineBreak: false });
    doc.text(date, dateX, y + line, { lineBreak: false });
  }

  // Page numbers: odd pages at the right, even pages at the left, one character in (四号, 一字线 either side).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const n = i - range.start + 1;
    const label = `— ${n} —`;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
    doc.font('serif').fontSize(L.pageNumberPt);
    const w = doc.widthOfString(label);
    const x = n % 2 === 1 ? right - L.pageNumberPt - w : left + L.pageNumberPt;
    doc.text(label, x, doc.page.height - margin.bottom + L.pageNumberGapMm * MM_PT, { lineBreak: false });
    doc.page.margins.bottom = margin.bottom;
  }
  return finish();
}
