// docx is loaded on the first letter, not at start: most processes never make one.
import { type DocxBodyOptions, GONGWEN_DOCX_FONTS as F, GONGWEN_LAYOUT as L, docxBody, docxTitle, packGongwenDocx, signatureRightChars } from '../../../platform/render/index.js';
import type { LetterModel } from './letter-model.js';

/**
 * The letter as a Word document in the 公文 page of `platform/render` (A4, GB/T 9704): title in
 * 方正小标宋简体 22 pt centred, 文号 under it, body in 仿宋_GB2312 16 pt at an exact 29 pt line with a
 * two-character first-line indent, signature and date at the right, page numbers “— 1 —” in the footer. The
 * font table names 宋体/仿宋 as the fallbacks of the two 方正/GB2312 faces, which not every computer has.
 */
export async function renderLetterDocx(model: LetterModel): Promise<Buffer> {
  const d = await import('docx');
  const body = (text: string, opts?: DocxBodyOptions) => docxBody(d, text, opts);
  const blank = () => body('');
  return packGongwenDocx({
    title: model.title,
    creator: model.signature,
    faces: [F.title, F.body, F.pageNumber],
    children: [
      docxTitle(d, model.title),
      body(model.number, { align: 'center' }),
      blank(),
      body(model.addressee),
      ...model.paragraphs.map((p) => body(p, { indent: true })),
      ...(model.remedy ? [body(model.remedy, { indent: true })] : []),
      blank(),
      blank(),
      body(model.signature, { align: 'right', rightChars: signatureRightChars(model.signature, model.date) }),
      body(model.date, { align: 'right', rightChars: L.dateRightChars }),
    ],
  });
}
