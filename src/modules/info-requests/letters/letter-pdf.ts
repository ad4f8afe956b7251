import { type CjkFonts, openCjkPdf } from '../../../platform/render/index.js';
import type { LetterModel } from './letter-model.js';
import { LETTER_LAYOUT as L, MM_PT } from './letter-layout.js';

/**
 * The letter as a PDF (A4, GB/T 9704 layout, see letter-layout.ts): title in Noto Sans CJK Bold (the
 * 小标宋 role), everything else in Noto Serif CJK, both embedded as subsets so the text can be copied and
 * searched. Page numbers “— 1 —” under the 版心.
 * @throws CjkFontMissing when a face cannot be loaded from its file
 */
export async function renderLetterPdf(model: LetterModel, fonts: CjkFonts): Promise<Buffer> {
  const margin = {
    top: L.marginMm.top * MM_PT, bottom: L.marginMm.bottom * MM_PT, left: L.marginMm.left * MM_PT, right: L.marginMm.right * MM_PT,
  };
  const { doc, finish } = await openCjkPdf(fonts, { margins: margin, info: { Title: model.title, Author: model.signature, Subject: model.number } });
  const left = margin.left;
  const width = doc.page.width - margin.left - margin.right;
  const right = left + width;
  const line = L.lineMm * MM_PT;
  const char = L.bodyPt;
  /** lineGap that makes each line exactly `pitch` high in the current font and size. */
  const gap = (pitch: number) => pitch - doc.currentLineHeight(true);

  doc.font('bold').fontSize(L.titlePt);
  doc.text(model.title, left, margin.top, { width, align: 'center', lineGap: gap(line * 1.2) });
  doc.font('serif').fontSize(L.bodyPt);
  const bodyGap = gap(line);
  doc.text(model.number, left, doc.y, { width, align: 'center', lineGap: bodyGap });
  doc.y += line;
  doc.text(model.addressee, left, doc.y, { width, lineGap: bodyGap });
  for (const p of [...model.paragraphs, ...(model.remedy ? [model.remedy] : [])]) {
    doc.text(p, left, doc.y, { width, indent: L.indentChars * char, align: 'justify', lineGap: bodyGap });
  }

  // Signature centred over the date, the date 右空四字; kept together on one page.
  doc.y += 2 * line;
  if (doc.y + 2 * line > doc.page.height - margin.bottom) {
    doc.addPage();
    doc.font('serif').fontSize(L.bodyPt);
  }
  const dateW = doc.widthOfString(model.date);
  const sigW = doc.widthOfString(model.signature);
  const dateX = right - L.dateRightChars * char - dateW;
  const sigX = Math.max(left, Math.min(right - sigW, dateX + dateW / 2 - sigW / 2));
  const sigY = doc.y;
  doc.text(model.signature, sigX, sigY, { lineBreak: false });
  doc.text(model.date, dateX, sigY + line, { lineBreak: false });

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
