/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings (dates in Asia/Shanghai).
 *
 * Dates are converted to integer day numbers (days since 1970-01-01) with
 * UTC-only Date methods, so nothing here depends on the process time zone.
 */
import { InvalidDateError } from './errors.js';

/** Days since 1970-01-01; a calendar date without any time of day. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of `date`, or `undefined` when it is not a real `YYYY-MM-DD` date. */
export function tryDayNumber(date: unknown): DayNumber | undefined {
  if (typeof date !== 'string') return undefined;
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(0);
  probe.setUTCFullYear(y, mo - 1, d);
  // Round-trip check rejects 2026-02-30, month 13 and the like.
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    return undefined;
  }
  return Math.round(probe.getTime() / MS_PER_DAY);
}

/**
 * The day number of a `YYYY-MM-DD` date.
 * @throws {InvalidDateError} when `date` is not a real `YYYY-MM-DD` date.
 */
export function toDayNumber(date: unknown, field?: string): DayNumber {
  const day = tryDayNumber(date);
  if (day === undefined) throw new InvalidDateError(date, field);
  return day;
}

/** True when `date` is a real `YYYY-MM-DD` date. */
export function isIsoDate(date: unknown): date is string {
  return tryDayNumber(date) !== undefined;
}

/** The `YYYY-MM-DD` string of a day number. */
export function fromDayNumber(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** True on Saturday and Sunday. */
export function isWeekendDay(day: DayNumber): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

/** The calendar year of a day number. */
export function yearOfDay(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/**
 * `date` moved by `n` calendar days.
 * @throws {InvalidDateError} when `date` is not a real `YYYY-MM-DD` date.
 */
export function addCalendarDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}
