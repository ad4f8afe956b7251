import { type CjkFonts, GONGWEN_LAYOUT as L, drawPdfSignature, findCjkFonts, openGongwenPdf, pdfLineGap } from '../../../platform/render/index.js';
import { type AnnualReport, SECTION_TITLES } from '../report-shape.js';
import { reportGrids } from './report-grid.js';
import { REPORT_TABLE } from './report-layout.js';
import { type TableFrame, drawTable, measureTable, tableStartHeight } from './report-pdf-table.js';
import { SECTION_ORDER, chineseDate, isTextSection, paragraphsOf, reportTitle } from './report-text.js';

export interface ReportPdfOptions {
  /** 成文日期 (YYYY-MM-DD): the report then ends with the organisation and the date. */
  publishedOn?: string;
  /** The CJK faces; found with fontconfig when not given. */
  fonts?: CjkFonts;
}

/**
 * The report as a PDF in the 公文 page of `platform/render` (tables: report-layout.ts): title in Noto Sans
 * CJK Bold (the 小标宋 role), section titles in the same bold face (the 黑体 role), narrative and tables in
 * Noto Serif CJK, embedded as subsets so the text can be copied and searched; page numbers “— 1 —” under
 * the 版心.
 * @throws CjkFontMissing when the fonts are not installed (the caller turns it into a clear 503/CLI error)
 */
export async function renderReportPdf(report: AnnualReport, opts: ReportPdfOptions = {}): Promise<Buffer> {
  const fonts = opts.fonts ?? (await findCjkFonts());
  const title = reportTitle(report);
  const { doc, page, finish } = await openGongwenPdf(fonts, {
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: title, Author: report.org.name, Subject: '政府信息公开工作年度报告' },
  });
  const { left, width, bottom, line, char } = page;
  const newPage = () => {
    doc.addPage();
    doc.font('serif').fontSize(L.bodyPt);
  };
  /** Opens a page when fewer than `height` points are left, so a heading never ends a page alone. */
  const room = (height: number) => {
    if (doc.y + height > bottom) newPage();
  };

  doc.font('bold').fontSize(L.titlePt);
  doc.text(title, left, page.top, { width, align: 'center', lineGap: pdfLineGap(doc, line * 1.2) });
  doc.y += line / 2;

  const frame: TableFrame = { left, width, pageTop: page.top, pageBottom: bottom, fontSize: REPORT_TABLE.fontPt, padding: REPORT_TABLE.cellPaddingPt };
  const grids = new Map(reportGrids(report).map((g) => [g.id, g]));
  for (const key of SECTION_ORDER) {
    const table = isTextSection(key) ? null : measureTable(doc, grids.get(key)!, frame);
    room(line + (table ? tableStartHeight(table, frame) + line / 3 : 2 * line));
    doc.font('bold').fontSize(L.headingPt);
    doc.text(SECTION_TITLES[key], left, doc.y, { width, indent: L.indentChars * char, lineGap: pdfLineGap(doc, line) });
    if (isTextSection(key)) {
      doc.font('serif').fontSize(L.bodyPt);
      const bodyGap = pdfLineGap(doc, line);
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
    drawPdfSignature(doc, page, report.org.name, chineseDate(opts.publishedOn));
  }
  return finish();
}
