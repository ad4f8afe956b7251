import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { CalendarData } from './calendar-data.js';
import { fromDayNumber, toDayNumber } from './dates.js';
import { computeDeadline } from './deadline.js';
import { DeadlineDataMissing, InvalidDateError, InvalidWorkdayCountError } from './errors.js';
import { loadPackageYears } from './package-data.js';
import { addWorkdays, dayKind, isWorkday, workdaysBetween } from './workdays.js';

const cal = new CalendarData(loadPackageYears());

const isMissing = (years: number[]) => (err: unknown) => {
  assert.ok(err instanceof DeadlineDataMissing);
  assert.equal(err.code, 'DEADLINE_DATA_MISSING');
  assert.equal(err.status, 422);
  assert.deepEqual(err.extensions, { missingYears: years });
  assert.deepEqual(err.missingYears, years);
  assert.match(err.detail ?? '', new RegExp(`^缺少${years.join('、')}年节假日安排数据，无法计算工作日期限`));
  return true;
};

describe('worked checks from domain.md §8', () => {
  const checks: [string, number, string, string][] = [
    ['2026-02-12', 7, '2026-02-28', '条例第三十条: 补正 notice within 7 working days; lands on a 调休 Saturday'],
    ['2026-02-12', 15, '2026-03-11', '15 working days (e.g. 第三十二条 third-party answer)'],
    ['2026-02-12', 20, '2026-03-18', '条例第三十三条: 20 working days across 春节'],
    ['2026-02-12', 40, '2026-04-16', '条例第三十三条: 20 + 20 with extension, across 春节 and 清明'],
    ['2025-09-26', 20, '2025-10-30', '20 working days across 国庆节、中秋节 2025'],
    ['2026-09-18', 20, '2026-10-22', '20 working days across 中秋 and 国庆 2026'],
    // 09-30 Wed; 10-01..10-07 off; 10-08 Thu = 1, 10-09 Fri = 2, 10-10 Sat (调休) = 3.
    ['2026-09-30', 3, '2026-10-10', '3 working days straight into 国庆, ending on a 调休 Saturday'],
  ];
  for (const [start, n, due, why] of checks) {
    it(`${start} + ${n} = ${due} (${why})`, () => {
      assert.equal(addWorkdays(cal, start, n), due);
      assert.equal(computeDeadline(cal, { start, workdays: n }).due, due);
      assert.equal(workdaysBetween(cal, start, due), n);
    });
  }
});

describe('dayKind / isWorkday', () => {
  const kinds: [string, string][] = [
    ['2026-03-02', 'workday'], // Monday
    ['2026-03-07', 'weekend'],
    ['2026-02-16', 'holiday'], // 春节, Monday
    ['2026-02-21', 'holiday'], // Saturday inside the 春节 block
    ['2026-02-28', 'adjusted-workday'],
    ['2026-01-04', 'adjusted-workday'], // Sunday worked for 元旦
    ['2004-01-01', 'holiday'],
    ['2026-12-31', 'workday'],
  ];
  for (const [date, kind] of kinds) {
    it(`${date} is ${kind}`, () => {
      assert.equal(dayKind(cal, date), kind);
      assert.equal(isWorkday(cal, date), kind === 'workday' || kind === 'adjusted-workday');
    });
  }

  it('refuses to guess for years without data (2027 would otherwise look like a Friday workday)', () => {
    assert.throws(() => dayKind(cal, '2027-01-01'), isMissing([2027]));
    assert.throws(() => isWorkday(cal, '2003-12-31'), isMissing([2003]));
  });

  it('rejects malformed and impossible dates', () => {
    for (const bad of ['2026-2-3', '2026-02-30', '20260203', '2026-13-01', '', ' 2026-02-03', '2026-02-03T00:00']) {
      assert.throws(() => dayKind(cal, bad), InvalidDateError, bad);
    }
    assert.throws(() => dayKind(cal, '2026-02-30'), /日期格式应为 YYYY-MM-DD/);
  });

  it('agrees, for every day 2004–2026, with a naive reading of the raw package JSON', () => {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('chinese-days/package.json')), 'dist', 'years');
    for (let year = 2004; year <= 2026; year += 1) {
      const raw = JSON.parse(readFileSync(join(dir, `${year}.json`), 'utf8')) as Record<string, object>;
      for (let d = toDayNumber(`${year}-01-01`); d <= toDayNumber(`${year}-12-31`); d += 1) {
        const date = fromDayNumber(d);
        const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
        const expected =
          date in (raw.holidays ?? {})
            ? 'holiday'
            : date in (raw.workdays ?? {})
              ? 'adjusted-workday'
              : weekday === 0 || weekday === 6
                ? 'weekend'
                : 'workday';
        if (dayKind(cal, date) !== expected) assert.fail(`${date}: ${dayKind(cal, date)} !== ${expected}`);
      }
    }
  });
});

describe('addWorkdays', () => {
  it('does not count the start date and n = 0 returns it unchanged (even on a holiday or without data)', () => {
    assert.equal(addWorkdays(cal, '2026-03-02', 1), '2026-03-03');
    assert.equal(addWorkdays(cal, '2026-02-16', 0), '2026-02-16');
    assert.equal(addWorkdays(cal, '2027-06-01', 0), '2027-06-01');
  });

  it('counts from a non-working start day to the next working day', () => {
    assert.equal(addWorkdays(cal, '2026-02-15', 1), '2026-02-24'); // received during 春节
    assert.equal(addWorkdays(cal, '2026-03-07', 1), '2026-03-09'); // received on a Saturday
  });

  it('reaches the last days with data but refuses to step into 2027', () => {
    assert.equal(addWorkdays(cal, '2026-12-24', 5), '2026-12-31');
    assert.throws(() => addWorkdays(cal, '2026-12-24', 6), isMissing([2027]));
    assert.throws(() => addWorkdays(cal, '2026-12-20', 20), isMissing([2027]));
  });

  it('refuses 2003 but a start on 2003-12-31 needs only 2004', () => {
    assert.throws(() => addWorkdays(cal, '2003-12-20', 5), isMissing([2003]));
    assert.equal(addWorkdays(cal, '2003-12-31', 1), '2004-01-02'); // 2004-01-01 元旦
  });

  it('rejects a negative, fractional or non-numeric count', () => {
    for (const n of [-1, 1.5, Number.NaN, Infinity]) {
      assert.throws(() => addWorkdays(cal, '2026-03-02', n), InvalidWorkdayCountError, String(n));
    }
  });
});

describe('workdaysBetween', () => {
  it('counts (from, to], is 0 for the same day and negative when reversed', () => {
    assert.equal(workdaysBetween(cal, '2026-03-02', '2026-03-02'), 0);
    assert.equal(workdaysBetween(cal, '2026-03-02', '2026-03-03'), 1);
    assert.equal(workdaysBetween(cal, '2026-03-06', '2026-03-08'), 0);
    assert.equal(workdaysBetween(cal, '2026-02-12', '2026-03-18'), 20);
    assert.equal(workdaysBetween(cal, '2026-03-18', '2026-02-12'), -20);
  });

  it('counts whole years: 2026 has 248 working days (after 2025-12-31, up to 2026-12-31)', () => {
    // 261 Mon–Fri − 19 holidays on weekdays (元旦2 春节6 清明1 劳动节3 端午1 中秋1 国庆5) + 6 调休 days = 248.
    assert.equal(workdaysBetween(cal, '2025-12-31', '2026-12-31'), 248);
  });

  it('lists every missing year in the range', () => {
    assert.throws(() => workdaysBetween(cal, '2026-12-01', '2028-01-10'), isMissing([2027, 2028]));
    assert.throws(() => workdaysBetween(cal, '2004-06-01', '2003-06-01'), isMissing([2003]));
  });

  it('is consistent with addWorkdays for every start 2024-01-01 … 2026-10-31 (property-style)', () => {
    const counts = [1, 2, 3, 5, 7, 15, 20, 40];
    for (let d = toDayNumber('2024-01-01'); d <= toDayNumber('2026-10-31'); d += 1) {
      const start = fromDayNumber(d);
      for (const n of counts) {
        const due = addWorkdays(cal, start, n);
        const ok =
          isWorkday(cal, due) &&
          workdaysBetween(cal, start, due) === n &&
          workdaysBetween(cal, start, fromDayNumber(toDayNumber(due) - 1)) === n - 1 &&
          workdaysBetween(cal, due, start) === -n;
        if (!ok) assert.fail(`inconsistent for ${start} + ${n} = ${due}`);
      }
    }
  });

  it('is additive: between(a, b) + between(b, c) = between(a, c)', () => {
    let seed = 42;
    const rand = (max: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % max;
    };
    const base = toDayNumber('2004-01-01');
    const span = toDayNumber('2026-12-31') - base;
    for (let i = 0; i < 300; i += 1) {
      const [a, b, c] = [rand(span), rand(span), rand(span)].map((x) => fromDayNumber(base + x)) as [
        string,
        string,
        string,
      ];
      assert.equal(
        workdaysBetween(cal, a, b) + workdaysBetween(cal, b, c),
        workdaysBetween(cal, a, c),
        `${a} ${b} ${c}`,
      );
    }
  });
});

describe('time-zone independence', () => {
  const fingerprint = () =>
    JSON.stringify([
      addWorkdays(cal, '2026-02-12', 20),
      addWorkdays(cal, '2025-09-26', 20),
      addWorkdays(cal, '2026-09-30', 3),
      workdaysBetween(cal, '2024-03-09', '2026-11-03'),
      ['2026-02-28', '2026-02-21', '2026-03-07', '2026-03-09', '2024-03-10', '2024-11-03'].map((d) => dayKind(cal, d)),
      computeDeadline(cal, { start: '2026-02-12', workdays: 40 }).explanation,
    ]);

  it('gives identical results under New York (with its DST switches), Shanghai, UTC and ±12 h+ zones', () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const reference = fingerprint();
      for (const tz of ['Asia/Shanghai', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata']) {
        process.env.TZ = tz;
        // Node re-reads TZ on assignment; prove the switch took effect before comparing.
        const offset = new Date('2026-01-15T00:00:00Z').getTimezoneOffset();
        assert.equal(offset, { 'Asia/Shanghai': -480, UTC: 0, 'Pacific/Kiritimati': -840, 'Pacific/Pago_Pago': 660, 'Asia/Kolkata': -330 }[tz]);
        assert.equal(fingerprint(), reference, tz);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('reports the zone this suite runs in (expected America/New_York)', (t) => {
    t.diagnostic(`TZ=${process.env.TZ ?? '(unset)'} offset=${new Date('2026-07-01T00:00:00Z').getTimezoneOffset()}`);
  });
});
