/**
 * heading (plan-format.md): "the item's lead sentence/title where the document has one (text up to
 * the first 。 when it reads as a title, e.g. 推进决策公开), else null"; the label and its closing 。
 * are dropped and text starts after that 。 without repeating the heading.
 */

/** Reads as a title: short, no comma-bearing clause, not a sentence with a subject and a modal. */
export function isTitleLike(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 40) return false;
  // no comma-heavy clause: one comma in a short title is fine ("紧扣指标任务,统筹推进均衡化发展工作")
  if (/[;!?。]/.test(t) || (t.match(/,/g) ?? []).length > (t.length <= 30 ? 1 : 0)) return false;
  if (/^(各|市|县|区|省|我|全市|全县|全区|全省)[^。]{0,14}(要|应|须|将|已|可)/.test(t)) return false;
  if (/(的|和|及|等|或)$/.test(t)) return false; // a clause cut off, not a title
  return true;
}

export interface HeadingSplit {
  heading: string | null;
  text: string;
}

/**
 * Splits an item's first line (label already removed) into heading and text. A title may end in
 * 。 or : ("1.建立工作机制:根据…"); a line that is only a title leaves text to the paragraphs after it.
 */
export function splitHeading(line: string): HeadingSplit {
  const s = line.trim();
  const m = s.match(/^([^。:]*)[。:]/);
  if (m && isTitleLike(m[1])) return { heading: m[1].trim(), text: s.slice(m[0].length).trim() };
  if (!m && isTitleLike(s)) return { heading: s, text: '' };
  return { heading: null, text: s };
}
