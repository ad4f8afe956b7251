import assert from 'node:assert/strict';
import { type CjkFonts, findCjkFonts } from '../../src/platform/render/index.js';

/** The CJK faces for a PDF test, or a failure that says which package to install (never a silent skip). */
export async function cjkFonts(): Promise<CjkFonts> {
  try {
    return await findCjkFonts();
  } catch (err) {
    return assert.fail(`PDF 测试需要 Noto CJK 字体（Noto Serif CJK SC、Noto Sans CJK SC Bold），请安装 fonts-noto-cjk：${(err as Error).message}`);
  }
}

/** Text without any white space, as extracted text breaks lines where the layout did. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
