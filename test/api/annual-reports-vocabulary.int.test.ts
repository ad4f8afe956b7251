// GET /api/v1/annual-reports/vocabulary: the words of the statutory tables (report-shape.ts, report-grid.ts,
// checks.ts) that the admin console draws its tables from, for the report readers only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, buildTestApp } from '../support/test-app.js';

const URL = '/api/v1/annual-reports/vocabulary';

describe('年度报告 vocabulary', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  it('gives the report readers every label of the tables, in printed order; an editor is refused', async () => {
    const r = await t.as(await t.login('gkb'), { method: 'GET', url: URL });
    assert.equal(r.statusCode, 200, r.body);
    const v = r.json();
    assert.equal(v.format, '2021');
    assert.deepEqual(v.columns.map((c: { key: string }) => c.key), ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total']);
    assert.deepEqual(v.columns[1], { key: 'commercial', label: '商业企业', fullLabel: '法人或其他组织（商业企业）' });
    assert.equal(v.rows.length, 25, 'one, two, the 21 results, 总计 and four');
    assert.deepEqual(v.rows.find((x: { key: string }) => x.key === 'withheld.stateSecret'), {
      key: 'withheld.stateSecret', label: '1.属于国家秘密', fullLabel: '三、（三）不予公开1.属于国家秘密',
    });
    assert.equal(v.rows.at(-1).label, '四、结转下年度继续办理');
    assert.deepEqual(v.resultGroups.map((g: { label: string }) => g.label).slice(2), ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
    assert.deepEqual(v.proactive.items[0], { key: 'regulations', label: '规章', article: '第二十条第（一）项' });
    assert.deepEqual(v.proactive.documentCounts.map((c: { label: string }) => c.label), ['本年制发件数', '本年废止件数', '现行有效件数']);
    assert.deepEqual(v.review.groups[1], { key: 'litigationDirect', label: '行政诉讼（未经复议直接起诉）' });
    assert.deepEqual(v.review.cells.map((c: { key: string }) => c.key), ['upheld', 'corrected', 'other', 'pending', 'total']);
    assert.equal(v.sections.requests, '三、收到和处理政府信息公开申请情况');
    assert.equal(v.tableLabels.crossCheckNote, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    assert.equal(v.rules.balance, '本年新收＋上年结转＝办理结果总计＋结转下年度');

    assert.equal((await t.as(await t.login('editor'), { method: 'GET', url: URL })).statusCode, 403, 'an editor does not read reports');
    assert.equal((await t.as(null, { method: 'GET', url: URL })).statusCode, 401);
  });
});
