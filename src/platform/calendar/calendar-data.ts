/**
 * Holiday and 调休 data as an immutable value. Only exceptions to the Mon–Fri
 * week are stored: 放假 days (`holiday`, including weekend days inside a
 * holiday block) and weekend days worked in exchange (`adjusted-workday`).
 * A year is either fully known (present) or unknown (absent); absent years
 * are never treated as plain Mon–Fri.
 */
import type { FieldProblem } from '../errors/app-error.js';
import { isWeekendDay, tryDayNumber } from './dates.js';
import { InvalidCalendarDataError } from './errors.js';

/** What a date is for working-day counting. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';

/** A date that departs from the Mon–Fri week. */
export interface CalendarDay {
  /** `YYYY-MM-DD`, a calendar date in Asia/Shanghai. */
  readonly date: string;
  readonly kind: 'holiday' | 'adjusted-workday';
  /** Chinese festival name, e.g. `春节`; for an adjusted workday, the festival it belongs to. */
  readonly name: string;
}

/** One year's complete arrangement and where it came from. */
export interface CalendarYear {
  readonly year: number;
  readonly days: readonly CalendarDay[];
  /** Provenance, e.g. `chinese-days@1.5.7` or the State Council notice URL. */
  readonly source: string;
}

const KINDS: ReadonlySet<string> = new Set(['holiday', 'adjusted-workday']);

/** Chinese descriptions of everything wrong with one year's data (empty when it is valid). */
export function calendarYearProblems(data: CalendarYear): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { year } = data;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    return [{ path: 'year', message: `年份“${String(year)}”无效` }];
  }
  if (typeof data.source !== 'string' || data.source.trim() === '') {
    problems.push({ path: 'source', message: `${year}年：未注明数据来源` });
  }
  if (!Array.isArray(data.days) || data.days.length === 0) {
    problems.push({ path: 'days', message: `${year}年：未录入任何放假安排` });
    return problems;
  }
  const seen = new Set<string>();
  data.days.forEach((d, i) => {
    const path = `days/${i}`;
    const day = tryDayNumber(d.date);
    if (day === undefined) {
      problems.push({ path, message: `${year}年：日期“${String(d.date)}”格式应为 YYYY-MM-DD` });
      return;
    }
    if (!d.date.startsWith(`${year}-`)) {
      problems.push({ path, message: `${year}年：日期 ${d.date} 不属于该年度` });
    }
    if (seen.has(d.date)) problems.push({ path, message: `${year}年：日期 ${d.date} 重复录入` });
    seen.add(d.date);
    if (!KINDS.has(d.kind)) {
      problems.push({ path, message: `${year}年：${d.date} 的类型应为放假（holiday）或调休上班（adjusted-workday）` });
    } else if (d.kind === 'adjusted-workday' && !isWeekendDay(day)) {
      // 调休 only ever moves work onto a Saturday or Sunday; a weekday entry is a typo.
      problems.push({ path, message: `${year}年：调休上班日 ${d.date} 不是周六或周日` });
    }
    if (typeof d.name !== 'string' || d.name.trim() === '') {
      problems.push({ path, message: `${year}年：${d.date} 未填写节日名称` });
    }
  });
  return problems;
}

function freezeYear(y: CalendarYear): CalendarYear {
  const days = y.days
    .map((d) => Object.freeze({ date: d.date, kind: d.kind, name: d.name }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze({ year: y.year, source: y.source, days: Object.freeze(days) });
}

/**
 * Immutable lookup over a set of calendar years.
 *
 * @example
 *   const cal = new CalendarData(loadPackageYears());
 *   cal.entry('2026-02-16'); // { date: '2026-02-16', kind: 'holiday', name: '春节' }
 */
export class CalendarData {
  readonly #years: ReadonlyMap<number, CalendarYear>;
  readonly #days: ReadonlyMap<string, CalendarDay>;

  /** @throws {InvalidCalendarDataError} when a year is inconsistent or given twice. */
  constructor(years: readonly CalendarYear[]) {
    const problems: FieldProblem[] = [];
    const byYear = new Map<number, CalendarYear>();
    const byDate = new Map<string, CalendarDay>();
    for (const y of years) {
      problems.push(...calendarYearProblems(y));
      if (byYear.has(y.year)) problems.push({ path: 'year', message: `${y.year}年的数据重复提供` });
      const frozen = freezeYear(y);
      byYear.set(y.year, frozen);
      for (const d of frozen.days) byDate.set(d.date, d);
    }
    if (problems.length > 0) throw new InvalidCalendarDataError(problems);
    this.#years = byYear;
    this.#days = byDate;
    Object.freeze(this);
  }

  /** True when the arrangement for `year` is known. */
  hasYear(year: number): boolean {
    return this.#years.has(year);
  }

  /** The known years, ascending. */
  years(): number[] {
    return [...this.#years.keys()].sort((a, b) => a - b);
  }

  /** One known year's data (frozen), or `undefined`. */
  year(year: number): CalendarYear | undefined {
    return this.#years.get(year);
  }

  /** Where a known year's data came from, or `undefined`. */
  source(year: number): string | undefined {
    return this.#years.get(year)?.source;
  }

  /** The holiday / adjusted-workday entry on `date`, or `undefined` for an ordinary day or unknown year. */
  entry(date: string): CalendarDay | undefined {
    return this.#days.get(date);
  }

  /**
   * A new calendar with `years` added, replacing same-numbered years
   * (e.g. admin-entered years overriding package data).
   * @throws {InvalidCalendarDataError} when a new year is inconsistent.
   */
  withYears(years: readonly CalendarYear[]): CalendarData {
    const replaced = new Set(years.map((y) => y.year));
    const kept = [...this.#years.values()].filter((y) => !replaced.has(y.year));
    return new CalendarData([...kept, ...years]);
  }
}
