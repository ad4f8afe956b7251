import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CalendarData, calendarYearProblems, type CalendarYear } from './calendar-data.js';
import { addCalendarDays, fromDayNumber, isIsoDate, toDayNumber, weekdayOf, yearOfDay } from './dates.js';
import { InvalidCalendarDataError, InvalidDateError } from './errors.js';
import { addWorkdays, dayKind } from './workdays.js';

// An invented 2027 arrangement, as an administrator would enter it.
const Y2027: CalendarYear = {
  year: 2027,
  source: '国务院办公厅通知（测试数据）',
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    { date: '2027-01-02', kind: 'holiday', name: '元旦' },
    { date: '2027-01-03', kind: 'holiday', name: '元旦' },
    { date: '2027-01-09', kind: 'adjusted-workday', name: '元旦' },
  ],
};

const problemsOf = (y: CalendarYear) => calendarYearProblems(y).map((p) => p.message);

describe('CalendarData', () => {
  it('looks up entries, years and sources', () => {
    const cal = new CalendarData([Y2027]);
    assert.equal(cal.hasYear(2027), true);
    assert.equal(cal.hasYear(2026), false);
    assert.deepEqual(cal.years(), [2027]);
    assert.equal(cal.source(2027), Y2027.source);
    assert.deepEqual(cal.entry('2027-01-09'), { date: '2027-01-09', kind: 'adjusted-workday', name: '元旦' });
    assert.equal(cal.entry('2027-01-04'), undefined);
    assert.equal(dayKind(cal, '2027-01-01'), 'holiday');
    assert.equal(addWorkdays(cal, '2026-12-31', 0), '2026-12-31');
    assert.equal(addWorkdays(cal, '2027-01-01', 5), '2027-01-08');
    assert.equal(addWorkdays(cal, '2027-01-01', 6), '2027-01-09');
  });

  it('is immutable and does not share state with its input', () => {
    const days = Y2027.days.map((d) => ({ ...d }));
    const cal = new CalendarData([{ ...Y2027, days }]);
    days[0]!.kind = 'adjusted-workday';
    days.push({ date: '2027-01-04', kind: 'holiday', name: '元旦' });
    assert.equal(cal.entry('2027-01-01')?.kind, 'holiday');
    assert.equal(cal.entry('2027-01-04'), undefined);
    assert.ok(Object.isFrozen(cal));
    assert.ok(Object.isFrozen(cal.entry('2027-01-01')));
    assert.ok(Object.isFrozen(cal.year(2027)?.days));
    cal.years().push(1999);
    assert.deepEqual(cal.years(), [2027]);
  });

  it('withYears adds a year or replaces one, returning a new calendar', () => {
    const base = new CalendarData([Y2027]);
    const replaced = base.withYears([{ ...Y2027, source: 'v2', days: Y2027.days.slice(0, 1) }]);
    assert.equal(base.source(2027), Y2027.source);
    assert.equal(replaced.source(2027), 'v2');
    assert.equal(dayKind(replaced, '2027-01-02'), 'weekend');
    const added = base.withYears([{ year: 2028, source: 't', days: [{ date: '2028-01-01', kind: 'holiday', name: '元旦' }] }]);
    assert.deepEqual(added.years(), [2027, 2028]);
  });

  it('rejects inconsistent data with Chinese problems', () => {
    const bad = (days: CalendarYear['days'], extra: Partial<CalendarYear> = {}) =>
      problemsOf({ year: 2027, source: 's', days, ...extra });
    assert.deepEqual(bad([{ date: '2027-01-04', kind: 'adjusted-workday', name: '元旦' }]), [
      '2027年：调休上班日 2027-01-04 不是周六或周日',
    ]);
    assert.deepEqual(bad([{ date: '2028-01-01', kind: 'holiday', name: '元旦' }]), ['2027年：日期 2028-01-01 不属于该年度']);
    assert.deepEqual(bad([{ date: '2027-1-1', kind: 'holiday', name: '元旦' }]), ['2027年：日期“2027-1-1”格式应为 YYYY-MM-DD']);
    assert.deepEqual(
      bad([
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      ]),
      ['2027年：日期 2027-01-01 重复录入'],
    );
    assert.deepEqual(bad([{ date: '2027-01-01', kind: 'holiday', name: ' ' }]), ['2027年：2027-01-01 未填写节日名称']);
    assert.equal(bad([{ date: '2027-01-01', kind: 'off' as 'holiday', name: '元旦' }]).length, 1);
    assert.deepEqual(bad([]), ['2027年：未录入任何放假安排']);
    assert.deepEqual(bad(Y2027.days, { source: '' }), ['2027年：未注明数据来源']);
    assert.deepEqual(bad(Y2027.days, { year: 27 }), ['年份“27”无效']);
    assert.deepEqual(problemsOf(Y2027), []);
  });

  it('the constructor throws InvalidCalendarDataError (422) for bad or duplicated years', () => {
    assert.throws(
      () => new CalendarData([Y2027, Y2027]),
      (err: unknown) =>
        err instanceof InvalidCalendarDataError &&
        err.status === 422 &&
        err.code === 'INVALID_CALENDAR_DATA' &&
        err.detail === '2027年的数据重复提供',
    );
    assert.throws(
      () => new CalendarData([{ ...Y2027, days: [{ date: '2027-01-05', kind: 'adjusted-workday', name: '元旦' }] }]),
      InvalidCalendarDataError,
    );
  });
});

describe('dates', () => {
  it('converts without any time zone', () => {
    assert.equal(toDayNumber('1970-01-01'), 0);
    assert.equal(fromDayNumber(0), '1970-01-01');
    assert.equal(fromDayNumber(toDayNumber('2026-03-08')), '2026-03-08'); // US DST starts this day
    assert.equal(weekdayOf(toDayNumber('2026-02-12')), 4); // Thursday
    assert.equal(weekdayOf(toDayNumber('1969-12-28')), 0); // Sunday, before the epoch
    assert.equal(yearOfDay(toDayNumber('2026-12-31')), 2026);
    assert.equal(addCalendarDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addCalendarDays('2026-11-01', 1), '2026-11-02'); // US DST ends this day
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2026-12-31']) assert.equal(isIsoDate(ok), true, ok);
    for (const bad of ['2025-02-29', '2100-02-29', '2026-04-31', '2026-00-10', '2026-1-01', 20260101, null]) {
      assert.equal(isIsoDate(bad), false, String(bad));
    }
    assert.throws(
      () => toDayNumber('2026/03/02', 'start'),
      (err: unknown) =>
        err instanceof InvalidDateError &&
        err.status === 400 &&
        err.code === 'INVALID_DATE' &&
        err.errors?.[0]?.path === 'start' &&
        /日期格式应为 YYYY-MM-DD/.test(err.detail ?? ''),
    );
  });
});
