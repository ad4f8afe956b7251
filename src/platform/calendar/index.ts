/**
 * Working-day calendar: holiday/调休 data, working-day arithmetic and
 * explained deadlines. Domain-free and pure; the DB-backed store builds a
 * `CalendarData` from package years plus admin-entered years.
 */
export {
  CalendarData,
  calendarYearProblems,
  type CalendarDay,
  type CalendarYear,
  type DayKind,
} from './calendar-data.js';
export { addCalendarDays, isIsoDate } from './dates.js';
export {
  computeDeadline,
  type AppliedPause,
  type CountedDay,
  type DeadlineExplanation,
  type DeadlineInput,
  type DeadlinePause,
  type DeadlineResult,
  type NamedDay,
} from './deadline.js';
export {
  DeadlineDataMissing,
  InvalidCalendarDataError,
  InvalidDateError,
  InvalidPauseError,
  InvalidWorkdayCountError,
} from './errors.js';
export { loadPackageYears, packageDataSource, parsePackageYear } from './package-data.js';
export { addWorkdays, dayKind, isWorkday, workdaysBetween } from './workdays.js';
