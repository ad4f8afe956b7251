/**
 * The 公文 page both renderers follow, after GB/T 9704-2012 in spirit: A4, 版心 156 × 225 mm (天头 37 mm,
 * 订口 28 mm), title 二号小标宋 (22 pt), body 三号仿宋 (16 pt) at 22 lines a page (≈ 29 pt a line), first
 * lines indented two characters, 成文日期 右空四字 with the issuing organ centred above it, page numbers
 * 四号 “— 1 —” below the 版心 (odd pages right, even pages left, one character in).
 */
export const MM_PT = 72 / 25.4;

export const LETTER_LAYOUT = {
  marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
  titlePt: 22,
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

/** Word font names (with fallbacks written into the font table: Word substitutes them when absent). */
export const DOCX_FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
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

/** Right indent, in characters, that centres the signature over the date (which stands 右空四字). */
export function signatureRightChars(signature: string, date: string): number {
  return Math.max(0, LETTER_LAYOUT.dateRightChars + (emWidth(date) - emWidth(signature)) / 2);
}
