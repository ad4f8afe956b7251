import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../../platform/errors/index.js';
import { RESULT_CODES, type ResultCode } from '../vocabulary.js';
import { DEFAULT_REPLY_TEMPLATES, buildLetter, checkTemplate, defaultReplyTemplate, remedyText, type LetterModel } from './index.js';
import { REMEDY, sampleInput } from './letters.fixtures.js';

const R = '《中华人民共和国政府信息公开条例》';
/** The legal basis chosen for each result code (domain.md §1.1, §1.3). */
const EXPECTED_ARTICLE: Record<ResultCode, string> = {
  disclosed: `${R}第三十六条第（一）项、第（二）项`,
  partiallyDisclosed: `${R}第三十七条`,
  'withheld.stateSecret': `${R}第十四条`,
  'withheld.prohibitedByLaw': `${R}第十四条`,
  'withheld.threeSecurityOneStability': `${R}第十四条`,
  'withheld.thirdPartyRights': `${R}第十五条、第三十二条`,
  'withheld.internalAffairs': `${R}第十六条第一款`,
  'withheld.processInformation': `${R}第十六条第二款`,
  'withheld.enforcementFile': `${R}第十六条第二款`,
  'withheld.administrativeQuery': `${R}第三十六条第（七）项`,
  'unable.notHeld': `${R}第三十六条第（四）项、第（五）项`, // the sample names the responsible organ
  'unable.needsCreation': `${R}第三十八条`,
  'unable.stillUnclear': `${R}第三十条`,
  'notProcessed.petitionComplaint': `${R}第三十九条第一款`,
  'notProcessed.repeated': `${R}第三十六条第（六）项`,
  'notProcessed.publication': `${R}第三十九条第二款`,
  'notProcessed.massRepeated': `${R}第三十五条`,
  'notProcessed.confirmation': `${R}第二条`,
  'other.correctionOverdue': `${R}第三十条`,
  'other.feeUnpaid': `${R}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）`,
  'other.other': R,
};

const allText = (m: LetterModel) => [m.title, m.number, m.addressee, ...m.paragraphs, m.basis, m.remedy ?? '', m.signature, m.date].join('\n');

function rejects(fn: () => unknown, code: string, detail: RegExp | string) {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof AppError, String(err));
    assert.equal(err.code, code);
    assert.equal(err.status, 400);
    if (typeof detail === 'string') assert.ok(err.detail?.includes(detail), `${err.detail} should name ${detail}`);
    else assert.match(err.detail ?? '', detail);
    return true;
  });
}

describe('reply templates (答复书/告知书)', () => {
  it('has a valid default for every result code, labelled as the row of the annual report', () => {
    assert.deepEqual(Object.keys(DEFAULT_REPLY_TEMPLATES).sort(), [...RESULT_CODES].sort());
    const groups = { disclosed: '予以公开', partiallyDisclosed: '部分公开', withheld: '不予公开', unable: '无法提供', notProcessed: '不予处理', other: '其他处理' };
    for (const code of RESULT_CODES) {
      const t = DEFAULT_REPLY_TEMPLATES[code];
      assert.equal(t.code, code);
      assert.deepEqual(checkTemplate(t), [], code);
      assert.equal(t.group, groups[code.split('.')[0] as keyof typeof groups], code);
      assert.ok(t.remedy, `${code}: remedy paragraph`);
    }
    assert.equal(DEFAULT_REPLY_TEMPLATES['withheld.stateSecret'].label, '不予公开——属于国家秘密');
    assert.equal(DEFAULT_REPLY_TEMPLATES['unable.needsCreation'].label, '无法提供——没有现成信息需要另行制作');
    assert.equal(DEFAULT_REPLY_TEMPLATES['notProcessed.confirmation'].label, '不予处理——要求行政机关确认或重新出具已获取信息');
  });

  it('the remedy paragraph names the review body and the court, 60 日 and 6 个月', () => {
    assert.equal(remedyText(REMEDY), '如对本答复不服，可以自收到本答复书之日起60日内向菏泽市人民政府申请行政复议，或者自收到本答复书之日起6个月内向菏泽市牡丹区人民法院提起行政诉讼。');
    assert.match(remedyText({ ...REMEDY, documentName: '告知书' }), /^如对本告知书不服，可以自收到本告知书之日起60日内/);
  });
});

describe('buildLetter', () => {
  for (const code of RESULT_CODES) {
    it(`${code}: cites its basis, ends with the remedy, leaves no placeholder`, () => {
      const m = buildLetter(sampleInput(code));
      assert.equal(m.basis, EXPECTED_ARTICLE[code]);
      assert.ok(m.paragraphs.join('').includes(m.basis), 'basis cited in the text');
      const doc = m.title.endsWith('告知书') ? '告知书' : '答复书';
      assert.equal(m.remedy, remedyText({ ...REMEDY, documentName: doc }));
      assert.doesNotMatch(allText(m), /[{}]|\[\[|\]\]/);
      assert.ok(m.paragraphs[0].includes('2026年2月9日') && m.paragraphs[0].includes('2025年度菏泽市市级部门预算绩效评价报告'));
      assert.equal(m.addressee, '张三：');
      assert.equal(m.number, '菏财依复〔2026〕3号');
      assert.equal(m.signature, '菏泽市财政局');
      assert.equal(m.date, '2026年3月2日');
    });
  }

  it('every required field, when missing, is named in LETTER_FIELD_MISSING', () => {
    for (const code of RESULT_CODES) {
      for (const f of DEFAULT_REPLY_TEMPLATES[code].fields.filter((x) => x.required)) {
        const input = sampleInput(code);
        rejects(() => buildLetter({ ...input, fields: { ...input.fields, [f.key]: '  ' } }), 'LETTER_FIELD_MISSING', `请填写${f.label}`);
      }
    }
    const input = sampleInput('withheld.stateSecret');
    rejects(() => buildLetter({ ...input, fields: {} }), 'LETTER_FIELD_MISSING', '请填写不予公开的理由');
  });

  it('names every missing item of the letter itself, at once', () => {
    const input = sampleInput('disclosed', { applicantName: '', remedy: { reviewBody: '菏泽市人民政府', court: '' }, letterNumber: ' ' });
    rejects(() => buildLetter(input), 'LETTER_FIELD_MISSING', /请填写申请人姓名或名称.*请填写答复书文号.*请填写行政诉讼的管辖法院/);
  });

  it('refuses dates and amounts it cannot print (LETTER_FIELD_INVALID)', () => {
    rejects(() => buildLetter(sampleInput('disclosed', { issuedOn: '2026-02-30' })), 'LETTER_FIELD_INVALID', '答复日期应为日期');
    const fee = sampleInput('other.feeUnpaid');
    rejects(() => buildLetter({ ...fee, fields: { ...fee.fields, fee: '三千' } }), 'LETTER_FIELD_INVALID', '信息处理费金额（元）应为金额');
    const m = buildLetter({ ...fee, fields: { ...fee.fields, fee: '120.50元', noticeOn: '2026年2月10日' } });
    assert.ok(m.paragraphs.join('').includes('于2026年2月10日向您发出收费通知，告知应缴纳信息处理费120.50元。'));
  });

  it('本机关不掌握: names the responsible organ (第（五）项) only when the office knows it', () => {
    const input = sampleInput('unable.notHeld');
    const without = buildLetter({ ...input, fields: {} });
    assert.equal(without.basis, `${R}第三十六条第（四）项`);
    assert.ok(!without.paragraphs.join('').includes('负责公开'));
    const named = buildLetter({ ...input, fields: { otherOrgName: '菏泽市自然资源和规划局' } });
    const text = named.paragraphs.join('');
    assert.ok(text.includes('由菏泽市自然资源和规划局负责公开'));
    assert.ok(!text.includes('联系方式'), 'the contact passage is dropped without a contact');
    assert.ok(buildLetter(input).paragraphs.join('').includes('菏泽市自然资源和规划局的联系方式：0530-5310000。'));
  });

  it('prints values as sentences: no doubled punctuation, quotes or line breaks from the input', () => {
    const input = sampleInput('withheld.internalAffairs', { description: '“2025年局内部人事调整的会议记录。”' });
    const m = buildLetter({ ...input, fields: { reason: '该信息属于本机关人事管理信息，\n不对外产生影响。' } });
    const text = m.paragraphs.join('\n');
    assert.ok(text.includes('“2025年局内部人事调整的会议记录”。'), text);
    assert.ok(text.includes('具体理由：该信息属于本机关人事管理信息，不对外产生影响。根据'), text);
    assert.doesNotMatch(text, /。。/);
  });

  it('uses an office-edited template, and refuses one that cannot produce a letter', () => {
    const t = defaultReplyTemplate('withheld.processInformation');
    t.body = '{applicantName}同志申请的“{description}”系讨论稿，理由：{reason}。依据{article}，不予公开。';
    t.letterTitle = '政府信息不予公开告知书';
    const m = buildLetter(sampleInput('withheld.processInformation', { template: t, fields: { reason: '尚未定稿' } }));
    assert.deepEqual(m.paragraphs, [`张三同志申请的“2025年度菏泽市市级部门预算绩效评价报告”系讨论稿，理由：尚未定稿。依据${R}第十六条第二款，不予公开。`]);
    assert.match(m.remedy!, /^如对本告知书不服/);
    assert.equal(DEFAULT_REPLY_TEMPLATES['withheld.processInformation'].letterTitle, '政府信息公开申请答复书', 'the default is untouched');

    const bad = { ...t, body: '理由：{reasn}。[[依据{article}' };
    assert.deepEqual(checkTemplate(bad), ['可选段落标记“[[ ]]”不成对', '占位符{reasn}没有对应的填写项', '必填项“不予公开的理由”须出现在正文中（不在“[[ ]]”内）']);
    rejects(() => buildLetter(sampleInput('withheld.processInformation', { template: bad })), 'LETTER_TEMPLATE_INVALID', '占位符{reasn}没有对应的填写项');
    rejects(() => buildLetter(sampleInput('withheld.processInformation', { template: { ...t, body: '不予公开。' } })), 'LETTER_TEMPLATE_INVALID', '{article}');
  });

  it('leaves the remedy out when the office turns it off', () => {
    const t = { ...defaultReplyTemplate('other.other'), remedy: false };
    assert.equal(buildLetter(sampleInput('other.other', { template: t })).remedy, null);
  });
});
