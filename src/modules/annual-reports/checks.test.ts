import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CheckProblem, checkReport } from './checks.js';
import { type AnnualReport, RESULT_ROW_KEYS, type Row7, emptyReport } from './report-shape.js';

const withTotal = (six: number[]): Row7 => [...six, six.reduce((a, b) => a + b, 0)];

/** A consistent report: 2 + 1 received, 2 disclosed, 1 withheld, 0 carried forward in each column. */
function consistent(): AnnualReport {
  const r = emptyReport({ code: 'hz-czj', name: '菏泽市财政局' }, 2025);
  const rows = r.requests.rows;
  rows.newReceived = withTotal([5, 2, 0, 1, 0, 0]);
  rows.carriedOver = withTotal([1, 0, 0, 0, 0, 0]);
  rows.disclosed = withTotal([3, 1, 0, 0, 0, 0]);
  rows['withheld.thirdPartyRights'] = withTotal([1, 0, 0, 1, 0, 0]);
  rows['other.other'] = withTotal([1, 0, 0, 0, 0, 0]);
  rows.total = withTotal([5, 1, 0, 1, 0, 0]);
  rows.carriedForward = withTotal([1, 1, 0, 0, 0, 0]);
  r.proactive.normativeDocuments = { issued: 5, repealed: 1, inForce: 25 };
  r.reviewLitigation.review = { upheld: 1, corrected: 1, other: 0, pending: 1, total: 3 };
  return r;
}
const clone = (r: AnnualReport): AnnualReport => structuredClone(r);

describe('checkReport', () => {
  const pick = (p: CheckProblem, keys: (keyof CheckProblem)[]) => Object.fromEntries(keys.map((k) => [k, p[k]]));

  it('passes a consistent report and its predecessor', () => {
    const prev = clone(consistent());
    prev.year = 2024;
    prev.requests.rows.carriedForward = withTotal([1, 0, 0, 0, 0, 0]);
    prev.proactive.normativeDocuments = { issued: 3, repealed: 0, inForce: 21 };
    const r = checkReport(consistent(), prev);
    assert.deepEqual(r.problems, []);
    assert.equal(r.ok, true);
  });

  it('rule 1: a missing row, a wrong length, a negative or fractional count, unknown keys, fees with 5 decimals', () => {
    const r = clone(consistent()) as unknown as Record<string, any>;
    delete r.requests.rows['unable.notHeld'];
    r.requests.rows.disclosed = [1, 2, 3];
    r.requests.rows.partiallyDisclosed = [0, -1, 0, 0, 0, 0, 0];
    r.requests.rows['withheld.stateSecret'] = [0, 0.5, 0, 0, 0, 0, 0];
    r.requests.rows.extra = [0, 0, 0, 0, 0, 0, 0];
    r.proactive.fees.amountTenThousandYuan = 1.23456;
    r.reviewLitigation.review.total = '3';
    r.remarks = 'x';
    const { ok, problems, report } = checkReport(r);
    assert.equal(ok, false);
    assert.equal(report, null);
    const msgs = problems.map((p) => p.message);
    for (const m of [
      '表三缺少“三、（四）无法提供1.本机关不掌握相关政府信息”行',
      '表三“三、（一）予以公开”行应有7个数字（自然人至总计），实有3个',
      '表三“三、（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行“商业企业”列应为不小于0的整数，实为 -1',
      '表三“三、（三）不予公开1.属于国家秘密”行“商业企业”列应为不小于0的整数，实为 0.5',
      '表三中有未知的行“extra”',
      '表二“行政事业性收费”“本年收费金额（万元）”应为不小于0、至多4位小数的数（单位：万元），实为 1.23456',
      '表四“行政复议”“总计”应为不小于0的整数，实为 "3"',
      '未知字段“remarks”',
    ]) assert.ok(msgs.includes(m), `missing: ${m}\n${msgs.join('\n')}`);
    assert.ok(problems.every((p) => p.rule === 'structure'));
  });

  it('rule 1: a 2019-format report is pointed to the history import; fees with 4 decimals pass', () => {
    const r = clone(consistent()) as unknown as Record<string, any>;
    r.format = '2019';
    assert.match(checkReport(r).problems[0]!.message, /2019年试行格式.*导入历史年报/);
    const ok = clone(consistent());
    ok.proactive.fees.amountTenThousandYuan = 12.3456;
    assert.equal(checkReport(ok).ok, true);
  });

  it('rule 2: a row whose 总计 is not the sum of the applicant columns', () => {
    const r = clone(consistent());
    r.requests.rows.disclosed = [3, 1, 0, 0, 0, 0, 5]; // 总计 says 5, the columns add up to 4
    r.requests.rows.total = [5, 1, 0, 1, 0, 0, 8]; // so that rules 3 and 4 hold in the 总计 column
    r.requests.rows.newReceived = [5, 2, 0, 1, 0, 0, 9];
    const p = checkReport(r).problems;
    assert.deepEqual(p.map((x) => pick(x, ['rule', 'row', 'column', 'expected', 'actual'])), [
      { rule: 'rowTotal', row: 'disclosed', column: 'total', expected: 4, actual: 5 },
      { rule: 'rowTotal', row: 'newReceived', column: 'total', expected: 8, actual: 9 },
      { rule: 'rowTotal', row: 'total', column: 'total', expected: 7, actual: 8 },
    ].sort((a, b) => ['newReceived', 'disclosed', 'total'].indexOf(a.row) - ['newReceived', 'disclosed', 'total'].indexOf(b.row)));
    assert.equal(p.find((x) => x.row === 'disclosed')!.message, '表三“三、（一）予以公开”行“总计”列为5，应等于自然人与五类法人或其他组织之和4');
  });

  it('rule 3: 总计 row not the sum of the results in a column', () => {
    const r = clone(consistent());
    r.requests.rows.total = withTotal([6, 1, 0, 1, 0, 0]);
    r.requests.rows.carriedForward = withTotal([0, 1, 0, 0, 0, 0]);
    const p = checkReport(r).problems;
    assert.deepEqual(p.map((x) => pick(x, ['rule', 'row', 'column', 'expected', 'actual'])), [
      { rule: 'columnTotal', row: 'total', column: 'natural', expected: 5, actual: 6 },
      { rule: 'columnTotal', row: 'total', column: 'total', expected: 7, actual: 8 },
    ]);
    assert.equal(p[0]!.message, '表三“三、（七）总计”行“自然人”列为6，应等于（一）至（六）各项之和5');
  });

  it('rule 4: 新收 + 上年结转 ≠ 办结 + 结转下年', () => {
    const r = clone(consistent());
    r.requests.rows.carriedForward = withTotal([1, 0, 0, 0, 0, 0]);
    const p = checkReport(r).problems;
    assert.deepEqual(p.map((x) => pick(x, ['rule', 'column', 'expected', 'actual'])), [
      { rule: 'balance', column: 'commercial', expected: 2, actual: 1 },
      { rule: 'balance', column: 'total', expected: 9, actual: 8 },
    ]);
    assert.equal(p[0]!.message, '表三“商业企业”列：本年新收2＋上年结转0＝2，但办理结果总计1＋结转下年度0＝1（应相等）');
  });

  it('rule 5: a table 四 group whose 总计 is not the sum of its outcomes', () => {
    const r = clone(consistent());
    r.reviewLitigation.litigationAfterReview = { upheld: 2, corrected: 0, other: 1, pending: 0, total: 2 };
    const p = checkReport(r).problems;
    assert.equal(p.length, 1);
    assert.deepEqual(pick(p[0]!, ['rule', 'path', 'expected', 'actual', 'message']), {
      rule: 'reviewTotal', path: 'reviewLitigation.litigationAfterReview.total', expected: 3, actual: 2,
      message: '表四“行政诉讼（复议后起诉）”总计为2，应等于结果维持、结果纠正、其他结果、尚未审结之和3',
    });
  });

  it('rule 6: 现行有效 below 制发 − 废止, above last year + 制发, and 上年结转 ≠ last year’s 结转下年', () => {
    const prev = clone(consistent());
    prev.year = 2024;
    prev.proactive.regulations = { issued: 0, repealed: 0, inForce: 2 };
    prev.proactive.normativeDocuments = { issued: 0, repealed: 0, inForce: 10 };
    const r = clone(consistent());
    r.proactive.regulations = { issued: 4, repealed: 0, inForce: 3 };
    const p = checkReport(r, prev).problems;
    assert.deepEqual(p.map((x) => x.rule), ['inForce', 'inForce', 'carriedOver', 'carriedOver']);
    assert.equal(p[0]!.message, '表二“规章”现行有效件数3少于本年制发4件减本年废止0件（4）');
    assert.equal(p[1]!.message, '表二“行政规范性文件”现行有效件数25多于上年现行有效10件加本年制发5件（15）');
    assert.equal(p[2]!.message, '表三“二、上年结转政府信息公开申请数量”行“商业企业”列为0，应等于2024年报告“四、结转下年度继续办理”的1');
    assert.equal(checkReport(r, { ...prev, year: 2023 }).problems.at(-1)!.message, '上年报告的年度为2023，应为2024');
  });

  it('every result row takes part in rule 3', () => {
    for (const row of RESULT_ROW_KEYS) {
      const r = clone(consistent());
      r.requests.rows[row][1]! += 1;
      r.requests.rows[row][6]! += 1;
      assert.ok(checkReport(r).problems.some((p) => p.rule === 'columnTotal' && p.column === 'commercial'), row);
    }
  });
});
