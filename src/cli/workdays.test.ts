import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CalendarData, loadPackageYears } from '../platform/calendar/index.js';
import { runWorkdaysCommand } from './workdays.js';

const cal = new CalendarData(loadPackageYears());

function run(...args: string[]): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = runWorkdaysCommand(cal, args, (line) => lines.push(line));
  return { code, lines };
}

describe('runWorkdaysCommand', () => {
  it('add DATE N prints the due date', () => {
    assert.deepEqual(run('add', '2026-02-12', '20'), { code: 0, lines: ['2026-03-18'] });
    assert.deepEqual(run('add', '2026-02-12', '7'), { code: 0, lines: ['2026-02-28'] });
    assert.deepEqual(run('add', '2026-09-30', '0'), { code: 0, lines: ['2026-09-30'] });
  });

  it('between FROM TO prints a number (negative when reversed)', () => {
    assert.deepEqual(run('between', '2026-02-12', '2026-03-18'), { code: 0, lines: ['20'] });
    assert.deepEqual(run('between', '2026-03-18', '2026-02-12'), { code: 0, lines: ['-20'] });
  });

  it('is DATE prints exactly the kind', () => {
    assert.deepEqual(run('is', '2026-03-02').lines, ['workday']);
    assert.deepEqual(run('is', '2026-03-07').lines, ['weekend']);
    assert.deepEqual(run('is', '2026-02-16').lines, ['holiday']);
    assert.deepEqual(run('is', '2026-02-28').lines, ['adjusted-workday']);
  });

  it('bad input prints a Chinese error and exits 2', () => {
    const cases: string[][] = [
      ['add', '2026-02-30', '5'],
      ['add', '2026-02-12', '-1'],
      ['add', '2026-02-12', 'abc'],
      ['add', '2026-02-12'],
      ['between', '2026-02-12'],
      ['is', 'tomorrow'],
      ['is'],
      ['subtract', '2026-02-12', '3'],
      [],
    ];
    for (const args of cases) {
      const { code, lines } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(lines[0] ?? '', /^错误：/u, args.join(' '));
    }
    assert.match(run('is', '2026/03/02').lines[0] ?? '', /日期格式应为 YYYY-MM-DD/);
    assert.match(run('add', '2026-02-12', 'x').lines[0] ?? '', /天数应为不小于 0 的整数/);
    assert.ok(run('frobnicate').lines.some((l) => l.includes('用法')));
  });

  it('a year without holiday data exits 3 with the DeadlineDataMissing message', () => {
    const expected = '错误：缺少2027年节假日安排数据，无法计算工作日期限，请先在“工作日历”中录入该年度放假安排';
    assert.deepEqual(run('is', '2027-01-01'), { code: 3, lines: [expected] });
    assert.deepEqual(run('add', '2026-12-20', '20'), { code: 3, lines: [expected] });
    assert.equal(run('between', '2003-01-01', '2004-01-05').code, 3);
  });
});
