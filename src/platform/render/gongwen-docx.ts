/**
 * Word documents in the 公文 layout (gongwen.ts): the run fonts, exact line pitch, body and title
 * paragraphs, and the document itself (A4, 版心 margins, odd/even page-number footers “— 1 —”, font table
 * with the substitutes of the 方正/GB2312 faces). Modules build their own tables and headings with these.
 * docx and jszip are loaded on the first document, not at start: most processes never make one. Helpers
 * that build elements take the loaded module (`await import('docx')`) as their first argument.
 */
import { A4_TWIP, type DocxFace, GONGWEN_DOCX_FONTS as F, GONGWEN_LAYOUT as L, MM_TWIP, PT_TWIP } from './gongwen.js';

export type Docx = typeof import('docx');
type DocxParagraph = InstanceType<Docx['Paragraph']>;

/** One body character (三号) and one body line (225 mm / 22), in twips. */
export const DOCX_CHAR_TWIP = L.bodyPt * PT_TWIP;
export const DOCX_LINE_TWIP = Math.round(L.lineMm * MM_TWIP);
/** The 版心 width: A4 less the left and right margins. */
export const DOCX_TEXT_WIDTH_TWIP = A4_TWIP.width - Math.round((L.marginMm.left + L.marginMm.right) * MM_TWIP);

/** Run font: the Chinese face for CJK text, Times New Roman for digits and Latin. */
export function docxFont(eastAsia: string) {
  return { eastAsia, ascii: F.latin, hAnsi: F.latin, hint: 'eastAsia' as const };
}

/** Exact lines at the 公文 pitch (times `scale`), no space before or after. */
export function docxLines(d: Docx, scale = 1) {
  return { line: Math.round(DOCX_LINE_TWIP * scale), lineRule: d.LineRuleType.EXACT, before: 0, after: 0 };
}

/** 首行缩进二字. */
export function docxFirstLineIndent() {
  return { firstLine: L.indentChars * DOCX_CHAR_TWIP, firstLineChars: L.indentChars * 100 };
}

export interface DocxBodyOptions {
  /** 首行缩进二字. */
  indent?: boolean;
  /** Justified unless right-aligned or centred. */
  align?: 'right' | 'center';
  /** Characters kept clear of the right edge (右空); none when 0. */
  rightChars?: number;
}

/** A body paragraph: 三号仿宋 on exact lines. */
export function docxBody(d: Docx, text: string, opts: DocxBodyOptions = {}): DocxParagraph {
  const { AlignmentType, Paragraph, TextRun } = d;
  return new Paragraph({
    alignment: opts.align === 'right' ? AlignmentType.RIGHT : opts.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: docxLines(d),
    indent: {
      ...(opts.indent ? docxFirstLineIndent() : {}),
      ...(opts.rightChars ? { right: Math.round(opts.rightChars * DOCX_CHAR_TWIP) } : {}),
    },
    children: [new TextRun({ text, font: docxFont(F.body.name), size: L.bodyPt * 2 })],
  });
}

/** The title: 二号小标宋, centred, on lines 1.2 times the body pitch. */
export function docxTitle(d: Docx, text: string): DocxParagraph {
  const { AlignmentType, Paragraph, TextRun } = d;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: docxLines(d, 1.2),
    children: [new TextRun({ text, font: docxFont(F.title.name), size: L.titlePt * 2 })],
  });
}

/** A run of `text` in a Chinese face at `sizePt` (Times New Roman for digits and Latin). */
export function docxRun(d: Docx, text: string, face: string, sizePt: number, bold?: boolean) {
  return new d.TextRun({ text, bold, font: docxFont(face), size: sizePt * 2 });
}

/** The 一级标题 paragraph (style Heading1, see `docxHeading1Style`): on the body pitch, 首行缩进二字. */
export function docxHeading1(d: Docx, text: string): DocxParagraph {
  return new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, spacing: docxLines(d), indent: docxFirstLineIndent(), children: [new d.TextRun({ text })] });
}

/** Heading1 as 三号黑体, not bold, black, kept with the next paragraph (Word's navigation pane and PDF export see it). */
export function docxHeading1Style(d: Docx): import('docx').IParagraphStyleOptions {
  return {
    id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true,
    run: { font: docxFont(F.heading.name), size: L.headingPt * 2, bold: false, color: '000000' },
    paragraph: { spacing: docxLines(d), outlineLevel: 0, keepNext: true },
  };
}

export interface DocxCellOptions {
  /** The Chinese face and size of the cell's text. */
  face: string;
  sizePt: number;
  /** Left and right padding; top and bottom get half. */
  paddingPt: number;
  align: 'left' | 'center';
  bold?: boolean;
  rowSpan?: number;
  columnSpan?: number;
}

/** A table cell with one line of text, centred vertically, no space before or after. */
export function docxCell(d: Docx, text: string, o: DocxCellOptions) {
  const pad = o.paddingPt * PT_TWIP;
  return new d.TableCell({
    rowSpan: o.rowSpan,
    columnSpan: o.columnSpan,
    verticalAlign: d.VerticalAlign.CENTER,
    margins: { top: pad / 2, bottom: pad / 2, left: pad, right: pad },
    children: [
      new d.Paragraph({
        alignment: o.align === 'left' ? d.AlignmentType.LEFT : d.AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        children: [docxRun(d, text, o.face, o.sizePt, o.bold)],
      }),
    ],
  });
}

/** A table row that is never split across pages; header rows repeat on each page. */
export function docxRow(d: Docx, cells: InstanceType<Docx['TableCell']>[], header = false) {
  return new d.TableRow({ tableHeader: header ? true : undefined, cantSplit: true, children: cells });
}

/** A table across the 版心 with thin black borders, fixed columns in proportion to `widths`, centred. */
export function docxTable(d: Docx, widths: readonly number[], rows: InstanceType<Docx['TableRow']>[]) {
  const { AlignmentType, BorderStyle, Table, TableLayoutType, WidthType } = d;
  const total = widths.reduce((a, b) => a + b, 0);
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: DOCX_TEXT_WIDTH_TWIP, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.floor((w / total) * DOCX_TEXT_WIDTH_TWIP)),
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows,
  });
}

/** 四号 “— 1 —”: odd pages at the right, even pages at the left, one character in. */
function pageNumberFooter(d: Docx, side: 'odd' | 'even') {
  const { AlignmentType, Footer, PageNumber, Paragraph, TextRun } = d;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: L.pageNumberPt * PT_TWIP } : { left: L.pageNumberPt * PT_TWIP },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: docxFont(F.pageNumber.name), size: L.pageNumberPt * 2 })],
      }),
    ],
  });
}

export interface GongwenDocxOptions {
  title: string;
  creator: string;
  /** The body: paragraphs and tables built with the loaded docx module. */
  children: readonly import('docx').FileChild[];
  /** Paragraph styles beyond Normal (e.g. Heading1 for the 一级标题). */
  paragraphStyles?: readonly import('docx').IParagraphStyleOptions[];
  /** The Chinese faces the document uses, declared in its font table with their substitutes. */
  faces: readonly DocxFace[];
}

/** The document in the 公文 page (A4, 版心 margins, body style 三号仿宋, page-number footers), packed to bytes. */
export async function packGongwenDocx(opts: GongwenDocxOptions): Promise<Buffer> {
  const d = await import('docx');
  const { Document, Packer, convertMillimetersToTwip: mm } = d;
  const m = L.marginMm;
  const doc = new Document({
    title: opts.title,
    creator: opts.creator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: docxFont(F.body.name), size: L.bodyPt * 2 } } },
      ...(opts.paragraphStyles ? { paragraphStyles: opts.paragraphStyles } : {}),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_TWIP.width, height: A4_TWIP.height },
            // The footer's lower edge: the number line starts 7 mm below the 版心 and is about 5 mm high.
            margin: { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right), header: mm(15), footer: mm(m.bottom - L.pageNumberGapMm - 5) },
          },
        },
        footers: { default: pageNumberFooter(d, 'odd'), even: pageNumberFooter(d, 'even') },
        children: opts.children,
      },
    ],
  });
  return withFontFallbacks(await Packer.toBuffer(doc), opts.faces);
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Declares the Chinese faces in word/fontTable.xml with `w:altName` (the substitute) and the GB2312 charset. */
async function withFontFallbacks(buf: Buffer, faces: readonly DocxFace[]): Promise<Buffer> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file('word/fontTable.xml');
  if (!file) return buf;
  const entries = faces
    .map((f) => `<w:font w:name="${xmlEscape(f.name)}"><w:altName w:val="${xmlEscape(f.fallback)}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  const xml = await file.async('string');
  const patched = xml.includes('</w:fonts>') ? xml.replace('</w:fonts>', `${entries}</w:fonts>`) : xml.replace(/<w:fonts([^>]*?)\/>/, `<w:fonts$1>${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', patched);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
