import { CjkFontMissing, type CjkFonts } from './pdf-fonts.js';

type PdfOptions = PDFKit.PDFDocumentOptions;

/**
 * An A4 pdfkit document with the CJK faces registered as `serif` and `bold`, and `finish()` that ends it
 * and resolves to its bytes. pdfkit (~28 MB resident) is loaded on the first PDF, not at start.
 * @throws CjkFontMissing when a face cannot be loaded from its file (checked now, not halfway through)
 */
export async function openCjkPdf(fonts: CjkFonts, options: PdfOptions): Promise<{ doc: PDFKit.PDFDocument; finish(): Promise<Buffer> }> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', bufferPages: true, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  try {
    doc.registerFont('serif', fonts.serif.file, fonts.serif.postscriptName);
    doc.registerFont('bold', fonts.sansBold.file, fonts.sansBold.postscriptName);
    doc.font('bold');
    doc.font('serif');
  } catch {
    throw new CjkFontMissing(`${fonts.serif.postscriptName} / ${fonts.sansBold.postscriptName}`);
  }
  return {
    doc,
    async finish() {
      doc.end();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
