/**
 * PDFs in the 公文 layout (gongwen.ts), drawn with pdfkit in the CJK faces of `openCjkPdf`: the page frame
 * (版心 and line pitch in points), the signature over the date, and the page numbers “— 1 —” drawn on every
 * page when the document is finished.
 */
import { openCjkPdf } from './cjk-pdf.js';
import { GONGWEN_LAYOUT as L, MM_PT } from './gongwen.js';
import type { CjkFonts } from './pdf-fonts.js';

type PdfOptions = PDFKit.PDFDocumentOptions;

/** The 版心 of a page, in points. */
export interface GongwenPage {
  left: number;
  right: number;
  width: number;
  top: number;
  /** The 版心's lower edge. */
  bottom: number;
  /** One body line (225 mm / 22). */
  line: number;
  /** One body character (三号). */
  char: number;
}

/**
 * An A4 pdfkit document with the 公文 margins and the CJK faces (`serif`, `bold`); `finish()` numbers the
 * pages (odd at the right, even at the left, one character in: 四号, 一字线 either side), ends the document
 * and resolves to its bytes.
 * @throws CjkFontMissing when a face cannot be loaded from its file
 */
export async function openGongwenPdf(
  fonts: CjkFonts,
  options: Omit<PdfOptions, 'margin' | 'margins' | 'size'>,
): Promise<{ doc: PDFKit.PDFDocument; page: GongwenPage; finish(): Promise<Buffer> }> {
  const mm = L.marginMm;
  const margins = { top: mm.top * MM_PT, bottom: mm.bottom * MM_PT, left: mm.left * MM_PT, right: mm.right * MM_PT };
  const { doc, finish } = await openCjkPdf(fonts, { ...options, margins });
  const left = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const page: GongwenPage = { left, right: left + width, width, top: margins.top, bottom: doc.page.height - margins.bottom, line: L.lineMm * MM_PT, char: L.bodyPt };
  return {
    doc,
    page,
    finish() {
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        const n = i - range.start + 1;
        const label = `— ${n} —`;
        doc.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
        doc.font('serif').fontSize(L.pageNumberPt);
        const w = doc.widthOfString(label);
        const x = n % 2 === 1 ? page.right - L.pageNumberPt - w : left + L.pageNumberPt;
        doc.text(label, x, doc.page.height - margins.bottom + L.pageNumberGapMm * MM_PT, { lineBreak: false });
        doc.page.margins.bottom = margins.bottom;
      }
      return finish();
    },
  };
}

/** lineGap that makes each line exactly `pitch` points high in the document's current font and size. */
export function pdfLineGap(doc: PDFKit.PDFDocument, pitch: number): number {
  return pitch - doc.currentLineHeight(true);
}

/**
 * The signature (发文机关署名) centred over the date, the date 右空四字, from the current line down, in the
 * current font and size (the body's). The caller keeps the two lines on one page.
 */
export function drawPdfSignature(doc: PDFKit.PDFDocument, page: GongwenPage, signature: string, date: string): void {
  const dateW = doc.widthOfString(date);
  const sigW = doc.widthOfString(signature);
  const dateX = page.right - L.dateRightChars * page.char - dateW;
  const sigX = Math.max(page.left, Math.min(page.right - sigW, dateX + dateW / 2 - sigW / 2));
  const y = doc.y;
  doc.text(signature, sigX, y, { lineBreak: false });
  doc.text(date, dateX, y + page.line, { lineBreak: false });
}
