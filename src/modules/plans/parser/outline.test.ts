import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cnToInt, parseLabel } from './labels.js';
import { parsePlan } from './parse.js';

const paths = (text: string) => parsePlan(text).tasks.map((t) => t.path.join('/'));

describe('outline labels', () => {
  it('reads Chinese numerals up to the hundreds', () => {
    assert.deepEqual(['一', '十', '十一', '二十', '二十三', '一百零五'].map(cnToInt), [1, 10, 11, 20, 23, 105]);
  });

  it('一、 top-level label (also 一. and 一．)', () => {
    for (const l of ['一、加强领导', '一.加强领导', '一．加强领导']) {
      assert.deepEqual({ ...parseLabel(l), rest: parseLabel(l)?.rest }, { type: 'cn', value: 1, text: '一', rest: '加强领导', strong: true });
    }
  });

  it('(一) in half- and full-width brackets, spread over spaces, with a stray 、', () => {
    for (const l of ['(一)加强', '（一）加强', '( 一 ) 加强', '(一)、加强']) {
      const label = parseLabel(l.replace(/（/g, '(').replace(/）/g, ')'));
      assert.equal(label?.text, '(一)');
      assert.equal(label?.rest, '加强');
    }
  });

  it('1. 1、 1． and "1 ." are one family; decimals and years are not labels', () => {
    for (const l of ['1.建立', '1、建立', '1．建立', '1 .建立', '1 、 建立']) assert.equal(parseLabel(l)?.text, '1');
    assert.equal(parseLabel('1.5亿元资金'), null);
    assert.equal(parseLabel('2021年底前完成'), null);
    assert.equal(parseLabel('3个工作日内公开'), null);
  });

  it('(1) and ⑴ normalise to "(1)"; ① stays as written', () => {
    assert.equal(parseLabel('(1)公开')?.text, '(1)');
    assert.equal(parseLabel('⑵公开')?.text, '(2)');
    assert.equal(parseLabel('③公开')?.text, '③');
    assert.equal(parseLabel('⑴公开')?.type, parseLabel('(1)公开')?.type);
  });

  it('一是…二是… is never a label', () => {
    assert.equal(parseLabel('一是实行以会代训'), null);
    assert.equal(parseLabel('二是坚持以干代训'), null);
    assert.equal(parseLabel('一体化政务服务平台'), null);
  });

  it('a missing 、 makes a weak label', () => {
    assert.equal(parseLabel('二工作重点')?.strong, false);
    assert.equal(parseLabel('3加强宣传')?.strong, false);
    assert.equal(parseLabel('二 工作重点')?.strong, false);
  });
});

describe('outline hierarchy', () => {
  it('nests by label type in order of appearance, 1. under (一) under 一、', () => {
    const text = ['一、主要任务', '(一)推进决策公开', '1.完善程序。建立制度。', '2.扩大参与。开展征求意见。', '(二)推进执行公开。公开进展。'].join('\n');
    assert.deepEqual(paths(text), ['一/(一)/1', '一/(一)/2', '一/(二)']);
  });

  it('(N) numbering continuing across sections keeps its labels', () => {
    const text = ['一、政策解读', '(一)加强解读。做好解读。', '(二)回应关切。及时回应。', '二、政务服务', '(三)网上办事。推进网上办。'].join('\n');
    assert.deepEqual(paths(text), ['一/(一)', '一/(二)', '二/(三)']);
  });

  it('hierarchy is not fixed depth: 1. may sit directly under 一、 in one section and under (一) in another', () => {
    const text = ['一、甲', '1.甲一。内容。', '2.甲二。内容。', '二、乙', '(一)乙一', '1.乙一一。内容。'].join('\n');
    assert.deepEqual(paths(text), ['一/1', '一/2', '二/(一)/1']);
  });

  it('labels glued to the text, spread over spaces, and a missing 、 inside a sequence', () => {
    const text = ['一 、 重点任务', '( 一 ) 加强解读', '1 . 落实制度。同步审签。', '2落实公开。同步公开。', '二工作要求', '加强督查。'].join('\n');
    assert.deepEqual(paths(text), ['一/(一)/1', '一/(一)/2', '二']);
  });

  it('⑴ and ① levels nest like any other type', () => {
    const text = ['(一)执行公开', '⑴公开进展。(市发展改革委负责)', '⑵公开督查。(市政府督查室负责)', '(二)结果公开', '①公开审计结果。(市审计局负责)'].join('\n');
    assert.deepEqual(paths(text), ['(一)/(1)', '(一)/(2)', '(二)/①']);
  });

  it('an item whose following items were glued onto its line by copy-paste is split', () => {
    const text = '一、任务\n(一)推进决策公开。1.完善程序。落实规定。(市司法局牵头)2.推进预公开。公开征求意见。(市政府各部门负责)';
    assert.deepEqual(paths(text), ['一/(一)/1', '一/(一)/2']);
  });

  it('an enumeration inside a sentence stays text', () => {
    const plan = parsePlan('一、任务\n(一)做好公开。主要包括:1.公开预算;2.公开决算。');
    assert.deepEqual(plan.tasks.map((t) => t.path.join('/')), ['一/(一)']);
  });

  it('goal-only sections and everything under them are not tasks; 保障措施 leaves are', () => {
    const text = ['一、总体要求', '(一)指导思想', '坚持以人民为中心。', '(二)工作目标', '到年底建成体系。', '二、重点任务', '(一)推进公开。做好公开。', '三、保障措施', '(一)加强组织领导。明确责任。'].join('\n');
    assert.deepEqual(paths(text), ['二/(一)', '三/(一)']);
  });

  it('a section with prose and no numbered items is one task', () => {
    const text = ['一、工作目标', '全面提升质量。', '二、工作安排', '各单位要按照分工抓好落实。', '三、保障措施', '加强督促检查。'].join('\n');
    assert.deepEqual(paths(text), ['二', '三']);
  });

  it('the closing paragraph after the last item belongs to no task', () => {
    const plan = parsePlan(['(一)推进决策公开。做好决策公开。', '(二)推进结果公开。做好结果公开。', '各地各部门要高度重视本要点部署的各项任务,认真抓好落实。'].join('\n'));
    assert.equal(plan.tasks[1].text, '做好结果公开。');
  });

  it('a title-only item takes the paragraphs below it as its text', () => {
    const plan = parsePlan(['一、围绕改革推进公开', '(一)推进清单公开', '对权力清单进行动态调整。', '指导各区做好公开。', '(二)推进财政公开', '细化预决算公开。'].join('\n'));
    assert.deepEqual(plan.tasks.map((t) => [t.heading, t.text]), [
      ['推进清单公开', '对权力清单进行动态调整。指导各区做好公开。'],
      ['推进财政公开', '细化预决算公开。'],
    ]);
  });

  it('heading drops the label and its 。; text starts after it', () => {
    const t = parsePlan('二、任务\n5. 加强平台建设管理。完善平台管理。(完成时限:2021年底前;责任单位:市政府办公室)').tasks[0];
    assert.equal(t.heading, '加强平台建设管理');
    assert.equal(t.text, '完善平台管理。');
  });

  it('a first sentence that is not a title leaves heading null', () => {
    const t = parsePlan('(一)对行政规范性文件进行全面清理,并向社会公布现行有效文件目录,接受社会监督。').tasks[0];
    assert.equal(t.heading, null);
  });
});

describe('outline line shapes', () => {
  it('a label alone on its line takes the next line as its first line', () => {
    const t = parsePlan('一、任务\n(一)\n加强政策解读。同步审签解读材料。(市政府办公室负责)').tasks[0];
    assert.deepEqual([t.path.join('/'), t.heading, t.text, t.responsible], ['一/(一)', '加强政策解读', '同步审签解读材料。', ['市政府办公室']]);
  });

  it('a title set off by a wide gap instead of 。', () => {
    const t = parsePlan('一、任务\n(一)加强组织领导\u3000各单位要明确分管领导和工作人员。').tasks[0];
    assert.deepEqual([t.heading, t.text], ['加强组织领导', '各单位要明确分管领导和工作人员。']);
  });

  it('the attachment list of a cover letter is not a task', () => {
    const text = ['附件:1.2022年政务公开重点任务清单', '2.2022年政务公开考核细则', '某县人民政府办公室', '2022年3月1日', '一、重点任务', '(一)推进公开。做好公开。'].join('\n');
    assert.deepEqual(parsePlan(text).tasks.map((t) => t.path.join('/')), ['一/(一)']);
  });

  it('a line broken inside a bracket (a PDF) joins the note back', () => {
    const t = parsePlan('(一)加强解读。坚持同步组织、同步审签、同步部\n署。(市政府办公室牵头,市直各部\n门负责)').tasks[0];
    assert.deepEqual([t.text, t.lead, t.responsible], ['坚持同步组织、同步审签、同步部署。', ['市政府办公室'], ['市直各部门']]);
  });
});
