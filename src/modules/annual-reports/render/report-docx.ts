// docx and jszip are loaded on the first report, not at start: most processes never make one.
import { type AnnualReport, SECTION_TITLES } from '../report-shape.js';
import { type Grid, type PlacedCell, placeGrid, reportGrids } from './report-grid.js';
import { DOCX_FONTS, PT_TWIP, REPORT_LAYOUT as L, emWidth } from './report-layout.js';
import { SECTION_ORDER, chineseDate, isTextSection, paragraphsOf, reportTitle } from './report-text.js';

type Docx = typeof import('docx');

const CHAR_TWIP = L.bodyPt * PT_TWIP;
const LINE_TWIP = Math.round(L.lineMm * (1440 / 25.4));
/** The 版心 width: A4 (11906 twips) less the left and right margins. */
const TEXT_WIDTH_TWIP = 11906 - Math.round((L.marginMm.left + L.marginMm.right) * (1440 / 25.4));

const font = (name: string) => ({ eastAsia: name, ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, hint: 'eastAsia' as const });

/** One statutory table as a Word table: thin black borders, merged cells as in the HTML, header rows repeated on each page. */
function wordTable(d: Docx, grid: Grid) {
  const { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } = d;
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const columnWidths = grid.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIP));
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const pad = L.cellPaddingPt * PT_TWIP;
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
          children: [new TextRun({ text: p.cell.text, font: font(DOCX_FONTS.table.name), size: L.tablePt * 2 })],
        }),
      ],
    });
  };
  const headRows = grid.head.length;
  return new Table({
    width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: placeGrid(grid).map((cells, r) => new TableRow({ tableHeader: r < headRows ? true : undefined, cantSplit: true, children: cells.map(cell) })),
  });
}

/**
 * The report as a Word document in 公文 layout (report-layout.ts): title in 方正小标宋简体 22 pt centred,
 * section titles in 黑体 16 pt as Heading 1 (so Word's navigation pane and PDF export see the structure),
 * narrative in 仿宋_GB2312 16 pt at an exact 29 pt line with a two-character indent, the three tables in
 * 宋体 10.5 pt, page numbers “— 1 —” (odd pages right, even pages left).
 */
export async function renderReportDocx(report: AnnualReport, opts: { publishedOn?: string } = {}): Promise<Buffer> {
  const d = await import('docx');
  const { AlignmentType, Document, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, TextRun, convertMillimetersToTwip: mm } = d;
  const title = reportTitle(report);
  const spacing = { line: LINE_TWIP, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const body = (text: string, o: { indent?: boolean; align?: 'right'; rightChars?: number } = {}) =>
    new Paragraph({
      alignment: o.align === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
      spacing,
      indent: {
        ...(o.indent ? { firstLine: L.indentChars * CHAR_TWIP, firstLineChars: L.indentChars * 100 } : {}),
        ...(o.rightChars !== undefined ? { right: Math.round(o.rightChars * CHAR_TWIP) } : {}),
      },
      children: [new TextRun({ text, font: font(DOCX_FONTS.body.name), size: L.bodyPt * 2 })],
    });
  const heading = (text: string) =>
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing, indent: { firstLine: L.indentChars * CHAR_TWIP, firstLineChars: L.indentChars * 100 }, children: [new TextRun({ text })] });
  const pageNumber = (side: 'odd' | 'even') =>
    new Footer({
      children: [
        new Paragraph({
          alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'odd' ? { right: L.pageNumberPt * PT_TWIP } : { left: L.pageNumberPt * PT_TWIP },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(DOCX_FONTS.table.name), size: L.pageNumberPt * 2 })],
        }),
      ],
    });

  const grids = new Map(reportGrids(report).map((g) => [g.id, g]));
  const children: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(LINE_TWIP * 1.2), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [new TextRun({ text: title, font: font(DOCX_FONTS.title.name), size: L.titlePt * 2 })],
    }),
    body(''),
  ];
  for (const key of SECTION_ORDER) {
    children.push(heading(SECTION_TITLES[key]));
    if (isTextSection(key)) children.push(...paragraphsOf(report.sections[key]).map((p) => body(p, { indent: true })));
    else children.push(wordTable(d, grids.get(key)!), body(''));
  }
  if (opts.publishedOn) {
    // The organisation centred over the date, the date 右空四字 (as the letters' signature block).
    const date = chineseDate(opts.publishedOn);
    const sigRight = Math.max(0, L.dateRightChars + (emWidth(date) - emWidth(report.org.name)) / 2);
    children.push(body(''), body(''), body(report.org.name, { align: 'right', rightChars: sigRight }), body(date, { align: 'right', rightChars: L.dateRightChars }));
  }

  const m = L.marginMm;
  const doc = new Document({
    title,
    creator: report.org.name,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: font(DOCX_FONTS.body.name), size: L.bodyPt * 2 } } },
      paragraphStyles: [
        {
          id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true,
          run: { font: font(DOCX_FONTS.heading.name), size: L.headingPt * 2, bold: false, color: '000000' },
          paragraph: { spacing, outlineLevel: 0, keepNext: true },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips (mm() rounds 210 mm down to 11905)
            margin: { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right), header: mm(15), footer: mm(m.bottom - L.pageNumberGapMm - 5) },
          },
        },
        footers: { default: pageNumber('odd'), even: pageNumber('even') },
        children,
      },
    ],
  });
  return withFontFallbacks(await Packer.toBuffer(doc));
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Declares the Chinese faces in word/fontTable.xml with `w:altName` (the substitute) and the GB2312 charset. */
async function withFontFallbacks(buf: Buffer): Promise<Buffer> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file('word/fontTable.xml');
  if (!file) return buf;
  const entries = [DOCX_FONTS.title, DOCX_FONTS.heading, DOCX_FONTS.body, DOCX_FONTS.table]
    .map((f) => `<w:font w:name="${xmlEscape(f.name)}"><w:altName w:val="${xmlEscape(f.fallback)}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  const xml = await file.async('string');
  const patched = xml.includes('</w:fonts>') ? xml.replace('</w:fonts>', `${entries}</w:fonts>`) : xml.replace(/<w:fonts([^>]*?)\/>/, `<w:fonts$1>${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', patched);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
