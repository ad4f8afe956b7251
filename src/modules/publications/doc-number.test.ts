import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeDocNumber, parseDocNumber } from './doc-number.js';

describe('parseDocNumber (发文字号)', () => {
  const ok = (input: string) => {
    const r = parseDocNumber(input, { maxYear: 2026 });
    assert.ok(r.ok, `${input}: ${r.ok ? '' : r.reason}`);
    return r.value;
  };

  it('parses the canonical form into 机关代字, 年份, 序号', () => {
    assert.deepEqual(ok('菏政办字〔2021〕35号'), { kind: 'standard', agencyCode: '菏政办字', year: 2021, serial: 35, normalized: '菏政办字〔2021〕35号' });
    assert.equal(ok('国办发〔2019〕54号').agencyCode, '国办发');
    assert.equal(ok('国办秘函〔2019〕19号').serial, 19);
    assert.equal(ok('国办公开办函〔2021〕30号').normalized, '国办公开办函〔2021〕30号');
  });

  it('accepts the bracket variants people type and normalises them to 〔〕', () => {
    for (const v of ['菏政办字[2021]35号', '菏政办字［2021］35号', '菏政办字(2021)35号', '菏政办字（2021）35号', '菏政办字【2021】35号', '菏政办字〔2021〕第35号', '菏政办字 [2021] 35 号', '菏政办字〔２０２１〕３５号', '菏政办字〔2021〕035号']) {
      assert.equal(ok(v).normalized, '菏政办字〔2021〕35号', v);
    }
  });

  it('parses decree numbers without a year', () => {
    assert.deepEqual(ok('国务院令第711号'), { kind: 'decree', agencyCode: '国务院令', year: null, serial: 711, normalized: '国务院令第711号' });
  });

  it('refuses malformed numbers with a Chinese reason', () => {
    for (const [v, why] of [
      ['', /为空/],
      ['菏政办字2021年35号', /应形如/],
      ['〔2021〕35号', /应形如|机关代字/],
      ['菏政办字〔1899〕35号', /年份 1899/],
      ['菏政办字〔2031〕35号', /年份 2031/],
      ['菏政办字〔2021〕0号', /正整数/],
      ['12345〔2021〕3号', /机关代字/],
    ] as const) {
      const r = parseDocNumber(v, { maxYear: 2026 });
      assert.equal(r.ok, false, v);
      if (!r.ok) assert.match(r.reason, why, v);
    }
  });

  it('recognises a search query that is a document number', () => {
    assert.equal(looksLikeDocNumber('鲁政发[2020]3号'), true);
    assert.equal(looksLikeDocNumber('政务公开 2021'), false);
    assert.equal(looksLikeDocNumber('000014349/2019-00001'), false);
  });
});
