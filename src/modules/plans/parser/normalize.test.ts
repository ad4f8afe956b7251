import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collapseSpaces, normalizeText, removePinyinGlosses, repairDocNumbers } from './normalize.js';
import { parsePlan } from './parse.js';

describe('normalisation', () => {
  it('folds full-width punctuation to half-width and removes zero-width characters', () => {
    assert.deepEqual(normalizeText('（一）加强解读，做好回应：\u200b按时'), ['(一)加强解读,做好回应:按时']);
  });

  it('removes stray spaces inside Chinese text and joins a letter-spaced title', () => {
    assert.equal(collapseSpaces('实 施 方 案'), '实施方案');
    assert.equal(collapseSpaces('政务 公开 。 2021 年'), '政务公开。2021年');
    assert.equal(collapseSpaces('IPv6 改造 and more'), 'IPv6改造and more');
  });

  it('drops blank lines and trailing spaces', () => {
    assert.deepEqual(normalizeText('\n\n一、任务   \n\n\n(一)推进\n'), ['一、任务', '(一)推进']);
  });

  it('removes pinyin glosses after a character, tone-marked or plain, in either bracket width', () => {
    assert.equal(removePinyinGlosses('條例(lì)和(hé)公開(kāi)'), '條例和公開');
    assert.equal(normalizeText('条例（lì）')[0], '条例');
    assert.equal(removePinyinGlosses('公开(kai)工作(zuo4)'), '公开工作');
    assert.equal(removePinyinGlosses('新条例(tiáo lì)'), '新条例');
  });

  it('keeps brackets that are not glosses', () => {
    assert.equal(removePinyinGlosses('互联网协议第六版(IPv6)'), '互联网协议第六版(IPv6)');
    assert.equal(removePinyinGlosses('移动端(APP)和(pm)'), '移动端(APP)和(pm)');
  });

  it('traditional input comes out simplified', () => {
    assert.deepEqual(normalizeText('國務院辦公廳關於政務公開'), ['国务院办公厅关于政务公开']);
  });

  it('repairs 文号 brackets lost or mangled in copy-paste', () => {
    assert.equal(repairDocNumbers('菏政办字〔202135号'), '菏政办字〔2021〕35号');
    assert.equal(repairDocNumbers('菏政办字2021〕35号'), '菏政办字〔2021〕35号');
    assert.equal(repairDocNumbers('国发[2022]5号'), '国发〔2022〕5号');
    assert.equal(repairDocNumbers('国发〔2022﹞5号'), '国发〔2022〕5号');
    assert.equal(repairDocNumbers('鲁政办发【2020】 3 号'), '鲁政办发〔2020〕3号');
    assert.equal(repairDocNumbers('京政办发(2016)26号'), '京政办发〔2016〕26号');
  });
});

describe('traditional and glossed input through the parser', () => {
  it('gives units in simplified form and strips the glosses from the text', () => {
    const plan = parsePlan(
      [
        '二、圍繞經濟發展推進公開(kāi)',
        '（一）推進宏觀調控信息公開。及時發佈解讀宏觀經濟政策條例(lì)。（國家發展改革委會同財政部、人(rén)民銀行等部門落實；完成時限：2016年底前）',
      ].join('\n'),
    );
    const t = plan.tasks[0];
    assert.deepEqual(t.path, ['二', '(一)']);
    assert.equal(t.heading, '推进宏观调控信息公开');
    assert.ok(!/\(l|rén/.test(t.text));
    assert.deepEqual([t.responsible, t.cooperating], [['国家发展改革委'], ['财政部', '人民银行']]);
    assert.deepEqual(t.deadline, { raw: '2016年底前', date: '2016-12-31', kind: 'year-end' });
  });
});

describe('furniture and metadata', () => {
  const page = [
    '当前位置：首页 > 政务公开 > 政策文件',
    '字号：默认 超大 | 打印 关闭',
    '【打印】【关闭】',
    '来源：市政府办公室 发布时间：2022-03-15 浏览次数：1203',
    '分享到：',
    '宁远市人民政府办公室关于印发宁远市2022年政务公开工作要点的通知',
    '宁政办发〔2022〕7号',
    '各县区人民政府，市政府各部门：',
    '《宁远市2022年政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。',
    '宁远市人民政府办公室',
    '2022年3月10日',
    '（此件公开发布）',
    '宁远市2022年政务公开',
    '工 作 要 点',
    '为进一步深化政务公开，制定本要点。',
    '一、重点任务',
    '（一）推进决策公开。完善目录。（市司法局负责；2022年9月底前）',
    '（二）推进结果公开。公开审计结果。（市审计局负责）',
    '宁远市人民政府办公室',
    '2022年3月10日印发',
    '扫一扫在手机打开当前页',
    'word:',
    '宁政办发〔2022〕7号 宁远市人民政府办公室关于印发宁远市2022年政务公开工作要点的通知.doc',
    '（转发自宁远市人民政府网）',
  ].join('\n');

  it('strips page furniture before and after the body', () => {
    const plan = parsePlan(page);
    assert.deepEqual(plan.tasks.map((t) => t.path.join('/')), ['一/(一)', '一/(二)']);
    assert.equal(plan.tasks[1].text, '公开审计结果。');
  });

  it('reads title (joined, spaces removed), issuer and 文号 from the document itself', () => {
    const plan = parsePlan(page);
    assert.deepEqual([plan.title, plan.issuer, plan.docNumber], ['宁远市2022年政务公开工作要点', '宁远市人民政府办公室', '宁政办发〔2022〕7号']);
  });

  it('takes the plan number from the file-name line, never from a cited document', () => {
    const plan = parsePlan(
      [
        '一、任务',
        '(一)建立机制。根据《通知》(菏政办发〔2021〕10号)要求,制定要点。(责任单位:市政府办公室)',
        'word:',
        '菏政办字〔202135号 菏泽市人民政府办公室关于印发2021年菏泽市政务公开攻坚提升行动实施方案的通知.doc',
      ].join('\n'),
    );
    assert.equal(plan.docNumber, '菏政办字〔2021〕35号');
    assert.equal(plan.title, '2021年菏泽市政务公开攻坚提升行动实施方案');
  });

  it('a text that starts at 一、 has no title, issuer or 文号', () => {
    const plan = parsePlan('一、深入做好解读\n(一)推进公开。根据《意见》(国办发〔2014〕46号)要求做好公开。');
    assert.deepEqual([plan.title, plan.issuer, plan.docNumber], [null, null, null]);
  });
});
