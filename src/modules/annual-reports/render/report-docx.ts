// docx is loaded on the first report, not at start: most processes never make one.
import {
  DOCX_TEXT_WIDTH_TWIP,
  type Docx,
  type DocxBodyOptions,
  GONGWEN_DOCX_FONTS as F,
  GONGWEN_LAYOUT as L,
  PT_TWIP,
  docxBody,
  docxFirstLineIndent,
  docxFont,
  docxLines,
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
  const { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } = d;
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const columnWidths = grid.widths.map((w) => Math.floor((w / total) * DOCX_TEXT_WIDTH_TWIP));
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const pad = REPORT_TABLE.cellPaddingPt * PT_TWIP;
  const cell = (p: PlacedCell) => {
    const align = p.cell.kind === 'rowHead' || p.cell.kind === 'note' ? AlignmentType.LEFT : AlignmentType.CENTER;
    return new TableCell({
      rowSpan: p.rowSpan > 1 ? p.rowSpan : undefined,
      columnSpan: p.colSpan > 1 ? p.colSpan : undefined,
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: pad / 2, bottom: pad / 2, left: pad, right: pad },
      children: [
        new Paragraph({
          alignment: align,
          spacing: { before: 0, after: 0 },
          children: [new TextRun({ text: p.cell.text, font: docxFont(REPORT_TABLE.docxFont.name), size: REPORT_TABLE.fontPt * 2 })],
        }),
      ],
    });
  };
  const headRows = grid.head.length;
  return new Table({
    width: { size: DOCX_TEXT_WIDTH_TWIP, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: placeGrid(grid).map((cells, r) => new TableRow({ tableHeader: r < headRows ? true : undefined, cantSplit: true, children: cells.map(cell) })),
  });
}

/**
 * The report as a Word document in the 公文 page of `platform/render` (tables: report-layout.ts): title in
 * 方正小标宋简体 22 pt centred, section titles in 黑体 16 pt as Heading 1 (so Word's navigation pane and PDF
 * export see the structure), narrative in 仿宋_GB2312 16 pt at an exact 29 pt line with a two-character
 * indent, the three tables in 宋体 10.5 pt, page numbers “— 1 —” (odd pages right, even pages left).
 */
export async function renderReportDocx(report: AnnualReport, opts: { publishedOn?: string } = {}): Promise<Buffer> {
  const d = await import('docx');
  const { HeadingLevel, Paragraph, TextRun } = d;
  const title = reportTitle(report);
  const body = (text: string, o?: DocxBodyOptions) => docxBody(d, text, o);
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: docxLines(d), indent: docxFirstLineIndent(), children: [new TextRun({ text })] });

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
    paragraphStyles: [
      {
        id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { font: docxFont(F.heading.name), size: L.headingPt * 2, bold: false, color: '000000' },
        paragraph: { spacing: docxLines(d), outlineLevel: 0, keepNext: true },
      },
    ],
    children,
  });
}
