/**
 * Text helpers shared by every renderer of the annual report, so the HTML, DOCX and PDF say the same
 * words: the title, the paragraphs of the narrative sections, figures and the 成文日期.
 */
import type { AnnualReport } from '../report-shape.js';

/** The section keys in printed order: 一 text, 二 三 四 tables, 五 六 text. */
export const SECTION_ORDER = ['overview', 'proactive', 'requests', 'reviewLitigation', 'problems', 'other'] as const;
export type SectionKey = (typeof SECTION_ORDER)[number];
export type TextSectionKey = keyof AnnualReport['sections'];
export const isTextSection = (k: SectionKey): k is TextSectionKey => k === 'overview' || k === 'problems' || k === 'other';

/** Written in a section the office left empty: the format expects each section to say something. */
export const EMPTY_SECTION_TEXT = '无。';

/** “菏泽市财政局2025年政府信息公开工作年度报告” (the same for a report covering supervised organisations). */
export function reportTitle(report: Pick<AnnualReport, 'org' | 'year'>): string {
  return `${report.org.name}${report.year}年政府信息公开工作年度报告`;
}

/**
 * A narrative section as paragraphs: one per non-blank line (offices paste text with single or double
 * line breaks alike), trimmed of the spaces and full-width spaces used as manual indents.
 */
export function paragraphsOf(text: string): string[] {
  const paras = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line.length > 0);
  return paras.length > 0 ? paras : [EMPTY_SECTION_TEXT];
}

/** Integers as they are; fees (万元) with up to four decimals and no trailing zeros. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));
}

/** “2026-01-20” → “2026年1月20日”, read from the string (never through Date: the process time zone must not matter). */
export function chineseDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : isoDate;
}
