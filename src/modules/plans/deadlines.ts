import { type CalendarData, addCalendarDays, addWorkdays, isIsoDate } from '../../platform/calendar/index.js';
import type { ParsedDeadline } from './plan-types.js';

/**
 * A task's due date (due_on) from its deadline as written, fixed when the plan is adopted:
 * - by-date / year-end: the deadline's date (or the date written in `raw` when the parser gave none);
 * - long-term / periodic: none (长期坚持, 每季度 — never overdue);
 * - other: relative to the adoption date — "N个工作日内" / "印发后N个工作日" on the working-day calendar
 *   (a year without holiday data raises DeadlineDataMissing, 422), "N日内" / "N天内" in calendar days,
 *   "N周内", "N个月内"; anything else none.
 * Pure: the caller passes the calendar.
 */
export function dueOnFor(deadline: ParsedDeadline | null, adoptedOn: string, cal: CalendarData): string | null {
  if (!deadline) return null;
  switch (deadline.kind) {
    case 'by-date':
    case 'year-end':
      return deadline.date && isIsoDate(deadline.date) ? deadline.date : dateIn(deadline.raw);
    case 'long-term':
    case 'periodic':
      return null;
    case 'other':
      return relativeDue(deadline.raw, adoptedOn, cal) ?? dateIn(deadline.raw);
  }
}

const NUM = '(?<![年月\\d])(\\d+|[〇零一二两三四五六七八九十百]+)';

/** The due date of a relative deadline ("10个工作日内"), or null when `raw` is not one. @throws DeadlineDataMissing */
export function relativeDue(raw: string, from: string, cal: CalendarData): string | null {
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  let m = new RegExp(`${NUM}个?工作日`).exec(text);
  if (m) return addWorkdays(cal, from, numberOf(m[1]!));
  m = new RegExp(`${NUM}个?(?:自然日|日历日|日|天)(?:内|之内|以内|前|完成)`).exec(text) ?? new RegExp(`${NUM}(?:个自然日|天)`).exec(text);
  if (m) return addCalendarDays(from, numberOf(m[1]!));
  m = new RegExp(`${NUM}(?:个)?(?:周|星期)(?:内|之内|以内)`).exec(text);
  if (m) return addCalendarDays(from, 7 * numberOf(m[1]!));
  m = new RegExp(`${NUM}个月(?:内|之内|以内)`).exec(text);
  if (m) return addMonths(from, numberOf(m[1]!));
  return null;
}

/** A calendar date written in the text: 2021年8月10日, 2021年8月底, 2021年底, 2021-08-10. */
export function dateIn(raw: string): string | null {
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  const ymd = iso ?? /(\d{4})年(\d{1,2})月(\d{1,2})[日号]/.exec(text);
  if (ymd) {
    const d = `${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}`;
    return isIsoDate(d) ? d : null;
  }
  const ym = /(\d{4})年(\d{1,2})月(?:底|末|份|前)?/.exec(text);
  if (ym) {
    const month = Number(ym[2]);
    if (month < 1 || month > 12) return null;
    return lastDayOfMonth(Number(ym[1]), month);
  }
  const y = /(\d{4})年(?:底|末|年底|内)/.exec(text);
  return y ? `${y[1]}-12-31` : null;
}

/** 十 → 10, 二十五 → 25, 两 → 2, 一百 → 100, 15 → 15. */
export function numberOf(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const digit: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in digit) current = digit[ch]!;
    else if (ch === '十') { total += (current || 1) * 10; current = 0; }
    else if (ch === '百') { total += (current || 1) * 100; current = 0; }
  }
  return total + current;
}

function lastDayOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}

/** The same day N months later (the month's last day when it has fewer days). */
function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = Number(lastDayOfMonth(target.getUTCFullYear(), target.getUTCMonth() + 1).slice(8));
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
