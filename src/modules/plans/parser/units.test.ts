import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitNotes } from './notes.js';
import { parsePlan } from './parse.js';
import { splitUnitNames } from './unit-names.js';
import { isUnitNote, parseUnitNote } from './units.js';

const roles = (content: string) => {
  const n = parseUnitNote(content);
  return { lead: n.lead, responsible: n.responsible, cooperating: n.cooperating };
};
const task = (line: string) => parsePlan(`一、任务\n(一)${line}`).tasks[0];

describe('unit notes: role markers', () => {
  it('…牵头落实 / …牵头 → lead', () => {
    assert.deepEqual(roles('市财政局牵头落实'), { lead: ['市财政局'], responsible: [], cooperating: [] });
    assert.deepEqual(roles('市委宣传部、市委网信办牵头').lead, ['市委宣传部', '市委网信办']);
  });

  it('牵头单位: → lead; 责任单位: and 责任部门: → responsible; 配合单位: → cooperating', () => {
    assert.deepEqual(roles('牵头单位:市行政审批服务局;责任单位:市直有关部门;配合单位:市大数据局'), {
      lead: ['市行政审批服务局'],
      responsible: ['市直有关部门'],
      cooperating: ['市大数据局'],
    });
    assert.deepEqual(roles('责任部门:市政府各部门、单位').responsible, ['市政府各部门、单位']);
  });

  it('【责任单位】 and [完成时限] bracketed field labels', () => {
    const n = parseUnitNote('【责任单位】市财政局;【完成时限】2022年底前');
    assert.deepEqual([n.responsible, n.deadlines], [['市财政局'], ['2022年底前']]);
  });

  it('…负责落实 / …负责 / …分别落实 / …按照职责分工分别落实 → responsible', () => {
    assert.deepEqual(roles('市审计局负责落实').responsible, ['市审计局']);
    assert.deepEqual(roles('国务院审改办、人力资源社会保障部负责').responsible, ['国务院审改办', '人力资源社会保障部']);
    assert.deepEqual(roles('各县区政府分别落实').responsible, ['各县区政府']);
    assert.deepEqual(roles('县直各部门按照职责分工分别落实').responsible, ['县直各部门']);
  });

  it('…配合 / 会同…等部门落实 / 协同 → cooperating, the subject of 会同 keeps the closing verb', () => {
    assert.deepEqual(roles('国家发展改革委牵头,工业和信息化部、国土资源部配合'), {
      lead: ['国家发展改革委'],
      responsible: [],
      cooperating: ['工业和信息化部', '国土资源部'],
    });
    assert.deepEqual(roles('市财政局会同市发展改革委等部门落实'), { lead: [], responsible: ['市财政局'], cooperating: ['市发展改革委'] });
    assert.deepEqual(roles('市数据局牵头,会同市公安局落实').cooperating, ['市公安局']);
    assert.deepEqual(roles('市科技局协同').cooperating, ['市科技局']);
  });

  it('a verb inside a field overrides the field role', () => {
    assert.deepEqual(roles('责任单位:各县(市、区)人民政府、市直有关部门牵头,市政务服务数据管理局配合'), {
      lead: ['各县(市、区)人民政府', '市直有关部门'],
      responsible: [],
      cooperating: ['市政务服务数据管理局'],
    });
  });

  it('fields written without separators are still split', () => {
    const n = parseUnitNote('责任单位:市财政局完成时限:2021年底前');
    assert.deepEqual([n.responsible, n.deadlines], [['市财政局'], ['2021年底前']]);
  });

  it('a trailing remark after the fields is ignored', () => {
    const n = parseUnitNote('牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府。以下任务均需各区市政府落实,不再一一列出');
    assert.deepEqual(n.responsible, ['市直有关部门、单位', '各区市政府']);
  });

  it('person fields (责任人, 牵头领导) are not units', () => {
    assert.deepEqual(roles('牵头领导:张三;责任单位:市财政局'), { lead: [], responsible: ['市财政局'], cooperating: [] });
  });
});

describe('unit names: splitting', () => {
  it('splits 、 lists of complete names', () => {
    assert.deepEqual(splitUnitNames('市政府办公室、市行政审批服务局'), ['市政府办公室', '市行政审批服务局']);
  });

  it('keeps collective names whose 、 joins words that do not stand alone', () => {
    assert.deepEqual(splitUnitNames('市政府各部门、单位,各县区政府、管委会'), ['市政府各部门、单位', '各县区政府、管委会']);
    assert.deepEqual(splitUnitNames('市政府有关部门、单位'), ['市政府有关部门、单位']);
    assert.deepEqual(splitUnitNames('各县、市、区人民政府'), ['各县、市、区人民政府']);
  });

  it('never splits inside brackets', () => {
    assert.deepEqual(splitUnitNames('各县(市、区)政府、各乡镇(街道)'), ['各县(市、区)政府', '各乡镇(街道)']);
  });

  it('和 splits only between two complete names', () => {
    assert.deepEqual(splitUnitNames('市工业和信息化局'), ['市工业和信息化局']);
    assert.deepEqual(splitUnitNames('市人力资源和社会保障局、市住房和城乡建设局'), ['市人力资源和社会保障局', '市住房和城乡建设局']);
    assert.deepEqual(splitUnitNames('市卫生健康委和市医保局'), ['市卫生健康委', '市医保局']);
    assert.deepEqual(splitUnitNames('市政府各部门和单位'), ['市政府各部门和单位']);
  });

  it('drops 等 / 等部门 / 等相关部门、单位 / 等有关部门 at the end of a list', () => {
    assert.deepEqual(splitUnitNames('市教育局、市国资委等相关部门、单位'), ['市教育局', '市国资委']);
    assert.deepEqual(splitUnitNames('市发展改革委等部门'), ['市发展改革委']);
    assert.deepEqual(splitUnitNames('市公安局等有关部门'), ['市公安局']);
    assert.deepEqual(splitUnitNames('市财政局、市税务局等'), ['市财政局', '市税务局']);
    assert.deepEqual(splitUnitNames('市教育局等8个部门'), ['市教育局']);
  });

  it('drops sentence fragments that happen to end like a name', () => {
    assert.deepEqual(splitUnitNames('以下任务均需各区市政府'), []);
  });
});

describe('finding notes in text', () => {
  it('a closing parenthesis with fields', () => {
    const s = splitNotes('推动政务公开转变。(完成时限:2021年8月10日前;责任单位:市政府各部门、单位)');
    assert.deepEqual(s, { text: '推动政务公开转变。', notes: ['完成时限:2021年8月10日前;责任单位:市政府各部门、单位'] });
  });

  it('several notes in one task are all collected, in order, deduplicated', () => {
    const t = task('推进清单公开。公开清单。(市编办牵头落实)做好事项公开。(市编办、市司法局负责)');
    assert.deepEqual([t.lead, t.responsible, t.text], [['市编办'], ['市编办', '市司法局'], '公开清单。做好事项公开。']);
  });

  it('ordinary brackets are text: 文号, (管委会), (机构), (IPv6), 开放月(8月)', () => {
    for (const s of ['(菏政办发〔2021〕10号)', '(管委会)', '(机构)', '(IPv6)', '(8月)', '(以下简称《意见》)', '(试行)']) {
      assert.equal(isUnitNote(s.slice(1, -1), true), false, s);
    }
  });

  it('a bare list of unit names closing the paragraph is a note (responsible)', () => {
    const t = task('公开财政信息。按月公开收支情况。(市财政局、市税务局)');
    assert.deepEqual(t.responsible, ['市财政局', '市税务局']);
  });

  it('an unbracketed field run at the end of a paragraph, or on its own lines', () => {
    const t = task('规范依申请公开。严格按时答复。\n牵头单位:县政府办公室\n责任单位:县直各部门、各乡镇人民政府\n完成时限:持续推进');
    assert.deepEqual([t.lead, t.responsible, t.deadline?.raw], [['县政府办公室'], ['县直各部门', '各乡镇人民政府'], '持续推进']);
  });

  it('a closing sentence that is only a role phrase', () => {
    assert.deepEqual(task('加强财政公开。按月公开收支情况。市财政局牵头落实。').lead, ['市财政局']);
  });

  it('a note broken over two lines is joined', () => {
    const t = task('加强解读。同步审签。(完成时限:2021年底前;责任单位:市政府各部\n门、单位,各县区政府、管委会)');
    assert.deepEqual(t.responsible, ['市政府各部门、单位', '各县区政府、管委会']);
  });

  it('square-bracket notes with nested brackets', () => {
    const t = task('推动事项进驻。建立清单。[责任单位:各县(市、区)人民政府牵头,市政务服务数据管理局配合;完成时间:2022年6月]');
    assert.deepEqual([t.lead, t.cooperating, t.deadline], [['各县(市、区)人民政府'], ['市政务服务数据管理局'], { raw: '2022年6月', date: '2022-06-30', kind: 'by-date' }]);
  });

  it('subjects of body sentences and role words outside a note are not units', () => {
    const t = task('加强监督考核。市政府办公室建立季通报机制,分管负责同志具体负责,牵头起草部门要做好解读。');
    assert.deepEqual([t.lead, t.responsible, t.cooperating], [[], [], []]);
  });
});

describe('unit notes: more forms', () => {
  it('"(牵头)" after a name in a list marks that unit as lead', () => {
    assert.deepEqual(roles('责任单位:市财政局(牵头)、市税务局'), { lead: ['市财政局'], responsible: ['市税务局'], cooperating: [] });
  });

  it('负责牵头 is lead; 由…负责 and 具体由…负责 are responsible', () => {
    assert.deepEqual(roles('市大数据局负责牵头').lead, ['市大数据局']);
    assert.deepEqual(roles('由市政府办公室负责').responsible, ['市政府办公室']);
    assert.deepEqual(roles('具体由市司法局负责').responsible, ['市司法局']);
  });

  it('…分别负责落实 / 分别牵头落实', () => {
    assert.deepEqual(roles('市发展改革委、市经济信息化委分别负责落实').responsible, ['市发展改革委', '市经济信息化委']);
    assert.deepEqual(roles('市金融办、人民银行潍坊市中心支行分别牵头落实').lead, ['市金融办', '人民银行潍坊市中心支行']);
  });

  it('X为牵头单位,Y为配合单位', () => {
    assert.deepEqual(roles('市政务服务中心为牵头单位,市直各部门为配合单位'), { lead: ['市政务服务中心'], responsible: [], cooperating: ['市直各部门'] });
  });
});

describe('unit notes: coordinating verbs', () => {
  it('统筹 leads, 负总责 is responsible', () => {
    assert.deepEqual(roles('市政府办公室统筹,各县区政府落实'), { lead: ['市政府办公室'], responsible: ['各县区政府'], cooperating: [] });
    assert.deepEqual(roles('各县区政府负总责').responsible, ['各县区政府']);
  });
});

describe('unit names: collectives and nouns that look like verbs', () => {
  it('a type of organisation after a 各… collective continues it', () => {
    assert.deepEqual(splitUnitNames('各乡镇人民政府、街道办事处'), ['各乡镇人民政府、街道办事处']);
    assert.deepEqual(splitUnitNames('县政府办公室、县司法局'), ['县政府办公室', '县司法局']);
  });

  it('the collective after 等 may name its owner: 等市直有关部门, 等区直相关单位', () => {
    assert.deepEqual(splitUnitNames('市农业农村局等市直有关部门'), ['市农业农村局']);
    assert.deepEqual(splitUnitNames('区教育局、区卫健局等区直相关单位'), ['区教育局', '区卫健局']);
  });

  it('承办单位, 牵头单位, 配合单位 inside a name are nouns', () => {
    assert.deepEqual(roles('县政府办,各承办单位负责').responsible, ['县政府办', '各承办单位']);
    assert.deepEqual(parseUnitNote('县政府办,各承办单位', 'responsible').responsible, ['县政府办', '各承办单位']);
    assert.deepEqual(roles('各牵头单位负责').responsible, ['各牵头单位']);
  });
});
