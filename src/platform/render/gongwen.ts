/**
 * The 公文 page every DOCX and PDF of the platform follows (答复书, 年度报告 …), after GB/T 9704-2012 in
 * spirit: A4, 版心 156 × 225 mm (天头 37 mm, 订口 28 mm), title 二号小标宋 (22 pt), 一级标题 三号黑体,
 * body 三号仿宋 (16 pt) at 22 lines a page (≈ 29 pt a line), first lines indented two characters,
 * 成文日期 右空四字 with the issuing organ centred above it, page numbers 四号 “— 1 —” below the 版心
 * (odd pages right, even pages left, one character in). Domain-free: what a document adds (tables,
 * headings of its own) stays with the module that renders it.
 */
export const MM_PT = 72 / 25.4;
export const PT_TWIP = 20;
export const MM_TWIP = 1440 / 25.4;

export const GONGWEN_LAYOUT = {
  marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
  titlePt: 22,
  headingPt: 16,
  bodyPt: 16,
  /** 225 mm / 22 lines. */
  lineMm: 225 / 22,
  pageNumberPt: 14,
  /** Distance from the 版心's lower edge to the page number line. */
  pageNumberGapMm: 7,
  indentChars: 2,
  /** 成文日期 右空四字. */
  dateRightChars: 4,
} as const;

/** A4 in twips (docx's convertMillimetersToTwip rounds 210 mm down to 11905). */
export const A4_TWIP = { width: 11906, height: 16838 } as const;

/** A Word face, with the substitute written into the font table for computers without it. */
export interface DocxFace {
  name: string;
  fallback: string;
}

/** Word font names of the 公文 roles (Word substitutes the fallbacks when a face is absent). */
export const GONGWEN_DOCX_FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  heading: { name: '黑体', fallback: 'SimHei' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  pageNumber: { name: '宋体', fallback: 'SimSun' },
  latin: 'Times New Roman',
} as const;

/** Width in characters of the body size: CJK and full-width forms count 1, the rest (digits, Latin) ½. */
export function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u2014]/u.test(ch) ? 1 : 0.5;
  return w;
}

/** Right indent, in characters, that centres the signature (发文机关署名) over the date, which stands 右空四字. */
export function signatureRightChars(signature: string, date: string): number {
  return Math.max(0, GONGWEN_LAYOUT.dateRightChars + (emWidth(date) - emWidth(signature)) / 2);
}
