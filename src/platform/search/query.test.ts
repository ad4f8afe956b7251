import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanQueryText, exactKey, indexToken, MAX_QUERY_CHARS, MAX_QUERY_TERMS, parseQuery } from './query.js';

describe('parseQuery', () => {
  it('folds traditional script and keeps each word with its search-mode pieces', () => {
    const q = parseQuery('政務公開 工作');
    assert.deepEqual(q.groups, [
      { whole: '政务公开', parts: ['政务', '公开'] },
      { whole: '工作', parts: [] },
    ]);
    assert.deepEqual(q.terms, ['政务公开', '政务', '公开', '工作']);
    assert.equal(q.truncated, false);
  });

  it('makes a two-character word one required term', () => {
    assert.deepEqual(parseQuery('公开').groups, [{ whole: '公开', parts: [] }]);
  });

  it('treats operators, quotes, SQL and emoji as plain text', () => {
    assert.deepEqual(parseQuery('AND OR NOT * " ( ) - : ^ NEAR').terms, ['and', 'or', 'not', 'near']);
    assert.deepEqual(parseQuery("'; drop table search_entries; --").terms, ['drop', 'table', 'search', 'entries']);
    assert.deepEqual(parseQuery('😀政府🎉').terms, ['政府']);
    for (const empty of ['', '   ', '\u3000\t\n', '*', '"', '()', '😀', '\u0000\u0001']) {
      const q = parseQuery(empty);
      assert.deepEqual(q.groups, [], JSON.stringify(empty));
      assert.deepEqual(q.terms, []);
    }
  });

  it('cuts 10,000-character queries and says so', () => {
    const q = parseQuery('政务公开'.repeat(2500));
    assert.equal(q.truncated, true);
    assert.ok(q.terms.length <= MAX_QUERY_TERMS);
    const many = parseQuery(Array.from({ length: 150 }, (_, i) => `w${i}`).join(' '));
    assert.equal(many.truncated, true);
    assert.ok(many.terms.length <= MAX_QUERY_TERMS);
    assert.ok(many.terms.join(' ').length < MAX_QUERY_CHARS * 2);
  });

  it('does not report short queries as cut', () => {
    assert.equal(parseQuery('关于印发政务公开工作要点的通知').truncated, false);
  });

  it('offers the whole text and its chunks as exact keys', () => {
    assert.deepEqual(parseQuery('菏政办字(2021)35号 通知').exactKeys, ['菏政办字〔2021〕35号通知', '菏政办字〔2021〕35号', '通知']);
  });
});

describe('exactKey', () => {
  it('folds every bracket form of the year in a document number', () => {
    const expected = '菏政办字〔2021〕35号';
    for (const v of ['菏政办字〔2021〕35号', '菏政办字[2021]35号', '菏政办字［2021］35号', '菏政办字【2021】35号', '菏政办字(2021)35号', '菏政办字（2021）35号', ' 菏政办字 〔2021〕 35号 ', '菏政辦字〔2021〕35號']) {
      assert.equal(exactKey(v), expected, v);
    }
  });

  it('leaves other parentheses alone and lower-cases Latin', () => {
    assert.equal(exactKey('ABC(12)'), 'abc(12)');
    assert.equal(exactKey('11371700MB28563541/2021-00123'), '11371700mb28563541/2021-00123');
  });
});

describe('indexToken', () => {
  it('keeps Chinese words and maps ASCII punctuation to private-use characters', () => {
    assert.equal(indexToken('政务公开'), '政务公开');
    const t = indexToken('c++');
    assert.equal(t.length, 3);
    assert.equal(t[0], 'c');
    assert.ok(/^[a-z0-9\u3000-\u9fff\ue000-\ue07f]+$/.test(t));
    assert.ok(!indexToken('a"b').includes('"'));
    assert.ok(!indexToken("a'b").includes("'"));
    assert.equal(indexToken('ABC'), 'abc');
  });

  it('cuts very long terms at 64 code points', () => {
    assert.equal(Array.from(indexToken('长'.repeat(100))).length, 64);
  });
});

describe('cleanQueryText', () => {
  it('replaces controls and lone surrogates', () => {
    assert.equal(cleanQueryText('a\u0000b\u001fc\u007f'), 'a b c ');
    assert.equal(cleanQueryText('x\ud800y'), 'x\ufffdy');
    assert.equal(cleanQueryText('😀'), '😀');
    assert.equal(cleanQueryText(undefined as unknown as string), '');
  });
});
