import { type CjkFonts, GONGWEN_LAYOUT as L, drawPdfSignature, openGongwenPdf, pdfLineGap } from '../../../platform/render/index.js';
import type { LetterModel } from './letter-model.js';

/**
 * The letter as a PDF in the 公文 page of `platform/render` (A4, GB/T 9704): title in Noto Sans CJK Bold
 * (the 小标宋 role), everything else in Noto Serif CJK, both embedded as subsets so the text can be copied
 * and searched. Page numbers “— 1 —” under the 版心.
 * @throws CjkFontMissing when a face cannot be loaded from its file
 */
export async function renderLetterPdf(model: LetterModel, fonts: CjkFonts): Promise<Buffer> {
  const { doc, page, finish } = await openGongwenPdf(fonts, { info: { Title: model.title, Author: model.signature, Subject: model.number } });
  const { left, width, line, char } = page;

  doc.font('bold').fontSize(L.titlePt);
  doc.text(model.title, left, page.top, { width, align: 'center', lineGap: pdfLineGap(doc, line * 1.2) });
  doc.font('serif').fontSize(L.bodyPt);
  const bodyGap = pdfLineGap(doc, line);
  doc.text(model.number, left, doc.y, { width, align: 'center', lineGap: bodyGap });
  doc.y += line;
  doc.text(model.addressee, left, doc.y, { width, lineGap: bodyGap });
  for (const p of [...model.paragraphs, ...(model.remedy ? [model.remedy] : [])]) {
    doc.text(p, left, doc.y, { width, indent: L.indentChars * char, align: 'justify', lineGap: bodyGap });
  }

  // Signature centred over the date, the date 右空四字; kept together on one page.
  doc.y += 2 * line;
  if (doc.y + 2 * line > page.bottom) {
    doc.addPage();
    doc.font('serif').fontSize(L.bodyPt);
  }
  drawPdfSignature(doc, page, model.signature, model.date);
  return finish();
}
