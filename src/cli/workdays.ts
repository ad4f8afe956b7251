/**
 * `gongkai workdays …` — working-day arithmetic from the command line.
 *
 *   workdays add DATE N       the N-th working day after DATE (DATE not counted)
 *   workdays between FROM TO  working days in (FROM, TO]
 *   workdays is DATE          workday | weekend | holiday | adjusted-workday
 *
 * Exit codes: 0 ok, 2 bad input, 3 holiday data missing for a year.
 */
import { AppError } from '../platform/errors/app-error.js';
import {
  addWorkdays,
  type CalendarData,
  dayKind,
  DeadlineDataMissing,
  workdaysBetween,
} from '../platform/calendar/index.js';

export const WORKDAYS_EXIT = { ok: 0, badInput: 2, dataMissing: 3 } as const;

const USAGE = [
  '用法：',
  '  gongkai workdays add 日期 天数        计算某日期后第N个工作日（该日期本身不计入）',
  '  gongkai workdays between 起始日期 结束日期  统计两日期之间的工作日数（不含起始日期，含结束日期）',
  '  gongkai workdays is 日期               判断日期类型：workday | weekend | holiday | adjusted-workday',
  '日期格式为 YYYY-MM-DD，例如 2026-03-02',
];

/** Thrown internally for malformed command lines. */
class UsageError extends Error {}

function expectArgs(args: string[], count: number, sub: string): void {
  if (args.length !== count) throw new UsageError(`子命令 ${sub} 需要 ${count} 个参数，实际提供了 ${args.length} 个`);
}

function parseCount(raw: string): number {
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError(`天数应为不小于 0 的整数，收到“${raw}”`);
  return n;
}

function run(cal: CalendarData, sub: string | undefined, rest: string[]): string {
  switch (sub) {
    case 'add':
      expectArgs(rest, 2, sub);
      return addWorkdays(cal, rest[0] as string, parseCount(rest[1] as string));
    case 'between':
      expectArgs(rest, 2, sub);
      return String(workdaysBetween(cal, rest[0] as string, rest[1] as string));
    case 'is':
      expectArgs(rest, 1, sub);
      return dayKind(cal, rest[0] as string);
    default:
      throw new UsageError(sub === undefined ? '缺少子命令' : `未知的子命令“${sub}”`);
  }
}

/**
 * Runs `workdays <add|between|is> …` against `cal`, writing lines to `out`.
 * Returns the exit code: 0 success, 2 bad input (message and usage printed),
 * 3 when a needed year has no holiday data (DeadlineDataMissing).
 */
export function runWorkdaysCommand(cal: CalendarData, args: string[], out: (line: string) => void): number {
  const [sub, ...rest] = args;
  try {
    out(run(cal, sub, rest));
    return WORKDAYS_EXIT.ok;
  } catch (err) {
    if (err instanceof DeadlineDataMissing) {
      out(`错误：${err.detail ?? err.title}`);
      return WORKDAYS_EXIT.dataMissing;
    }
    if (err instanceof UsageError) {
      out(`错误：${err.message}`);
      USAGE.forEach((line) => out(line));
      return WORKDAYS_EXIT.badInput;
    }
    if (err instanceof AppError && err.status === 400) {
      out(`错误：${err.detail ?? err.title}`);
      return WORKDAYS_EXIT.badInput;
    }
    throw err;
  }
}
