import { AppError, type FieldProblem } from '../errors/app-error.js';

/**
 * 422: a working-day computation needs a year whose holiday/调休 arrangement
 * has not been entered. The calendar never falls back to plain Mon–Fri,
 * because the State Council publishes each year's arrangement separately
 * (usually in Oct–Nov of the year before) and a guessed deadline is a wrong one.
 *
 * @example
 *   throw new DeadlineDataMissing([2027]);
 */
export class DeadlineDataMissing extends AppError {
  readonly missingYears: readonly number[];

  constructor(missingYears: readonly number[]) {
    const years = [...new Set(missingYears)].sort((a, b) => a - b);
    super({
      code: 'DEADLINE_DATA_MISSING',
      status: 422,
      title: '缺少节假日安排数据',
      detail: `缺少${years.join('、')}年节假日安排数据，无法计算工作日期限，请先在“工作日历”中录入该年度放假安排`,
      extensions: { missingYears: years },
    });
    this.missingYears = Object.freeze(years);
  }
}

/** 400: a date is not a real calendar date written as `YYYY-MM-DD`. */
export class InvalidDateError extends AppError {
  constructor(input: unknown, field?: string) {
    const message = `日期格式应为 YYYY-MM-DD（如 2026-03-02），且须为实际存在的日期，收到“${String(input)}”`;
    super({
      code: 'INVALID_DATE',
      status: 400,
      title: '日期格式有误',
      detail: field ? `${field}：${message}` : message,
      errors: field ? [{ path: field, message }] : undefined,
    });
  }
}

/** 400: a number of working days is not a non-negative integer. */
export class InvalidWorkdayCountError extends AppError {
  constructor(input: unknown) {
    super({
      code: 'INVALID_WORKDAY_COUNT',
      status: 400,
      title: '工作日数量有误',
      detail: `工作日数量应为不小于 0 的整数，收到“${String(input)}”`,
    });
  }
}

/** 400: a pause (暂停计算期间) ends before it starts. */
export class InvalidPauseError extends AppError {
  constructor(from: string, to: string) {
    super({
      code: 'INVALID_DEADLINE_PAUSE',
      status: 400,
      title: '暂停计算期间有误',
      detail: `暂停计算期间的结束日期（${to}）不能早于开始日期（${from}）`,
    });
  }
}

/** 422: a holiday year (package or admin-entered) is inconsistent; `errors` lists each problem. */
export class InvalidCalendarDataError extends AppError {
  constructor(problems: FieldProblem[]) {
    super({
      code: 'INVALID_CALENDAR_DATA',
      status: 422,
      title: '节假日安排数据有误',
      detail: problems.map((p) => p.message).join('；'),
      errors: problems,
    });
  }
}
