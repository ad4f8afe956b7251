import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskPersonalInfo, maskValue, StalePiiFindingError } from './mask.js';
import { findPersonalInfo } from './pii.js';
import { CORPUS_NOW, NEGATIVES, POSITIVES, card, id } from './pii.corpus.js';

const now = CORPUS_NOW;
const mask = (text: string) => maskPersonalInfo(text, undefined, { now });

describe('maskValue', () => {
  it('身份证 keeps the first 4 and the last 4', () => {
    assert.equal(maskValue('id-card', '370102199003071238'), '3701**********1238');
    assert.equal(maskValue('id-card', '11010519491231002X'), '1101**********002X');
    assert.equal(maskValue('id-card', '370102 19900307 1238'), '3701** ******** 1238');
    assert.equal(maskValue('id-card', '370102850612001'), '3701*******2001');
  });
  it('mobile keeps the first 3 and the last 4 of the national number, prefix and separators kept', () => {
    assert.equal(maskValue('mobile', '13912345678'), '139****5678');
    assert.equal(maskValue('mobile', '139-1234-5678'), '139-****-5678');
    assert.equal(maskValue('mobile', '+86 139 1234 5678'), '+86 139 **** 5678');
    assert.equal(maskValue('mobile', '0086 18612345678'), '0086 186****5678');
    assert.equal(maskValue('mobile', '１３９１２３４５６７８'), '１３９****５６７８');
  });
  it('bank card keeps the last 4, separators kept', () => {
    assert.equal(maskValue('bank-card', '6228480402564899'), '************4899');
    assert.equal(maskValue('bank-card', '6228 4804 0256 4899'), '**** **** **** 4899');
  });
  it('name keeps the surname, a double surname whole', () => {
    assert.equal(maskValue('name', '张三'), '张*');
    assert.equal(maskValue('name', '王小明'), '王**');
    assert.equal(maskValue('name', '欧阳娜'), '欧阳*');
    assert.equal(maskValue('name', '欧阳娜娜'), '欧阳**');
    assert.equal(maskValue('name', '欧阳'), '欧*'); // two characters: surname 欧, given name 阳
  });
  it('keeps the length, so offsets hold in the masked text', () => {
    for (const [kind, value] of [['id-card', '37010219900307123X'], ['mobile', '+86 139 1234 5678'], ['bank-card', '6228 4804 0256 4899'], ['name', '上官婉儿']] as const) {
      assert.equal(maskValue(kind, value).length, value.length);
    }
  });
});

describe('maskPersonalInfo', () => {
  it('masks a record in one click', () => {
    const ID = id('37010219900307123');
    const text = `申请人：张三，身份证号${ID}，手机 139-1234-5678，银行卡 ${card('622848040256489')}。`;
    const result = mask(text);
    assert.equal(result.text, `申请人：张*，身份证号3701**********${ID.slice(-4)}，手机 139-****-5678，银行卡 ************4899。`);
    assert.deepEqual(
      result.masked.map((m) => [m.kind, m.start, m.end, m.masked]),
      [
        ['name', 4, 6, '张*'],
        ['id-card', 11, 29, `3701**********${ID.slice(-4)}`],
        ['mobile', 33, 46, '139-****-5678'],
        ['bank-card', 51, 67, '************4899'],
      ],
    );
    for (const m of result.masked) assert.equal(result.text.slice(m.start, m.end), m.masked);
  });

  it('masks only the findings given (the editor may keep a lawful exception)', () => {
    const text = '联系人：李四 13912345678';
    const [name, mobile] = findPersonalInfo(text, { now });
    assert.equal(maskPersonalInfo(text, [mobile]).text, '联系人：李四 139****5678');
    assert.equal(maskPersonalInfo(text, [name]).text, '联系人：李* 13912345678');
    assert.equal(maskPersonalInfo(text, []).text, text);
  });

  it('round trip: after masking nothing is found, on every positive snippet', () => {
    for (const c of POSITIVES) {
      const masked = mask(c.text).text;
      assert.notEqual(masked, c.text, c.label);
      assert.deepEqual(findPersonalInfo(masked, { now }), [], `${c.label}: ${masked}`);
    }
  });

  it('is idempotent, with or without the old findings', () => {
    for (const c of POSITIVES) {
      const findings = findPersonalInfo(c.text, { now });
      const once = maskPersonalInfo(c.text, findings);
      const twice = mask(once.text);
      assert.equal(twice.text, once.text, c.label);
      assert.deepEqual(twice.masked, []);
      const again = maskPersonalInfo(once.text, findings); // stale findings whose places are already masked
      assert.equal(again.text, once.text);
      assert.deepEqual(again.masked, []);
    }
  });

  it('changes nothing in the negative snippets', () => {
    for (const c of NEGATIVES) assert.equal(mask(c.text).text, c.text);
  });

  it('refuses a finding whose place no longer holds its value', () => {
    const text = '联系人：李四 13912345678';
    const findings = findPersonalInfo(text, { now });
    const edited = `补充：${text}`;
    assert.throws(
      () => maskPersonalInfo(edited, findings),
      (err: unknown) => {
        assert.ok(err instanceof StalePiiFindingError);
        assert.equal(err.code, 'PII_FINDING_STALE');
        assert.equal(err.status, 409);
        assert.match(err.detail ?? '', /^第1行第8列的标记与当前文本不符/);
        return true;
      },
    );
  });

  it('applies spans from the end and ignores an overlapping duplicate', () => {
    const text = '13912345678 和 13812345678';
    const findings = findPersonalInfo(text, { now });
    const doubled = [...findings, { ...findings[0] }];
    assert.equal(maskPersonalInfo(text, doubled).text, '139****5678 和 138****5678');
  });
});
