// docx is loaded on the first report, not at start: most processes never make one.
import {
  type Docx,
  type DocxBodyOptions,
  GONGWEN_DOCX_FONTS as F,
  GONGWEN_LAYOUT as L,
  docxBody,
  docxCell,
  docxHeading1,
  docxHeading1Style,
  docxRow,
  docxTable,
  docxTitle,
  packGongwenDocx,
  signatureRightChars,
} from '../../../platform/render/index.js';
import { type AnnualReport, SECTION_TITLES } from '../report-shape.js';
import { type Grid, type PlacedCell, placeGrid, reportGrids } from './report-grid.js';
import { REPORT_TABLE } from './report-layout.js';
import { SECTION_ORDER, chineseDate, isTextSection, paragraphsOf, reportTitle } from './report-text.js';

/** One statutory table as a Word table: thin black borders, merged cells as in the HTML, header rows repeated on each page. */
function wordTable(d: Docx, grid: Grid) {
  const cell = (p: PlacedCell) => docxCell(d, p.cell.text, {
    face: REPORT_TABLE.docxFont.name, sizePt: REPORT_TABLE.fontPt, paddingPt: REPORT_TABLE.cellPaddingPt,
    align: p.cell.kind === 'rowHead' || p.cell.kind === 'note' ? 'left' : 'center',
    rowSpan: p.rowSpan > 1 ? p.rowSpan : undefined,
    columnSpan: p.colSpan > 1 ? p.colSpan : undefined,
  });
  const headRows = grid.head.length;
  return docxTable(d, grid.widths, placeGrid(grid).map((cells, r) => docxRow(d, cells.map(cell), r < headRows)));
}

/**
 * The report as a Word document in the 公文 page of `platform/render` (tables: report-layout.ts): title in
 * 方正小标宋简体 22 pt centred, section titles in 黑体 16 pt as Heading 1 (so Word's navigation pane and PDF
 * export see the structure), narrative in 仿宋_GB2312 16 pt at an exact 29 pt line with a two-character
 * indent, the three tables in 宋体 10.5 pt, page numbers “— 1 —” (odd pages right, even pages left).
 */
export async function renderReportDocx(report: AnnualReport, opts: { publishedOn?: string } = {}): Promise<Buffer> {
  const d = await import('docx');
  const title = reportTitle(report);
  const body = (text: string, o?: DocxBodyOptions) => docxBody(d, text, o);
  const heading = (text: string) => docxHeading1(d, text);

  const grids = new Map(reportGrids(report).map((g) => [g.id, g]));
  const children: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = [docxTitle(d, title), body('')];
  for (const key of SECTION_ORDER) {
    children.push(heading(SECTION_TITLES[key]));
    if (isTextSection(key)) children.push(...paragraphsOf(report.sections[key]).map((p) => body(p, { indent: true })));
    else children.push(wordTable(d, grids.get(key)!), body(''));
  }
  if (opts.publishedOn) {
    // The organisation centred over the date, the date 右空四字 (as the letters' signature block).
    const date = chineseDate(opts.publishedOn);
    children.push(body(''), body(''), body(report.org.name, { align: 'right', rightChars: signatureRightChars(report.org.name, date) }), body(date, { align: 'right', rightChars: L.dateRightChars }));
  }

  return packGongwenDocx({
    title,
    creator: report.org.name,
    faces: [F.title, F.heading, F.body, REPORT_TABLE.docxFont],
    paragraphStyles: [docxHeading1Style(d)],
    children,
  });
}
