import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePlan } from './parse.js';
import { columnOf } from './table-header.js';

const brief = (text: string) =>
  parsePlan(text).tasks.map((t) => ({
    path: t.path.join('/'),
    heading: t.heading,
    units: [t.lead.join('、'), t.responsible.join('、'), t.cooperating.join('、')].join(' | '),
    deadline: t.deadline ? `${t.deadline.raw}=${t.deadline.date ?? '-'}:${t.deadline.kind}` : null,
  }));

describe('table headers', () => {
  it('knows the usual column names', () => {
    const cells = ['序号', '工作任务', '重点任务', '具体要求', '主要内容', '工作措施', '牵头单位', '责任单位', '责任部门', '责任科室', '配合单位', '完成时限', '时限要求', '完成时间'];
    assert.deepEqual(cells.map(columnOf), ['seq', 'task', 'task', 'detail', 'detail', 'detail', 'lead', 'resp', 'resp', 'resp', 'coop', 'deadline', 'deadline', 'deadline']);
    assert.equal(columnOf('责任单位(部门)'), 'resp');
    assert.equal(columnOf('加强政策解读'), null);
  });
});

describe('flattened tables', () => {
  it('cells joined by " | " with a 序号 column', () => {
    const text = [
      '2021年重点任务分工',
      '序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限',
      '1 | 成立政务数据共享协调推进机制。 | 市行政审批局 | 市直相关部门 | 2021年9月底',
      '2 | 指定专门处室负责政务数据共享工作。 | 市直相关部门 |  | 2021年9月底',
    ].join('\n');
    assert.deepEqual(brief(text), [
      { path: '1', heading: '成立政务数据共享协调推进机制', units: '市行政审批局 | 市直相关部门 | ', deadline: '2021年9月底=2021-09-30:by-date' },
      { path: '2', heading: '指定专门处室负责政务数据共享工作', units: '市直相关部门 |  | ', deadline: '2021年9月底=2021-09-30:by-date' },
    ]);
  });

  it('full-width bars ｜ and tabs separate cells too; group rows number the path', () => {
    const text = [
      '序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限',
      '一、推进决策公开',
      '1\t推进决策公开\t完善重大行政决策事项目录。\t县司法局\t县政府办公室\t2022年6月30日前',
      '二、夯实公开基础',
      '2\t规范依申请公开\t加强依申请公开办理。\t县政府办公室\t\t每季度',
    ].join('\n');
    assert.deepEqual(brief(text), [
      { path: '一/1', heading: '推进决策公开', units: '县司法局 |  | 县政府办公室', deadline: '2022年6月30日前=2022-06-30:by-date' },
      { path: '二/2', heading: '规范依申请公开', units: '县政府办公室 |  | ', deadline: '每季度=-:periodic' },
    ]);
    const bars = brief('序号｜工作任务｜责任单位｜完成时限\n1｜做好年报编制｜区政府办公室｜2022年1月31日前');
    assert.deepEqual(bars.map((t) => [t.path, t.units]), [['1', ' | 区政府办公室 | ']]);
  });

  it('cells separated by runs of spaces, with a row wrapped onto the next line', () => {
    const text = [
      '序号    工作任务                  责任单位              完成时间',
      '1       加强政府网站建设，        区政务服务数据管理局  2022年12月底前',
      '        完善栏目设置',
      '2       做好年报编制              区政府办公室、区数据局  2022年1月31日前',
    ].join('\n');
    const tasks = parsePlan(text).tasks;
    assert.deepEqual(tasks.map((t) => [t.path.join('/'), t.heading ?? t.text, t.responsible.join('、'), t.deadline?.date]), [
      ['1', '加强政府网站建设,完善栏目设置', '区政务服务数据管理局', '2022-12-31'],
      ['2', '做好年报编制', '区政府办公室、区数据局', '2022-01-31'],
    ]);
  });

  it('one cell per line with "|" lines between cells, a header that lost its 序号, merged task cells', () => {
    const text = [
      '工作任务', '|', '具体要求', '|', '责任科室', '|', '时限要求', '|',
      '强化规范性文件公开', '|', '1', '|', '对规范性文件进行全面清理。', '|', '办公室', '|', '年底前', '|',
      '做好主动公开基础工作', '|', '2', '|', '严格规范信息公开专栏。', '|', '各科室', '|', '持续推进', '|',
      '3', '|', '规范做好年度报告编制发布工作。', '|', '办公室', '|', '持续推进', '|',
    ].join('\n');
    const plan = parsePlan(`某局2023年政务公开重点任务清单\n${text}`);
    assert.deepEqual(
      plan.tasks.map((t) => [t.path.join('/'), t.heading, t.responsible.join('、'), t.deadline?.kind]),
      [
        ['1', '强化规范性文件公开', '办公室', 'year-end'],
        ['2', '做好主动公开基础工作', '各科室', 'long-term'],
        ['3', '做好主动公开基础工作', '办公室', 'long-term'],
      ],
    );
    assert.equal(plan.tasks[0].deadline?.date, '2023-12-31');
  });

  it('one cell per line without separators (a .docx table), a cell of several paragraphs', () => {
    const text = [
      '序号', '工作任务', '具体措施', '责任单位', '完成时限',
      '1', '深化政策解读', '1.严格落实解读制度。', '2.丰富解读形式。', '市政府办公室', '市直各部门', '2022年12月底前',
      '2', '做好依申请公开', '规范办理流程。', '市政府办公室', '长期坚持',
    ].join('\n');
    assert.deepEqual(brief(text), [
      { path: '1', heading: '深化政策解读', units: ' | 市政府办公室、市直各部门 | ', deadline: '2022年12月底前=2022-12-31:by-date' },
      { path: '2', heading: '做好依申请公开', units: ' | 市政府办公室 | ', deadline: '长期坚持=-:long-term' },
    ]);
  });

  it('rows whose group cell was merged across them (fewer cells), labels in cells give the path', () => {
    const text = [
      '工作任务 | 具体要求 | 责任部门 |',
      '一、做好财政信息公开。 | 1.积极推进预算、决算公开。 | 财务科 |',
      '二、做好网站专栏信息公开。 | 2.及时更新概况信息。 | 办公室 |',
      '3.及时反馈网民意见。 | 各科室 | |',
      '4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |',
    ].join('\n');
    assert.deepEqual(brief(text).map((t) => [t.path, t.units]), [
      ['一/1', ' | 财务科 | '],
      ['二/2', ' | 办公室 | '],
      ['二/3', ' | 各科室 | '],
      ['二/4', '办公室 |  | 各科室'],
    ]);
  });

  it('a 序号 column holding 一、二 for group rows', () => {
    const text = ['序号 | 工作任务 | 责任单位 | 完成时限', '一 | 政策解读 | | ', '1 | 做好解读 | 市政府办公室 | 2021年底前', '二 | 依申请公开 | | ', '2 | 规范答复 | 市司法局 | 长期坚持'].join('\n');
    assert.deepEqual(brief(text).map((t) => t.path), ['一/1', '二/2']);
  });

  it('a table after an outline: rows keep their own paths, the outline keeps its tasks', () => {
    const text = [
      '一、工作目标', '全面提升公开质量。', '二、工作要求', '各单位要按照分工抓好落实,每季度报送进展。',
      '附件', '2022年政务公开重点任务清单', '序号 | 工作任务 | 责任单位 | 完成时限', '1 | 做好解读 | 市政府办公室 | 2022年底前',
    ].join('\n');
    assert.deepEqual(brief(text).map((t) => t.path), ['二', '1']);
  });
});

describe('more table layouts', () => {
  it('a header and rows separated by single spaces (text extracted from a PDF)', () => {
    const text = '序号 工作任务 责任单位 完成时限\n1 建立政务公开工作机制 市政府办公室 2021年6月底前\n2 做好政策解读 市直各部门 长期坚持';
    assert.deepEqual(brief(text).map((t) => [t.path, t.units, t.deadline]), [
      ['1', ' | 市政府办公室 | ', '2021年6月底前=2021-06-30:by-date'],
      ['2', ' | 市直各部门 | ', '长期坚持=-:long-term'],
    ]);
  });

  it('a merged 责任单位 header over 牵头单位/配合单位: the sub-header row is no task', () => {
    const text = ['序号 | 工作任务 | 责任单位 | | 完成时限', ' | | 牵头单位 | 配合单位 | ', '1 | 做好年报 | 市政府办公室 | 市直各部门 | 2022年1月31日前'].join('\n');
    const tasks = parsePlan(text).tasks;
    assert.deepEqual(tasks.map((t) => [t.path.join('/'), [...t.lead, ...t.responsible, ...t.cooperating].sort()]), [['1', ['市政府办公室', '市直各部门'].sort()]]);
  });

  it('units separated by spaces inside a cell', () => {
    const text = '序号\t工作任务\t责任单位\t完成时限\n1\t做好年报\t市财政局 市税务局\t年底前';
    assert.deepEqual(parsePlan(`某市2022年任务清单\n${text}`).tasks[0].responsible, ['市财政局', '市税务局']);
  });

  it('a header repeated after a page break continues the groups of the table', () => {
    const text = [
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '一、决策公开',
      '1 | 公开决策目录 | 市司法局 | 2022年3月底前',
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '2 | 开展决策预公开 | 市直各部门 | 长期坚持',
    ].join('\n');
    assert.deepEqual(brief(text).map((t) => t.path), ['一/1', '一/2']);
  });
});

describe('tables inside an outline', () => {
  for (const [style, table] of [
    ['pipe', '序号 | 工作任务 | 责任单位 | 完成时限\n1 | 编制目录 | 县政府办公室 | 2022年6月底前'],
    ['one cell per line', '序号\n工作任务\n责任单位\n完成时限\n1\n编制目录\n县政府办公室\n2022年6月底前'],
  ]) {
    it(`the outline resumes after a table (${style})`, () => {
      const text = `一、重点任务\n(一)推进决策公开\n${table}\n(二)推进执行公开。公开进展。(县发改局负责)`;
      assert.deepEqual(brief(text).map((t) => [t.path, t.units]), [
        ['1', ' | 县政府办公室 | '],
        ['一/(二)', ' | 县发改局 | '],
      ]);
    });
  }
});

describe('rows broken over several lines', () => {
  it('a dangling unit list and the 完成时限 on the next line belong to the row above', () => {
    const text = [
      '序号 | 工作任务 | 具体要求 | 牵头单位 | 配合单位 | 完成时限',
      '1 | 推进复工政策公开 | 集中发布惠企政策。 | 市工信局 | 市财政局 | 2020年5月31日前',
      '2 | 推进项目信息公开 | 重点公开项目批准信息、招标投标信息、',
      '竣工信息等。 | 市发改委 | 市自然资源局、市住建局、',
      '市交通局、市水利局 | 2020年12月底前',
    ].join('\n');
    const t = parsePlan(text).tasks[1];
    assert.deepEqual([t.path, t.lead, t.cooperating, t.deadline?.raw], [['2'], ['市发改委'], ['市自然资源局', '市住建局', '市交通局', '市水利局'], '2020年12月底前']);
    assert.equal(t.text, '重点公开项目批准信息、招标投标信息、竣工信息等。');
  });
});
