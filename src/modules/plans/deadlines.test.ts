import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CalendarData, DeadlineDataMissing, loadPackageYears } from '../../platform/calendar/index.js';
import { dateIn, dueOnFor, numberOf } from './deadlines.js';

const cal = new CalendarData(loadPackageYears());
const other = (raw: string) => ({ raw, date: null, kind: 'other' as const });

describe('due dates from deadlines as written', () => {
  it('by-date and year-end keep their date; long-term and periodic have none', () => {
    assert.equal(dueOnFor({ raw: '2021年8月10日前', date: '2021-08-10', kind: 'by-date' }, '2021-07-14', cal), '2021-08-10');
    assert.equal(dueOnFor({ raw: '2021年底前', date: '2021-12-31', kind: 'year-end' }, '2021-07-14', cal), '2021-12-31');
    assert.equal(dueOnFor({ raw: '2021年9月前', date: null, kind: 'by-date' }, '2021-07-14', cal), '2021-09-30', 'a date only in raw');
    assert.equal(dueOnFor({ raw: '长期坚持', date: null, kind: 'long-term' }, '2021-07-14', cal), null);
    assert.equal(dueOnFor({ raw: '每季度', date: null, kind: 'periodic' }, '2021-07-14', cal), null);
    assert.equal(dueOnFor(null, '2021-07-14', cal), null);
  });

  it('N个工作日 counts working days after the adoption date, across 劳动节 and its 调休 Saturday', () => {
    assert.equal(dueOnFor(other('10个工作日内'), '2026-03-02', cal), '2026-03-16');
    // 5月1日—5日 off, 5月9日 (Saturday) worked: 6,7,8,9,11,12,13,14,15,18.
    assert.equal(dueOnFor(other('印发后10个工作日内'), '2026-04-30', cal), '2026-05-18');
    assert.equal(dueOnFor(other('印发后十个工作日'), '2026-04-30', cal), '2026-05-18');
  });

  it('a working-day deadline into a year without holiday data is refused (DeadlineDataMissing)', () => {
    assert.throws(() => dueOnFor(other('10个工作日内'), '2026-12-24', cal), DeadlineDataMissing);
  });

  it('N日内 / N天内 / N周内 / N个月内 count calendar time', () => {
    assert.equal(dueOnFor(other('15日内'), '2026-03-02', cal), '2026-03-17');
    assert.equal(dueOnFor(other('印发后30天内完成'), '2026-03-02', cal), '2026-04-01');
    assert.equal(dueOnFor(other('两周内'), '2026-03-02', cal), '2026-03-16');
    assert.equal(dueOnFor(other('3个月内'), '2026-11-30', cal), '2027-02-28');
    assert.equal(dueOnFor(other('按要求及时完成'), '2026-03-02', cal), null);
    assert.equal(dueOnFor(other('2026年6月10日前报送'), '2026-03-02', cal), '2026-06-10', 'a date is not "10日前"');
  });

  it('reads dates and Chinese numerals', () => {
    assert.equal(dateIn('2021年8月底前'), '2021-08-31');
    assert.equal(dateIn('2024年2月底'), '2024-02-29');
    assert.equal(dateIn('2021年底前'), '2021-12-31');
    assert.equal(dateIn('2021年13月'), null);
    assert.equal(dateIn('长期坚持'), null);
    assert.deepEqual(['十', '二十', '十五', '两', '一百零五', '30'].map(numberOf), [10, 20, 15, 2, 105, 30]);
  });
});
