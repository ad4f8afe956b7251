import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CalendarData } from './calendar-data.js';
import { fromDayNumber, toDayNumber } from './dates.js';
import { computeDeadline, type DeadlineExplanation } from './deadline.js';
import { DeadlineDataMissing, InvalidDateError, InvalidPauseError, InvalidWorkdayCountError } from './errors.js';
import { loadPackageYears } from './package-data.js';
import { addWorkdays, workdaysBetween } from './workdays.js';

const cal = new CalendarData(loadPackageYears());
const THIRD_PARTY = '征求第三方意见'; // 条例第三十二条, not counted per 第三十三条

/** Every calendar day in (start, due] is exactly one of: counted, holiday, plain weekend, or paused working day. */
function assertAccountsForEveryDay(e: DeadlineExplanation): void {
  const days = toDayNumber(e.due) - toDayNumber(e.start);
  const counted = e.countedDays.length;
  assert.equal(counted + e.holidays.length + e.weekendDaysSkipped + e.pausedWorkdays, days);
  assert.equal(counted, e.workdays);
  e.countedDays.forEach((c, i) => assert.equal(c.ordinal, i + 1));
  if (e.workdays > 0) assert.equal(e.countedDays.at(-1)?.date, e.due);
}

describe('computeDeadline without pauses', () => {
  it('explains 20 working days across 春节 2026 (条例第三十三条)', () => {
    const { due, explanation: e } = computeDeadline(cal, { start: '2026-02-12', workdays: 20 });
    assert.equal(due, '2026-03-18');
    assert.equal(e.start, '2026-02-12');
    assert.equal(e.workdays, 20);
    assert.equal(e.due, due);
    assert.deepEqual(
      e.holidays,
      ['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => ({ date: `2026-02-${d}`, name: '春节' })),
    );
    assert.deepEqual(e.adjustedWorkdays, [
      { date: '2026-02-14', name: '春节' },
      { date: '2026-02-28', name: '春节' },
    ]);
    assert.deepEqual(e.countedDays.slice(0, 3), [
      { date: '2026-02-13', ordinal: 1 },
      { date: '2026-02-14', ordinal: 2 },
      { date: '2026-02-24', ordinal: 3 },
    ]);
    assert.deepEqual(e.countedDays[6], { date: '2026-02-28', ordinal: 7 });
    assert.equal(e.weekendDaysSkipped, 5); // 03-01, 03-07, 03-08, 03-14, 03-15
    assert.deepEqual(e.pauses, []);
    assert.equal(e.pausedWorkdays, 0);
    assert.deepEqual(e.calendarSources, [{ year: 2026, source: 'chinese-days@1.5.7' }]);
    assert.equal(e.summary, '自2026-02-12（收到之日，不计入）起算20个工作日，期间遇春节假期9天、调休上班日2天，截止于2026-03-18');
    assertAccountsForEveryDay(e);
  });

  it('explains the 40-day extended period across 春节 and 清明', () => {
    const { due, explanation: e } = computeDeadline(cal, { start: '2026-02-12', workdays: 40 });
    assert.equal(due, '2026-04-16');
    assert.equal(e.summary, '自2026-02-12（收到之日，不计入）起算40个工作日，期间遇春节假期9天、清明假期3天、调休上班日2天，截止于2026-04-16');
    assertAccountsForEveryDay(e);
  });

  it('explains 国庆节、中秋节 2025 (the package names 10-06 中秋)', () => {
    const { due, explanation: e } = computeDeadline(cal, { start: '2025-09-26', workdays: 20 });
    assert.equal(due, '2025-10-30');
    assert.equal(e.summary, '自2025-09-26（收到之日，不计入）起算20个工作日，期间遇国庆节假期7天、中秋假期1天、调休上班日2天，截止于2025-10-30');
    assert.deepEqual(e.adjustedWorkdays.map((d) => d.date), ['2025-09-28', '2025-10-11']);
    assertAccountsForEveryDay(e);
  });

  it('explains a period crossing the new year with both years’ sources', () => {
    const { due, explanation: e } = computeDeadline(cal, { start: '2025-12-20', workdays: 20, startLabel: '收到补正材料之日' });
    assert.equal(due, addWorkdays(cal, '2025-12-20', 20));
    assert.deepEqual(e.calendarSources.map((s) => s.year), [2025, 2026]);
    assert.match(e.summary, /^自2025-12-20（收到补正材料之日，不计入）起算20个工作日，期间遇元旦假期3天、调休上班日1天，截止于/);
  });

  it('says so when nothing special happens, and handles 0 working days', () => {
    assert.equal(
      computeDeadline(cal, { start: '2026-03-02', workdays: 3 }).explanation.summary,
      '自2026-03-02（收到之日，不计入）起算3个工作日，期间无节假日及调休，截止于2026-03-05',
    );
    const zero = computeDeadline(cal, { start: '2026-03-02', workdays: 0 });
    assert.equal(zero.due, '2026-03-02');
    assert.deepEqual(zero.explanation.countedDays, []);
  });
});

describe('computeDeadline with pauses (条例第三十三条: consultation time not counted)', () => {
  it('a pause shifts the due date by exactly the working days it covers', () => {
    const { due, explanation: e } = computeDeadline(cal, {
      start: '2026-02-12',
      workdays: 20,
      pauses: [{ from: '2026-03-02', to: '2026-03-04', reason: THIRD_PARTY }],
    });
    assert.equal(due, addWorkdays(cal, '2026-03-18', 3));
    assert.equal(due, '2026-03-23');
    assert.deepEqual(e.pauses, [
      { from: '2026-03-02', to: '2026-03-04', reason: THIRD_PARTY, removedDays: ['2026-03-02', '2026-03-03', '2026-03-04'] },
    ]);
    assert.equal(e.pausedWorkdays, 3);
    assert.equal(
      e.summary,
      '自2026-02-12（收到之日，不计入）起算20个工作日，期间遇春节假期9天、调休上班日2天，另扣除暂停计算的工作日3天（征求第三方意见3天），截止于2026-03-23',
    );
    assertAccountsForEveryDay(e);
  });

  it('shift equals the pause’s working days for many pauses inside the period (property-style)', () => {
    for (let s = toDayNumber('2024-01-02'); s <= toDayNumber('2026-09-30'); s += 7) {
      const start = fromDayNumber(s);
      const plain = addWorkdays(cal, start, 20);
      for (const [offset, length] of [[1, 1], [2, 5], [5, 14], [10, 3]] as const) {
        const from = fromDayNumber(s + offset);
        const to = fromDayNumber(Math.min(s + offset + length - 1, toDayNumber(plain)));
        const covered = workdaysBetween(cal, fromDayNumber(toDayNumber(from) - 1), to);
        const r = computeDeadline(cal, { start, workdays: 20, pauses: [{ from, to, reason: '补正' }] });
        if (r.due !== addWorkdays(cal, plain, covered) || r.explanation.pausedWorkdays !== covered) {
          assert.fail(`${start} pause ${from}..${to}: ${r.due}, covered ${covered}`);
        }
        assertAccountsForEveryDay(r.explanation);
      }
    }
  });

  it('a pause on non-working days only (春节) changes nothing and is not mentioned in the summary', () => {
    const r = computeDeadline(cal, {
      start: '2026-02-12',
      workdays: 20,
      pauses: [{ from: '2026-02-15', to: '2026-02-23', reason: THIRD_PARTY }],
    });
    assert.equal(r.due, '2026-03-18');
    assert.deepEqual(r.explanation.pauses[0]?.removedDays, []);
    assert.doesNotMatch(r.explanation.summary, /暂停/);
  });

  it('pauses before the start or after the due date have no effect; one straddling the start counts only after it', () => {
    const base = { start: '2026-03-02', workdays: 5 };
    const at = (from: string, to: string) => computeDeadline(cal, { ...base, pauses: [{ from, to, reason: '补正' }] });
    assert.equal(computeDeadline(cal, base).due, '2026-03-09');
    assert.equal(at('2026-02-24', '2026-03-02').due, '2026-03-09');
    assert.equal(at('2026-03-10', '2026-03-20').due, '2026-03-09');
    const straddle = at('2026-02-24', '2026-03-03');
    assert.equal(straddle.due, '2026-03-10');
    assert.deepEqual(straddle.explanation.pauses[0]?.removedDays, ['2026-03-03']);
  });

  it('overlapping and adjacent pauses remove each working day once (first listed pause gets it)', () => {
    const union = computeDeadline(cal, {
      start: '2026-02-12',
      workdays: 20,
      pauses: [{ from: '2026-03-02', to: '2026-03-06', reason: THIRD_PARTY }],
    });
    const overlapping = computeDeadline(cal, {
      start: '2026-02-12',
      workdays: 20,
      pauses: [
        { from: '2026-03-02', to: '2026-03-04', reason: THIRD_PARTY },
        { from: '2026-03-03', to: '2026-03-06', reason: '征求其他机关意见' },
      ],
    });
    const adjacent = computeDeadline(cal, {
      start: '2026-02-12',
      workdays: 20,
      pauses: [
        { from: '2026-03-02', to: '2026-03-03', reason: THIRD_PARTY },
        { from: '2026-03-04', to: '2026-03-06', reason: '征求其他机关意见' },
      ],
    });
    assert.equal(union.due, addWorkdays(cal, '2026-03-18', 5));
    assert.equal(overlapping.due, union.due);
    assert.equal(adjacent.due, union.due);
    assert.deepEqual(
      overlapping.explanation.pauses.map((p) => p.removedDays),
      [['2026-03-02', '2026-03-03', '2026-03-04'], ['2026-03-05', '2026-03-06']],
    );
    assert.equal(overlapping.explanation.pausedWorkdays, 5);
    assert.match(overlapping.explanation.summary, /另扣除暂停计算的工作日5天（征求第三方意见3天、征求其他机关意见2天）/);
    const duplicate = computeDeadline(cal, {
      start: '2026-02-12',
      workdays: 20,
      pauses: [union.explanation.pauses[0]!, union.explanation.pauses[0]!],
    });
    assert.equal(duplicate.due, union.due);
    assert.deepEqual(duplicate.explanation.pauses[1]?.removedDays, []);
  });

  it('a pause that pushes the period into 2027 reports the missing year', () => {
    assert.throws(
      () =>
        computeDeadline(cal, {
          start: '2026-12-01',
          workdays: 20,
          pauses: [{ from: '2026-12-01', to: '2026-12-31', reason: THIRD_PARTY }],
        }),
      (err: unknown) => err instanceof DeadlineDataMissing && err.missingYears.join() === '2027',
    );
  });

  it('validates its input', () => {
    const pause = (from: string, to: string) => [{ from, to, reason: '补正' }];
    assert.throws(() => computeDeadline(cal, { start: '2026-3-2', workdays: 1 }), InvalidDateError);
    assert.throws(() => computeDeadline(cal, { start: '2026-03-02', workdays: -1 }), InvalidWorkdayCountError);
    assert.throws(
      () => computeDeadline(cal, { start: '2026-03-02', workdays: 1, pauses: pause('2026-03-05', '2026-03-04') }),
      InvalidPauseError,
    );
    assert.throws(
      () => computeDeadline(cal, { start: '2026-03-02', workdays: 1, pauses: pause('2026-03-05', 'soon') }),
      (err: unknown) => err instanceof InvalidDateError && err.errors?.[0]?.path === 'pauses[0].to',
    );
  });
});
