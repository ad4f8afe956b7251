import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeForSearch, toHalfWidth, toSimplified } from './normalize.js';

describe('toSimplified', () => {
  it('converts traditional words, Taiwan phrasing included', () => {
    assert.equal(toSimplified('政務公開'), '政务公开');
    assert.equal(toSimplified('資訊'), '信息');
    assert.equal(toSimplified('政府資訊公開條例'), '政府信息公开条例');
    assert.equal(toSimplified('依申請公開答覆期限'), '依申请公开答复期限');
    assert.equal(toSimplified('軟體與網路'), '软件与网络');
    assert.equal(toSimplified('檔案、頭髮、發展、乾燥、乾隆'), '文件、头发、发展、干燥、乾隆');
  });

  it('leaves simplified government text alone (opencc twp would rewrite these)', () => {
    const simplified = '为建立健全制度，新增规范性文件，法定程序，智慧城市，支援单位，核心要求，显著提高，著名，打坏，整合资源，什么';
    assert.equal(toSimplified(simplified), simplified);
  });

  it('passes text without CJK through untouched', () => {
    assert.equal(toSimplified(''), '');
    assert.equal(toSimplified('ABC 123 ＡＢＣ'), 'ABC 123 ＡＢＣ');
  });
});

describe('toHalfWidth', () => {
  it('maps full-width ASCII and the ideographic space one unit for one unit', () => {
    const s = 'ＡＢＣ１２３　（注）＋８６';
    assert.equal(toHalfWidth(s), 'ABC123 (注)+86');
    assert.equal(toHalfWidth(s).length, s.length);
  });
});

describe('normalizeForSearch', () => {
  it('folds width, brackets, script and whitespace', () => {
    assert.equal(normalizeForSearch('ＡＢＣ１２３'), 'ABC123');
    assert.equal(normalizeForSearch('鲁政发[2020]3号'), '鲁政发〔2020〕3号');
    assert.equal(normalizeForSearch('鲁政发［2020］3号'), '鲁政发〔2020〕3号');
    assert.equal(normalizeForSearch('鲁政办发【2022】12号'), '鲁政办发〔2022〕12号');
    assert.equal(normalizeForSearch('国办发〔2014〕46号'), '国办发〔2014〕46号');
    assert.equal(normalizeForSearch('  政務公開 \n\t　資訊\u200b公開  '), '政务公开 信息公开');
  });

  it('turns full-width punctuation into ASCII too (，→ ,) and keeps 。', () => {
    assert.equal(normalizeForSearch('条例，规定：公开。'), '条例,规定:公开。');
  });

  it('keeps letter case (segmentation lower-cases)', () => {
    assert.equal(normalizeForSearch('PDF 附件'), 'PDF 附件');
  });

  it('handles a 200k-character text', () => {
    const para = '政府資訊公開條例規定，行政機關應當主動公開本行政機關的政府資訊。ＡＢＣ［2021］\n';
    const text = para.repeat(Math.ceil(200_000 / para.length));
    const out = normalizeForSearch(text);
    assert.ok(out.startsWith('政府信息公开条例规定,行政机关应当主动公开本行政机关的政府信息。ABC〔2021〕 '));
    assert.ok(out.length > 190_000);
  });
});
