/**
 * Deadlines in working days with pauses, and an explanation a person can check.
 *
 * 条例第三十三条: reply within 20 working days of receipt (extendable by at most
 * 20); time spent consulting third parties or other organs (第三十二条、第三十四条)
 * is not counted. 第三十条: after 补正 the period restarts from the receipt of the
 * supplemented application — callers model that with a new `start`, while a
 * pause models time that simply does not count.
 */
import type { CalendarData } from './calendar-data.js';
import { type DayNumber, fromDayNumber, toDayNumber, yearOfDay } from './dates.js';
import { InvalidPauseError } from './errors.js';
import { assertWorkdayCount, walkWorkdays, type WalkStep } from './workdays.js';

/** A period whose working days are not counted; `to` is inclusive. */
export interface DeadlinePause {
  from: string;
  to: string;
  /** Chinese reason shown to people, e.g. `征求第三方意见`. */
  reason: string;
}

export interface DeadlineInput {
  /** The starting date (e.g. 收到申请之日); not itself counted. */
  start: string;
  /** Working days allowed, e.g. 20 (条例第三十三条). */
  workdays: number;
  pauses?: readonly DeadlinePause[];
  /** How the summary names the start date; defaults to `收到之日`. */
  startLabel?: string;
}

export interface CountedDay {
  date: string;
  /** 1-based: the n-th working day counted. */
  ordinal: number;
}

export interface NamedDay {
  date: string;
  name: string;
}

export interface AppliedPause extends DeadlinePause {
  /** Working days this pause removed from the count (a day covered by several pauses goes to the first listed). */
  removedDays: string[];
}

/** Everything needed to show how a due date was reached. */
export interface DeadlineExplanation {
  start: string;
  startLabel: string;
  workdays: number;
  due: string;
  countedDays: CountedDay[];
  /** Holiday days passed (including weekend days inside a holiday block). */
  holidays: NamedDay[];
  /** 调休 weekend days worked (and counted unless paused). */
  adjustedWorkdays: NamedDay[];
  /** Ordinary Saturdays and Sundays passed. */
  weekendDaysSkipped: number;
  pauses: AppliedPause[];
  /** Total working days removed by pauses. */
  pausedWorkdays: number;
  /** Provenance of each year's data that was used. */
  calendarSources: { year: number; source: string }[];
  /** One Chinese sentence, e.g. `自2026-02-12（收到之日，不计入）起算20个工作日，…，截止于2026-03-18`. */
  summary: string;
}

export interface DeadlineResult {
  due: string;
  explanation: DeadlineExplanation;
}

interface ParsedPause {
  pause: DeadlinePause;
  from: DayNumber;
  to: DayNumber;
}

function parsePauses(pauses: readonly DeadlinePause[]): ParsedPause[] {
  return pauses.map((pause, i) => {
    const from = toDayNumber(pause.from, `pauses[${i}].from`);
    const to = toDayNumber(pause.to, `pauses[${i}].to`);
    if (to < from) throw new InvalidPauseError(pause.from, pause.to);
    return { pause, from, to };
  });
}

/**
 * The due date of a period of `workdays` working days after `start`, not
 * counting working days inside any pause, with its explanation.
 *
 * @example
 *   computeDeadline(cal, { start: '2026-02-12', workdays: 20 }).due; // '2026-03-18'
 * @throws {InvalidDateError} when a date is not `YYYY-MM-DD`.
 * @throws {InvalidWorkdayCountError} unless `workdays` is a non-negative integer.
 * @throws {InvalidPauseError} when a pause ends before it starts.
 * @throws {DeadlineDataMissing} when a day to be counted lies in a year without data.
 */
export function computeDeadline(cal: CalendarData, input: DeadlineInput): DeadlineResult {
  const start = toDayNumber(input.start, 'start');
  assertWorkdayCount(input.workdays);
  const parsed = parsePauses(input.pauses ?? []);
  const pauses: AppliedPause[] = parsed.map((p) => ({ ...p.pause, removedDays: [] }));
  const coveringPause = (day: DayNumber): number => parsed.findIndex((p) => day >= p.from && day <= p.to);

  const steps: WalkStep[] = [];
  const dueDay = walkWorkdays(cal, start, input.workdays, (day) => coveringPause(day) >= 0, (s) => steps.push(s));
  for (const s of steps) if (s.paused) pauses[coveringPause(toDayNumber(s.date))]?.removedDays.push(s.date);

  const explanation = explain(cal, input, fromDayNumber(dueDay), steps, pauses);
  return { due: explanation.due, explanation };
}

function explain(
  cal: CalendarData,
  input: DeadlineInput,
  due: string,
  steps: WalkStep[],
  pauses: AppliedPause[],
): DeadlineExplanation {
  const named = (kind: WalkStep['kind']): NamedDay[] =>
    steps.filter((s) => s.kind === kind).map((s) => ({ date: s.date, name: s.name ?? '' }));
  const years = new Set(steps.map((s) => yearOfDay(toDayNumber(s.date))));
  const explanation: DeadlineExplanation = {
    start: input.start,
    startLabel: input.startLabel ?? '收到之日',
    workdays: input.workdays,
    due,
    countedDays: steps.flatMap((s) => (s.ordinal === null ? [] : [{ date: s.date, ordinal: s.ordinal }])),
    holidays: named('holiday'),
    adjustedWorkdays: named('adjusted-workday'),
    weekendDaysSkipped: steps.filter((s) => s.kind === 'weekend').length,
    pauses,
    pausedWorkdays: pauses.reduce((sum, p) => sum + p.removedDays.length, 0),
    calendarSources: [...years].sort((a, b) => a - b).map((year) => ({ year, source: cal.source(year) ?? '' })),
    summary: '',
  };
  explanation.summary = summarize(explanation);
  return explanation;
}

/** Chinese one-sentence account of a deadline computation. */
export function summarize(e: Omit<DeadlineExplanation, 'summary'>): string {
  const perHoliday = new Map<string, number>();
  for (const h of e.holidays) perHoliday.set(h.name, (perHoliday.get(h.name) ?? 0) + 1);
  const met = [...perHoliday].map(([name, days]) => `${name}假期${days}天`);
  if (e.adjustedWorkdays.length > 0) met.push(`调休上班日${e.adjustedWorkdays.length}天`);
  const during = met.length > 0 ? `期间遇${met.join('、')}` : '期间无节假日及调休';
  const effective = e.pauses.filter((p) => p.removedDays.length > 0);
  const paused =
    effective.length > 0
      ? `，另扣除暂停计算的工作日${e.pausedWorkdays}天（${effective
          .map((p) => `${p.reason}${p.removedDays.length}天`)
          .join('、')}）`
      : '';
  return `自${e.start}（${e.startLabel}，不计入）起算${e.workdays}个工作日，${during}${paused}，截止于${e.due}`;
}
