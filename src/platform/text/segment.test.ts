import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOMAIN_WORDS, segmentForDisplay, segmentForIndex, segmentForQuery } from './segment.js';

const TEXT = '根据政府信息公开条例，依申请公开和主动公开的行政规范性文件应在政府公报发布，做好政务公开和信息公开工作。';

describe('segmentForDisplay', () => {
  it('keeps the domain words whole', () => {
    const words = segmentForDisplay(TEXT);
    for (const w of ['政府信息公开', '依申请公开', '主动公开', '行政规范性文件', '政府公报', '政务公开', '信息公开']) {
      assert.ok(words.includes(w), `${w} in ${words.join('/')}`);
    }
    assert.ok(segmentForDisplay('规范性文件').includes('规范性文件'));
  });

  it('joins back to the original text, punctuation and whitespace included', () => {
    const text = '第一行：ＡＢＣ 政務公開\r\n第二行\t 3.14 a@b.cn';
    assert.equal(segmentForDisplay(text).join(''), text);
    assert.deepEqual(segmentForDisplay(''), []);
  });
});

describe('segmentForIndex', () => {
  it('uses search mode: the whole word and its pieces', () => {
    const terms = segmentForIndex(TEXT);
    for (const w of ['政府', '信息', '公开', '政府信息公开', '依申请公开', '申请', '主动公开', '行政规范性文件', '规范性文件', '文件', '政府公报', '政务公开', '信息公开']) {
      assert.ok(terms.includes(w), `${w} in ${terms.join('/')}`);
    }
  });

  it('adds the domain words found inside a longer word', () => {
    assert.deepEqual(segmentForIndex('政府信息公开').filter((t) => DOMAIN_WORDS.includes(t)), ['政府信息公开', '信息公开']);
    assert.ok(segmentForIndex('行政规范性文件').includes('规范性文件'));
  });

  it('drops punctuation and whitespace, lower-cases Latin, folds width and script', () => {
    assert.deepEqual(segmentForIndex('ＰＤＦ，Hello  World！'), ['pdf', 'hello', 'world']);
    const terms = segmentForIndex('政務公開「資訊」');
    assert.ok(terms.includes('政务公开'));
    assert.ok(terms.includes('信息'));
    assert.ok(terms.every((t) => /[\p{L}\p{N}]/u.test(t)));
    assert.deepEqual(segmentForIndex(''), []);
    assert.deepEqual(segmentForIndex(' ，。 '), []);
  });

  it('keeps repeats (term frequency)', () => {
    assert.equal(segmentForIndex('公开 公开 公开').filter((t) => t === '公开').length, 3);
  });
});

describe('segmentForQuery', () => {
  it('folds like the index, without repeats', () => {
    assert.deepEqual(segmentForQuery('公开 公开'), ['公开']);
    assert.deepEqual(segmentForQuery('依申請公開'), ['申请', '公开', '依申请公开']);
  });

  it('query terms are found among the index terms of a text that contains the query', () => {
    const index = new Set(segmentForIndex(TEXT));
    for (const q of ['信息公开', '规范性文件', '政府信息公开', '依申请公开', '政府公报', '政務公開', '主动公开的行政规范性文件']) {
      for (const term of segmentForQuery(q)) assert.ok(index.has(term), `${q}: ${term}`);
    }
  });
});

describe('long input', () => {
  it('segments a 200k-character text in every mode', () => {
    const text = TEXT.repeat(Math.ceil(200_000 / TEXT.length));
    assert.ok(text.length >= 200_000);
    const index = segmentForIndex(text);
    const query = segmentForQuery(text);
    const display = segmentForDisplay(text);
    assert.ok(index.length > 50_000);
    assert.ok(query.length > 10 && query.length < 100);
    assert.equal(display.join(''), text);
  });
});
