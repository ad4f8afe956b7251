import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyDeadline, isDeadlineExpression, parseDeadline } from './deadline.js';
import { parsePlan } from './parse.js';

const d = (raw: string, year: number | null = 2021) => {
  const r = parseDeadline(raw, year);
  return [r.date, r.kind];
};

describe('deadline grammar', () => {
  it('a full date, with or without 前 → by-date', () => {
    assert.deepEqual(d('2021年8月10日前'), ['2021-08-10', 'by-date']);
    assert.deepEqual(d('2021年6月30日'), ['2021-06-30', 'by-date']);
    assert.deepEqual(d('2022年1月31日之前'), ['2022-01-31', 'by-date']);
  });

  it('a month (…底前, …底, …末, bare) → the last day of that month', () => {
    assert.deepEqual(d('2021年8月底前'), ['2021-08-31', 'by-date']);
    assert.deepEqual(d('2021年9月底'), ['2021-09-30', 'by-date']);
    assert.deepEqual(d('2024年2月底前'), ['2024-02-29', 'by-date']);
    assert.deepEqual(d('2022年6月'), ['2022-06-30', 'by-date']);
    assert.deepEqual(d('2021年12月底前'), ['2021-12-31', 'by-date']);
  });

  it('年底前 / 年底 / 年末 → year-end, 12-31 of that year', () => {
    assert.deepEqual(d('2021年底前'), ['2021-12-31', 'year-end']);
    assert.deepEqual(d('2020年年底前'), ['2020-12-31', 'year-end']);
    assert.deepEqual(d('2023年末'), ['2023-12-31', 'year-end']);
  });

  it('年底前 / 年内 without a year take the plan year', () => {
    assert.deepEqual(d('年底前', 2022), ['2022-12-31', 'year-end']);
    assert.deepEqual(d('年内', 2019), ['2019-12-31', 'year-end']);
    assert.deepEqual(d('年底前', null), [null, 'year-end']);
  });

  it('9月底前 / 6月30日前 without a year take the plan year', () => {
    assert.deepEqual(d('9月底前', 2023), ['2023-09-30', 'by-date']);
    assert.deepEqual(d('6月30日前', 2023), ['2023-06-30', 'by-date']);
  });

  it('a year written earlier in the value carries on; the last date is the deadline', () => {
    assert.deepEqual(d('2021年6月底前完成方案,9月底前全面完成', null), ['2021-09-30', 'by-date']);
    assert.deepEqual(d('2021年7月至9月'), ['2021-09-30', 'by-date']);
  });

  it('half-years and quarters end on their last day', () => {
    assert.deepEqual(d('2022年上半年'), ['2022-06-30', 'by-date']);
    assert.deepEqual(d('2022年第三季度'), ['2022-09-30', 'by-date']);
    assert.deepEqual(d('一季度末', 2022), ['2022-03-31', 'by-date']);
  });

  it('numeric dates: 2021.8.10, 2021-08-10', () => {
    assert.deepEqual(d('2021.8.10前'), ['2021-08-10', 'by-date']);
    assert.deepEqual(d('2021-08-10'), ['2021-08-10', 'by-date']);
  });

  it('长期坚持 / 持续推进 / 常态化 → long-term, date null', () => {
    for (const raw of ['长期坚持', '持续推进', '长期', '常态化推进', '持续开展']) assert.deepEqual(d(raw), [null, 'long-term'], raw);
  });

  it('每季度 / 按月 / 每年 / 每半年 / 定期 → periodic, even with a date in it', () => {
    for (const raw of ['每季度', '按月', '每年', '每半年', '定期', '每季度末', '每年12月底前']) assert.deepEqual(d(raw), [null, 'periodic'], raw);
  });

  it('anything else → other, date null', () => {
    assert.deepEqual(d('及时'), [null, 'other']);
    assert.deepEqual(d('按上级要求'), [null, 'other']);
  });

  it('raw is kept exactly as written, trimmed', () => {
    assert.equal(parseDeadline(' 2021年8月10日前;', 2021).raw, '2021年8月10日前');
  });

  it('recognises whole deadline expressions (for table cells and note clauses)', () => {
    for (const s of ['年底前', '2021年9月底', '持续推进', '每季度', '2021年6月底前完成', '2021年内']) assert.ok(isDeadlineExpression(s), s);
    for (const s of ['市财政局', '加强政策解读', '2021年要完成目录编制']) assert.ok(!isDeadlineExpression(s), s);
  });
});

describe('deadlines in plans', () => {
  it('from 完成时限: in a note, raw as written after the label', () => {
    const t = parsePlan('(一)加强解读。同步审签。(完成时限:2021年8月10日前;责任单位:市政府办公室)').tasks[0];
    assert.deepEqual(t.deadline, { raw: '2021年8月10日前', date: '2021-08-10', kind: 'by-date' });
  });

  it('from 时限: and from a …前 phrase in a role note', () => {
    assert.equal(parsePlan('(一)公开预算。按时公开。(时限:2022年底前;责任单位:市财政局)').tasks[0].deadline?.raw, '2022年底前');
    assert.deepEqual(parsePlan('(一)公开预算。按时公开。(市财政局负责,2022年6月底前完成)').tasks[0].deadline, {
      raw: '2022年6月底前',
      date: '2022-06-30',
      kind: 'by-date',
    });
  });

  it('a deadline without a year takes the year of the plan title', () => {
    const plan = parsePlan('某市2023年政务公开工作要点\n一、任务\n(一)公开预算。按时公开。(责任单位:市财政局;完成时限:9月底前)');
    assert.equal(plan.tasks[0].deadline?.date, '2023-09-30');
  });

  it('body dates are deadlines only as 于…前完成 / …前将…报, and only without a note', () => {
    assert.equal(bodyDeadline('要于2021年9月30日前完成目录编制。', 2021)?.date, '2021-09-30');
    assert.equal(bodyDeadline('各单位11月底前将落实情况报市政府办公室。', 2021)?.raw, '11月底前');
    const plan = parsePlan(
      ['(一)推进目录建设。2018年底前,省级政府部门要编制发布目录。', '(二)推进网站改造。要在年内完成改造工作。', '(三)加强考核。每季度通报。', '(四)开展评估。于2019年11月30日前完成评估。'].join('\n'),
    );
    assert.deepEqual(plan.tasks.map((t) => t.deadline?.raw ?? null), [null, null, null, '2019年11月30日前']);
  });
});

describe('deadline values mixing kinds', () => {
  it('what the value names first decides the kind', () => {
    assert.deepEqual(d('2021年6月底前建立机制,此后每季度通报'), ['2021-06-30', 'by-date']);
    assert.deepEqual(d('长期坚持,每年更新'), [null, 'long-term']);
    assert.deepEqual(d('按季度报送'), [null, 'periodic']);
    assert.deepEqual(d('2021年底前完成并长期坚持'), ['2021-12-31', 'year-end']);
  });
});

describe('time limits counted from an event', () => {
  it('批复后20日内 / 收到申请之日起15个工作日内 → other, date null', () => {
    for (const raw of ['批复后20日内', '收到申请之日起15个工作日内', '会后3个工作日内', '20个工作日内']) {
      assert.ok(isDeadlineExpression(raw), raw);
      assert.deepEqual(d(raw), [null, 'other'], raw);
    }
  });

  it('in a 完成时限 cell', () => {
    const t = parsePlan('序号\n工作任务\n责任单位\n完成时限\n1\n公开部门预决算。\n县财政局\n批复后20日内').tasks[0];
    assert.deepEqual(t.deadline, { raw: '批复后20日内', date: null, kind: 'other' });
  });
});
