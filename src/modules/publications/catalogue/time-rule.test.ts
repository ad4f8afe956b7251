import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCatalogue } from './paste-import.js';
import { judgeCoverage, parseTimeLimit, periodStart } from './time-rule.js';

describe('公开时限 rules', () => {
  it('parses the usual wordings of the 标准目录', () => {
    assert.deepEqual(parseTimeLimit('信息形成或者变更之日起20个工作日内'), { kind: 'event', days: 20, period: null });
    assert.deepEqual(parseTimeLimit('行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示'), { kind: 'event', days: 7, period: null });
    assert.deepEqual(parseTimeLimit('信息形成或变更后及时公开'), { kind: 'event', days: 20, period: null });
    assert.deepEqual(parseTimeLimit('及时公开'), { kind: 'event', days: null, period: null });
    assert.deepEqual(parseTimeLimit('实时公开'), { kind: 'realtime', days: null, period: null });
    assert.deepEqual(parseTimeLimit('每年3月31日前'), { kind: 'periodic', days: null, period: 'year' });
    assert.deepEqual(parseTimeLimit('每季度结束后15日内'), { kind: 'periodic', days: null, period: 'quarter' });
    assert.deepEqual(parseTimeLimit('每半年'), { kind: 'periodic', days: null, period: 'half-year' });
    assert.deepEqual(parseTimeLimit('每月10日前'), { kind: 'periodic', days: null, period: 'month' });
    assert.deepEqual(parseTimeLimit('长期公开'), { kind: 'none', days: null, period: null });
  });

  it('finds period starts, going back across years', () => {
    assert.equal(periodStart('2026-03-02', 'quarter'), '2026-01-01');
    assert.equal(periodStart('2026-03-02', 'quarter', 1), '2025-10-01');
    assert.equal(periodStart('2026-08-31', 'half-year', 1), '2026-01-01');
    assert.equal(periodStart('2026-01-15', 'month', 1), '2025-12-01');
    assert.equal(periodStart('2026-12-31', 'year', 1), '2025-01-01');
  });

  it('judges in Asia/Shanghai: 2026-03-31T17:00Z is already Q2 in Shanghai', () => {
    const rule = { kind: 'periodic' as const, days: null, period: 'quarter' as const };
    const lastQ4 = { count: 1, lastPublishedAt: '2025-12-31T15:00:00.000Z' }; // 2025-12-31 23:00 in Shanghai
    assert.equal(judgeCoverage(rule, lastQ4, new Date('2026-03-31T15:00:00Z')).covered, true);
    assert.equal(judgeCoverage(rule, lastQ4, new Date('2026-03-31T17:00:00Z')).covered, false);
    assert.equal(judgeCoverage(rule, { count: 0, lastPublishedAt: null }, new Date()).reason, '从未发布');
  });
});

describe('pasted 标准目录', () => {
  it('reads TSV with quoted line breaks, fills 一级事项 down, and reports bad cells', () => {
    const text = '序号\t一级事项\t二级事项\t公开内容(要素)\t公开对象\n1\t社会救助\t低保\t"对象、\n标准"\t全社会\n2\t\t特困\t供养标准\t群众\n';
    const r = readCatalogue(text);
    assert.equal(r.fatal, null);
    assert.equal(r.rows.length, 2);
    assert.equal(r.rows[0].values.content, '对象、\n标准');
    assert.equal(r.rows[1].line, 4);
    assert.equal(r.rows[1].values.itemL1, '社会救助');
    assert.match(r.rows[1].problems[0], /公开对象/);
  });

  it('refuses a paste without the required header columns', () => {
    assert.match(readCatalogue('序号\t名称\n1\t低保').fatal ?? '', /一级事项/);
  });
});
