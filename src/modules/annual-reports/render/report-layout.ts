/**
 * The 公文 page of the annual report's DOCX and PDF, after GB/T 9704-2012 like the reply letters
 * (info-requests/letters/letter-layout.ts, which is not part of that module's public surface, hence this
 * copy): A4, 版心 156 × 225 mm, title 二号小标宋, 一级标题 三号黑体, body 三号仿宋 at 22 lines a page,
 * tables 五号宋体, page numbers 四号 “— 1 —” under the 版心.
 */
export const MM_PT = 72 / 25.4;
export const PT_TWIP = 20;

export const REPORT_LAYOUT = {
  marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
  titlePt: 22,
  headingPt: 16,
  bodyPt: 16,
  tablePt: 10.5,
  /** 225 mm / 22 lines. */
  lineMm: 225 / 22,
  pageNumberPt: 14,
  /** Distance from the 版心's lower edge to the page number line. */
  pageNumberGapMm: 7,
  indentChars: 2,
  /** 成文日期 右空四字. */
  dateRightChars: 4,
  /** Inner padding of table cells. */
  cellPaddingPt: 3,
} as const;

/** Word font names, with the substitutes written into the font table for computers without them. */
export const DOCX_FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  heading: { name: '黑体', fallback: 'SimHei' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  table: { name: '宋体', fallback: 'SimSun' },
  latin: 'Times New Roman',
} as const;

/** Width in characters of the body size: CJK and full-width forms count 1, the rest (digits, Latin) ½. */
export function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u2014]/u.test(ch) ? 1 : 0.5;
  return w;
}
