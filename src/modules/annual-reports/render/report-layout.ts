/**
 * What the annual report adds to the 公文 page of `platform/render` (GB/T 9704, shared with the reply
 * letters: A4, 版心 156 × 225 mm, title 二号小标宋, 一级标题 三号黑体, body 三号仿宋, page numbers 四号
 * “— 1 —”): its tables, in 五号宋体 with a little padding in each cell.
 */
import type { DocxFace } from '../../../platform/render/index.js';

export const REPORT_TABLE = {
  /** 五号. */
  fontPt: 10.5,
  /** Inner padding of table cells. */
  cellPaddingPt: 3,
  /** The Word face of the tables. */
  docxFont: { name: '宋体', fallback: 'SimSun' } satisfies DocxFace,
} as const;
