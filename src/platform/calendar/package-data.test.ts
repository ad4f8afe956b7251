/**
 * The bundled chinese-days data checked against docs/domain.md §8, which is
 * the authority (State Council notices for 2024, 2025, 2026).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CalendarData } from './calendar-data.js';
import { toDayNumber, weekdayOf } from './dates.js';
import { loadPackageYears, packageDataSource, parsePackageYear } from './package-data.js';
import { dayKind } from './workdays.js';

interface Festival {
  year: number;
  /** Label as written in domain.md; `、` separates combined festivals. */
  label: string;
  /** OFF ranges, inclusive, `MM-DD`. */
  off: [string, string][];
  /** WORK days with the weekday domain.md gives. */
  work: [string, 'Sat' | 'Sun'][];
}

// Transcribed from domain.md §8 (OFF = 放假, WORK = 调休上班).
const DOMAIN: Festival[] = [
  { year: 2024, label: '元旦', off: [['01-01', '01-01']], work: [] },
  { year: 2024, label: '春节', off: [['02-10', '02-17']], work: [['02-04', 'Sun'], ['02-18', 'Sun']] },
  { year: 2024, label: '清明', off: [['04-04', '04-06']], work: [['04-07', 'Sun']] },
  { year: 2024, label: '劳动节', off: [['05-01', '05-05']], work: [['04-28', 'Sun'], ['05-11', 'Sat']] },
  { year: 2024, label: '端午', off: [['06-10', '06-10']], work: [] },
  { year: 2024, label: '中秋', off: [['09-15', '09-17']], work: [['09-14', 'Sat']] },
  { year: 2024, label: '国庆', off: [['10-01', '10-07']], work: [['09-29', 'Sun'], ['10-12', 'Sat']] },
  { year: 2025, label: '元旦', off: [['01-01', '01-01']], work: [] },
  { year: 2025, label: '春节', off: [['01-28', '02-04']], work: [['01-26', 'Sun'], ['02-08', 'Sat']] },
  { year: 2025, label: '清明', off: [['04-04', '04-06']], work: [] },
  { year: 2025, label: '劳动节', off: [['05-01', '05-05']], work: [['04-27', 'Sun']] },
  { year: 2025, label: '端午', off: [['05-31', '06-02']], work: [] },
  { year: 2025, label: '国庆节、中秋节', off: [['10-01', '10-08']], work: [['09-28', 'Sun'], ['10-11', 'Sat']] },
  { year: 2026, label: '元旦', off: [['01-01', '01-03']], work: [['01-04', 'Sun']] },
  { year: 2026, label: '春节', off: [['02-15', '02-23']], work: [['02-14', 'Sat'], ['02-28', 'Sat']] },
  { year: 2026, label: '清明', off: [['04-04', '04-06']], work: [] },
  { year: 2026, label: '劳动节', off: [['05-01', '05-05']], work: [['05-09', 'Sat']] },
  { year: 2026, label: '端午', off: [['06-19', '06-21']], work: [] },
  { year: 2026, label: '中秋', off: [['09-25', '09-27']], work: [] },
  { year: 2026, label: '国庆', off: [['10-01', '10-07']], work: [['09-20', 'Sun'], ['10-10', 'Sat']] },
];

const cal = new CalendarData(loadPackageYears());

function* range(year: number, [from, to]: [string, string]): Generator<string> {
  for (let d = toDayNumber(`${year}-${from}`); d <= toDayNumber(`${year}-${to}`); d += 1) {
    yield new Date(d * 86_400_000).toISOString().slice(0, 10);
  }
}

/** `国庆节` and `国庆`, `中秋节` and `中秋` name the same festival. */
const stem = (name: string): string => name.replace(/节$/, '');
const nameMatches = (label: string, name: string): boolean => label.split('、').some((l) => stem(l) === stem(name));

describe('package data against domain.md §8', () => {
  for (const f of DOMAIN) {
    for (const r of f.off) {
      for (const date of range(f.year, r)) {
        it(`${date} is a holiday (${f.label})`, () => {
          assert.equal(dayKind(cal, date), 'holiday');
          const name = cal.entry(date)?.name ?? '';
          assert.ok(nameMatches(f.label, name), `${date}: package name ${name} does not match ${f.label}`);
        });
      }
    }
    for (const [md, weekday] of f.work) {
      const date = `${f.year}-${md}`;
      it(`${date} (${weekday}) is an adjusted working day (${f.label})`, () => {
        // Guards the transcription of domain.md as much as the package.
        assert.equal(weekdayOf(toDayNumber(date)), weekday === 'Sun' ? 0 : 6);
        assert.equal(dayKind(cal, date), 'adjusted-workday');
        assert.ok(nameMatches(f.label, cal.entry(date)?.name ?? ''));
      });
    }
  }

  for (const year of [2024, 2025, 2026]) {
    it(`${year}: the package lists exactly the days domain.md lists, nothing more`, () => {
      const festivals = DOMAIN.filter((f) => f.year === year);
      const off = festivals.flatMap((f) => f.off.flatMap((r) => [...range(year, r)])).sort();
      const work = festivals.flatMap((f) => f.work.map(([md]) => `${year}-${md}`)).sort();
      const days = cal.year(year)?.days ?? [];
      assert.deepEqual(days.filter((d) => d.kind === 'holiday').map((d) => d.date), off);
      assert.deepEqual(days.filter((d) => d.kind === 'adjusted-workday').map((d) => d.date), work);
    });
  }

  it('2025: the combined 国庆节、中秋节 block names 10-06 中秋 and the rest 国庆节', () => {
    const names = [...range(2025, ['10-01', '10-08'])].map((d) => cal.entry(d)?.name);
    assert.deepEqual(names, ['国庆节', '国庆节', '国庆节', '国庆节', '国庆节', '中秋', '国庆节', '国庆节']);
  });

  it('2024: 除夕 2024-02-09 is an ordinary working Friday', () => {
    assert.equal(dayKind(cal, '2024-02-09'), 'workday');
  });
});

describe('loadPackageYears', () => {
  const years = loadPackageYears();

  it('loads every bundled year 2004–2026 with its source', () => {
    assert.deepEqual(
      years.map((y) => y.year),
      Array.from({ length: 23 }, (_, i) => 2004 + i),
    );
    assert.match(packageDataSource(), /^chinese-days@\d+\.\d+\.\d+$/);
    assert.equal(packageDataSource(), 'chinese-days@1.5.7');
    for (const y of years) assert.equal(y.source, packageDataSource());
  });

  it('every year passes CalendarData validation (adjusted working days fall on weekends, no duplicates)', () => {
    assert.doesNotThrow(() => new CalendarData(years));
  });

  it('returns frozen data and a fresh array each call', () => {
    const a = loadPackageYears();
    assert.notEqual(a, loadPackageYears());
    assert.ok(Object.isFrozen(a[0]) && Object.isFrozen(a[0]?.days));
  });

  it('names are Chinese festival names', () => {
    const names = new Set(years.flatMap((y) => y.days.map((d) => d.name)));
    for (const n of ['元旦', '春节', '清明', '劳动节', '端午', '中秋', '国庆节']) assert.ok(names.has(n), n);
    for (const n of names) assert.match(n, /^[\u4e00-\u9fff0-9]+$/u);
  });
});

describe('parsePackageYear', () => {
  it('maps holidays and workdays and ignores in-lieu days already listed as holidays', () => {
    const y = parsePackageYear(
      2030,
      {
        holidays: { '2030-01-01': "New Year's Day,元旦,1", '2030-01-02': "New Year's Day,元旦,1" },
        workdays: { '2030-01-05': "New Year's Day,元旦,1" },
        inLieuDays: { '2030-01-02': "New Year's Day,元旦,1" },
      },
      'test',
    );
    assert.deepEqual(y, {
      year: 2030,
      source: 'test',
      days: [
        { date: '2030-01-01', kind: 'holiday', name: '元旦' },
        { date: '2030-01-02', kind: 'holiday', name: '元旦' },
        { date: '2030-01-05', kind: 'adjusted-workday', name: '元旦' },
      ],
    });
  });

  it('refuses an in-lieu day that is not a holiday, and malformed files', () => {
    assert.throws(() =>
      parsePackageYear(2030, { holidays: {}, workdays: {}, inLieuDays: { '2030-01-02': 'x,元旦,1' } }, 't'),
    );
    assert.throws(() => parsePackageYear(2030, { holidays: {} }, 't'));
    assert.throws(() => parsePackageYear(2030, { holidays: { '2030-01-01': '元旦' }, workdays: {} }, 't'));
  });
});
