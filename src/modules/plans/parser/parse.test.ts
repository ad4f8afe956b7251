/**
 * Whole plans written the way different governments write them (invented for the tests, in the
 * layouts of real ones): each line of `expected` is path | lead | responsible | cooperating | deadline.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePlan } from './parse.js';

function ledger(text: string): string[] {
  return parsePlan(text).tasks.map((t) =>
    [t.path.join('/'), t.lead.join('、'), t.responsible.join('、'), t.cooperating.join('、'), t.deadline ? `${t.deadline.raw}→${t.deadline.date ?? ''}(${t.deadline.kind})` : '-'].join(' | '),
  );
}

describe('whole plans', () => {
  it('a city 工作要点 pasted from its web page (furniture, cover letter, goal section, notes in several forms)', () => {
    const text = `您现在的位置：首页 > 政府信息公开 > 政策文件
【字体：大 中 小】\u3000【打印本页】\u3000【关闭窗口】
临川市人民政府办公室关于印发2023年临川市政务公开工作要点的通知
临府办发〔2023〕12号
各区人民政府，市政府各部门、各直属机构：
\u3000\u3000《2023年临川市政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻执行。
临川市人民政府办公室
2023年4月3日
（此件公开发布）
2023年临川市政务公开工作要点
\u3000\u3000为深入贯彻落实国务院办公厅关于政务公开工作的部署，制定本要点。
一、总体要求
\u3000\u3000坚持以人民为中心，全面提升政务公开质量。
二、主要任务
（一）加强政策发布解读
\u3000\u30001．健全解读机制。坚持政策文件与解读材料同步组织、同步审签、同步部署。（市政府办公室牵头，市政府各部门、单位按职责分工负责；2023年6月底前）
\u3000\u30002．丰富解读形式。一是开展图解；二是开展在线访谈。（市政府各部门、单位负责；长期坚持）
（二）深化重点领域公开
\u3000\u30003．做好财政信息公开。按时公开预决算。（责任单位：市财政局；完成时限：每季度）
\u3000\u30004．做好教育和医疗信息公开。公开招生、医保政策。（市教育局、市卫生健康委和市医保局负责，9月底前完成）
\u3000\u30005．做好就业信息公开。（市人力资源和社会保障局会同市财政局等部门落实）
三、保障措施
（一）加强组织领导。各单位要把政务公开摆上重要位置。
（二）强化督促检查。市政府办公室每季度通报进展。
\u3000\u3000各区、各部门要高度重视本要点落实，于每年12月底前报送工作总结。
临川市人民政府办公室
2023年4月3日印发
扫一扫在手机打开当前页
分享到：`;
    assert.deepEqual(ledger(text), [
      '二/(一)/1 | 市政府办公室 | 市政府各部门、单位 |  | 2023年6月底前→2023-06-30(by-date)',
      '二/(一)/2 |  | 市政府各部门、单位 |  | 长期坚持→(long-term)',
      '二/(二)/3 |  | 市财政局 |  | 每季度→(periodic)',
      '二/(二)/4 |  | 市教育局、市卫生健康委、市医保局 |  | 9月底前→2023-09-30(by-date)',
      '二/(二)/5 |  | 市人力资源和社会保障局 | 市财政局 | -',
      '三/(一) |  |  |  | -',
      '三/(二) |  |  |  | -',
    ]);
    const plan = parsePlan(text);
    assert.deepEqual([plan.title, plan.issuer, plan.docNumber], ['2023年临川市政务公开工作要点', '临川市人民政府办公室', '临府办发〔2023〕12号']);
    assert.equal(plan.tasks[6].text, '市政府办公室每季度通报进展。');
  });

  it('a province 要点 in traditional characters with pinyin glosses (units come out simplified)', () => {
    const text = `2017年全省政務公開(kāi)工作要點
一、圍繞穩增長推進公開(kāi)
（一）加強宏觀政策解讀。及時發佈解讀經濟政策。（省發展改革委牽頭，省財政廳、省統計局配合）
（二）推進財政資金信息公開。細化預決算公開內容。（省財政廳負責，2017年9月底前完成）
二、圍繞惠民生推進公開
（三）推進社會救助信息公開(kāi)。公開救助標準。（省民政廳、各市州人民政府負責）
（四）推進教育信息公開。（省教育廳負責；長期堅持）
各地、各部門要認真抓好本要點的貫徹落實。`;
    assert.deepEqual(ledger(text), [
      '一/(一) | 省发展改革委 |  | 省财政厅、省统计局 | -',
      '一/(二) |  | 省财政厅 |  | 2017年9月底前→2017-09-30(by-date)',
      '二/(三) |  | 省民政厅、各市州人民政府 |  | -',
      '二/(四) |  | 省教育厅 |  | 长期坚持→(long-term)',
    ]);
    assert.equal(parsePlan(text).title, '2017年全省政务公开工作要点');
  });

  it('a department 任务清单: pipe table with group rows, a wrapped row and merged unit cells', () => {
    const text = `市统计局2020年政务公开重点任务清单
序号 | 重点任务 | 具体措施 | 责任科室 | 完成时限
一、主动公开
1 | 统计数据发布 | 按月发布主要统计数据,做好数据解读。 | 综合科 | 按月
2 | 统计公报公开 | 在3月底前发布年度统计公报,
同步发布解读材料。 | 综合科、法规科 | 2020年3月底前
二、依申请公开
3 | 规范申请办理 | 严格按法定时限答复。 | 办公室 | 长期坚持
4 | 做好年报编制 | 编制发布年度报告。 | 办公室牵头,各科室配合 | 2020年1月31日前`;
    assert.deepEqual(ledger(text), [
      '一/1 |  | 综合科 |  | 按月→(periodic)',
      '一/2 |  | 综合科、法规科 |  | 2020年3月底前→2020-03-31(by-date)',
      '二/3 |  | 办公室 |  | 长期坚持→(long-term)',
      '二/4 | 办公室 |  | 各科室 | 2020年1月31日前→2020-01-31(by-date)',
    ]);
    assert.equal(parsePlan(text).tasks[1].text, '在3月底前发布年度统计公报,同步发布解读材料。');
  });

  it('a county 分工方案 exported from a spreadsheet (tabs, merged task cells, 牵头/配合 columns)', () => {
    const text = [
      '附件',
      '清河县2024年政务公开重点工作分工方案',
      '序号\t工作任务\t工作措施\t牵头单位\t配合单位\t完成时限',
      '1\t推进决策公开\t编制年度重大行政决策事项目录并公开。\t县司法局\t县政府办公室\t2024年3月31日前',
      '2\t\t重大决策草案向社会公开征求意见。\t县直各部门\t\t长期坚持',
      '3\t推进政务服务公开\t公开政务服务事项清单。\t县行政审批局\t各乡镇人民政府、街道办事处\t2024年6月底前',
      '清河县人民政府办公室',
      '2024年2月20日',
    ].join('\n');
    assert.deepEqual(ledger(text), [
      '1 | 县司法局 |  | 县政府办公室 | 2024年3月31日前→2024-03-31(by-date)',
      '2 | 县直各部门 |  |  | 长期坚持→(long-term)',
      '3 | 县行政审批局 |  | 各乡镇人民政府、街道办事处 | 2024年6月底前→2024-06-30(by-date)',
    ]);
    const plan = parsePlan(text);
    assert.deepEqual([plan.title, plan.issuer, plan.tasks[1].heading], ['清河县2024年政务公开重点工作分工方案', '清河县人民政府办公室', '推进决策公开']);
    assert.deepEqual(plan.tasks[2].cooperating, ['各乡镇人民政府、街道办事处']); // 各 covers both: one collective unit
  });

  it('an 实施方案 whose notes are field lines under each item, and a section of prose only', () => {
    const text = `东湖区2021年基层政务公开标准化规范化工作实施方案
一、工作目标
到2021年底，基本建成基层政务公开标准体系。
二、重点任务
（一）编制公开事项目录
按照国务院部门标准指引，编制本级政务公开事项标准目录。
牵头单位：区政府办公室
责任单位：区直各部门，各街道办事处
完成时限：2021年9月30日前
（二）建设政务公开专区
依托政务服务大厅设立政务公开专区。
责任单位：区行政审批局\u3000完成时限：年底前
三、工作要求
各单位要明确专人负责，于2021年11月30日前将工作情况报区政府办公室。`;
    assert.deepEqual(ledger(text), [
      '二/(一) | 区政府办公室 | 区直各部门、各街道办事处 |  | 2021年9月30日前→2021-09-30(by-date)',
      '二/(二) |  | 区行政审批局 |  | 年底前→2021-12-31(year-end)',
      '三 |  |  |  | 2021年11月30日前→2021-11-30(by-date)',
    ]);
  });

  it('an outline that continues after a table and the table rows keep their own paths', () => {
    const text = [
      '一、重点任务',
      '(一)推进决策公开。完善决策程序。(县司法局负责)',
      '二、任务分解',
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '1 | 编制目录 | 县政府办公室 | 2022年6月底前',
      '2 | 公开清单 | 县直各部门 | 长期坚持',
      '三、保障措施',
      '(一)加强组织领导。各部门主要负责同志亲自抓,明确分管领导和工作人员,确保各项任务落到实处,防止工作流于形式。',
    ].join('\n');
    assert.deepEqual(ledger(text), [
      '一/(一) |  | 县司法局 |  | -',
      '1 |  | 县政府办公室 |  | 2022年6月底前→2022-06-30(by-date)',
      '2 |  | 县直各部门 |  | 长期坚持→(long-term)',
      '三/(一) |  |  |  | -',
    ]);
  });
});
