// docx and jszip are loaded on the first letter, not at start: most processes never make one.
import type { LetterModel } from './letter-model.js';
import { DOCX_FONTS, LETTER_LAYOUT as L, signatureRightChars } from './letter-layout.js';

const PT_TWIP = 20;
const CHAR_TWIP = L.bodyPt * PT_TWIP;
const LINE_TWIP = Math.round(L.lineMm * (1440 / 25.4));

/**
 * The letter as a Word document (A4, GB/T 9704 layout, see letter-layout.ts): title in 方正小标宋简体 22 pt
 * centred, 文号 under it, body in 仿宋_GB2312 16 pt at an exact 29 pt line with a two-character first-line
 * indent, signature and date at the right, page numbers “— 1 —” in the footer. The font table names 宋体/仿宋
 * as the fallbacks of the two 方正/GB2312 faces, which not every computer has.
 */
export async function renderLetterDocx(model: LetterModel): Promise<Buffer> {
  const { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, convertMillimetersToTwip: mm } = await import('docx');
  const font = (name: string) => ({ eastAsia: name, ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, hint: 'eastAsia' });
  const spacing = { line: LINE_TWIP, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const body = (text: string, opts: { indent?: boolean; align?: 'left' | 'right' | 'center'; rightChars?: number } = {}) =>
    new Paragraph({
      alignment: opts.align === 'right' ? AlignmentType.RIGHT : opts.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      spacing,
      indent: {
        ...(opts.indent ? { firstLine: L.indentChars * CHAR_TWIP, firstLineChars: L.indentChars * 100 } : {}),
        ...(opts.rightChars ? { right: Math.round(opts.rightChars * CHAR_TWIP) } : {}),
      },
      children: [new TextRun({ text, font: font(DOCX_FONTS.body.name), size: L.bodyPt * 2 })],
    });
  const blank = () => body('');
  const pageNumber = (side: 'odd' | 'even') =>
    new Footer({
      children: [
        new Paragraph({
          alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'odd' ? { right: L.pageNumberPt * PT_TWIP } : { left: L.pageNumberPt * PT_TWIP },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(DOCX_FONTS.pageNumber.name), size: L.pageNumberPt * 2 })],
        }),
      ],
    });

  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(LINE_TWIP * 1.2), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [new TextRun({ text: model.title, font: font(DOCX_FONTS.title.name), size: L.titlePt * 2 })],
    }),
    body(model.number, { align: 'center' }),
    blank(),
    body(model.addressee),
    ...model.paragraphs.map((p) => body(p, { indent: true })),
    ...(model.remedy ? [body(model.remedy, { indent: true })] : []),
    blank(),
    blank(),
    body(model.signature, { align: 'right', rightChars: signatureRightChars(model.signature, model.date) }),
    body(model.date, { align: 'right', rightChars: L.dateRightChars }),
  ];
  const m = L.marginMm;
  const doc = new Document({
    title: model.title,
    creator: model.signature,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(DOCX_FONTS.body.name), size: L.bodyPt * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips (mm() rounds 210 mm down to 11905)
            // The footer's lower edge: the number line starts 7 mm below the 版心 and is about 5 mm high.
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
  const entries = [DOCX_FONTS.title, DOCX_FONTS.body, DOCX_FONTS.pageNumber]
    .map((f) => `<w:font w:name="${xmlEscape(f.name)}"><w:altName w:val="${xmlEscape(f.fallback)}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  const xml = await file.async('string');
  const patched = xml.includes('</w:fonts>') ? xml.replace('</w:fonts>', `${entries}</w:fonts>`) : xml.replace(/<w:fonts([^>]*?)\/>/, `<w:fonts$1>${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', patched);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
