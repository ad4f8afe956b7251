/**
 * Working-day (工作日) arithmetic over a `CalendarData`.
 *
 * A date is a working day iff it is Mon–Fri and not a holiday, or it is a
 * listed 调休 working day (adjusted-workday). Deadlines in the 条例 are counted
 * in working days from the day AFTER the starting event (第三十一条 receipt
 * date itself is not counted), e.g. 第三十条 7 working days to ask for 补正,
 * 第三十三条 20 working days to reply plus at most 20 more.
 *
 * Every function refuses to answer for a year without data (DeadlineDataMissing);
 * it never falls back to plain Mon–Fri.
 */
import type { CalendarData, DayKind } from './calendar-data.js';
import { type DayNumber, fromDayNumber, isWeekendDay, toDayNumber, yearOfDay } from './dates.js';
import { DeadlineDataMissing, InvalidWorkdayCountError } from './errors.js';

/** One day visited while counting. */
export interface WalkStep {
  date: string;
  kind: DayKind;
  /** Festival name for holiday / adjusted-workday days. */
  name?: string;
  /** True for a working day that was not counted because a pause covers it. */
  paused: boolean;
  /** 1-based position among counted working days, `null` when not counted. */
  ordinal: number | null;
}

function classify(cal: CalendarData, day: DayNumber): { date: string; kind: DayKind; name?: string } {
  const year = yearOfDay(day);
  if (!cal.hasYear(year)) throw new DeadlineDataMissing([year]);
  const date = fromDayNumber(day);
  const entry = cal.entry(date);
  if (entry) return { date, kind: entry.kind, name: entry.name };
  return { date, kind: isWeekendDay(day) ? 'weekend' : 'workday' };
}

function isWorkingKind(kind: DayKind): boolean {
  return kind === 'workday' || kind === 'adjusted-workday';
}

/** @throws {InvalidWorkdayCountError} unless `n` is a non-negative safe integer. */
export function assertWorkdayCount(n: unknown): asserts n is number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new InvalidWorkdayCountError(n);
}

/**
 * Steps day by day after `start` until `n` working days outside pauses are
 * counted; returns the day number of the n-th one (or `start` when n = 0).
 * Internal building block of addWorkdays and computeDeadline.
 * @throws {DeadlineDataMissing} on reaching a year without data.
 */
export function walkWorkdays(
  cal: CalendarData,
  start: DayNumber,
  n: number,
  isPaused: (day: DayNumber) => boolean = () => false,
  visit?: (step: WalkStep) => void,
): DayNumber {
  let day = start;
  let counted = 0;
  while (counted < n) {
    day += 1;
    const c = classify(cal, day);
    const paused = isWorkingKind(c.kind) && isPaused(day);
    const counts = isWorkingKind(c.kind) && !paused;
    if (counts) counted += 1;
    visit?.({ ...c, paused, ordinal: counts ? counted : null });
  }
  return day;
}

/**
 * What `date` is: workday, weekend, holiday or adjusted-workday (调休上班).
 * @throws {InvalidDateError} when `date` is not `YYYY-MM-DD`.
 * @throws {DeadlineDataMissing} when the year of `date` has no data.
 */
export function dayKind(cal: CalendarData, date: string): DayKind {
  return classify(cal, toDayNumber(date)).kind;
}

/**
 * True when `date` is a working day (Mon–Fri not on holiday, or a 调休 working day).
 * @throws {InvalidDateError} when `date` is not `YYYY-MM-DD`.
 * @throws {DeadlineDataMissing} when the year of `date` has no data.
 */
export function isWorkday(cal: CalendarData, date: string): boolean {
  return isWorkingKind(dayKind(cal, date));
}

/**
 * The n-th working day after `date` (statutory counting: `date` itself is not
 * counted); `n = 0` returns `date` unchanged.
 *
 * @example
 *   addWorkdays(cal, '2026-02-12', 20); // '2026-03-18' (条例第三十三条, across 春节)
 * @throws {InvalidDateError} when `date` is not `YYYY-MM-DD`.
 * @throws {InvalidWorkdayCountError} unless `n` is a non-negative integer.
 * @throws {DeadlineDataMissing} when a day to be counted lies in a year without data.
 */
export function addWorkdays(cal: CalendarData, date: string, n: number): string {
  const start = toDayNumber(date);
  assertWorkdayCount(n);
  return fromDayNumber(walkWorkdays(cal, start, n));
}

/**
 * Number of working days in the half-open range (from, to], i.e. counted the
 * way addWorkdays counts: `from` excluded, `to` included. 0 when `to` equals
 * `from`; when `to` is before `from` the result is the negated count of
 * (to, from], so `workdaysBetween(a, b) === -workdaysBetween(b, a)`.
 * For n > 0, `workdaysBetween(cal, d, addWorkdays(cal, d, n)) === n`.
 *
 * @throws {InvalidDateError} when a date is not `YYYY-MM-DD`.
 * @throws {DeadlineDataMissing} listing every year in the range without data.
 */
export function workdaysBetween(cal: CalendarData, from: string, to: string): number {
  const a = toDayNumber(from, 'from');
  const b = toDayNumber(to, 'to');
  if (b < a) return -countWorkdays(cal, b, a);
  return countWorkdays(cal, a, b);
}

/** Working days in (a, b] with a <= b. */
function countWorkdays(cal: CalendarData, a: DayNumber, b: DayNumber): number {
  if (a === b) return 0;
  const missing: number[] = [];
  for (let y = yearOfDay(a + 1); y <= yearOfDay(b); y += 1) if (!cal.hasYear(y)) missing.push(y);
  if (missing.length > 0) throw new DeadlineDataMissing(missing);
  let count = 0;
  for (let day = a + 1; day <= b; day += 1) if (isWorkingKind(classify(cal, day).kind)) count += 1;
  return count;
}
