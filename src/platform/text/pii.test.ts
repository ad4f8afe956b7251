import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidCreditCode } from './checks.js';
import { findPersonalInfo, type PiiFinding } from './pii.js';
import { CORPUS_NOW, NEGATIVES, POSITIVES, card, id, type CorpusCase } from './pii.corpus.js';

const now = CORPUS_NOW;
const find = (text: string) => findPersonalInfo(text, { now });

/** Expected findings with offsets: each value is looked up after the previous one. */
function expectedSpans(c: CorpusCase) {
  let from = 0;
  return c.expect.map(({ kind, value }) => {
    const start = c.text.indexOf(value, from);
    assert.ok(start >= 0, `${c.label}: "${value}" not in text`);
    from = start + value.length;
    return { kind, start, end: start + value.length };
  });
}
const key = (f: { kind: string; start: number; end: number }) => `${f.kind}@${f.start}-${f.end}`;
const spans = (fs: PiiFinding[]) => fs.map((f) => ({ kind: f.kind, start: f.start, end: f.end }));
const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

describe('findPersonalInfo: corpus', () => {
  it(`has at least 25 positive and 40 negative snippets (${POSITIVES.length} + ${NEGATIVES.length})`, () => {
    assert.ok(POSITIVES.length >= 25);
    assert.ok(NEGATIVES.length >= 40);
  });

  for (const c of POSITIVES) {
    it(`finds: ${c.label}`, () => {
      assert.deepEqual(spans(find(c.text)), expectedSpans(c).sort(byStart), c.text);
    });
  }
  for (const c of NEGATIVES) {
    it(`no false alarm: ${c.text}`, () => {
      assert.deepEqual(spans(find(c.text)), []);
    });
  }

  it('precision and recall on the corpus are both 1.0', (t) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of [...POSITIVES, ...NEGATIVES]) {
      const want = new Set(expectedSpans(c).map(key));
      const got = new Set(find(c.text).map(key));
      for (const k of got) if (want.has(k)) tp++; else fp++;
      for (const k of want) if (!got.has(k)) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const line = `PII corpus: ${POSITIVES.length} positive + ${NEGATIVES.length} negative snippets, TP ${tp} FP ${fp} FN ${fn}, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;
    t.diagnostic(line);
    assert.equal(precision, 1);
    assert.equal(recall, 1);
  });
});

describe('findPersonalInfo: finding details', () => {
  const ID = id('37172319850612001');

  it('reports value, 1-based line and column, context and a Chinese reason', () => {
    const text = `第一行\n申请人王小明（身份证号：${ID}）`;
    const [name, idCard] = find(text);
    assert.deepEqual(
      { ...name, context: undefined },
      { kind: 'name', start: 7, end: 10, value: '王小明', line: 2, column: 4, context: undefined, reason: '紧邻个人号码的姓名（带姓名类标签）' },
    );
    assert.equal(name.context, '第一行 申请人王小明（身份证号：3717');
    assert.equal(idCard.value, ID);
    assert.equal(idCard.line, 2);
    assert.equal(idCard.column, 13);
    assert.equal(idCard.reason, '身份证号码（校验位正确）');
    assert.equal(text.slice(idCard.start, idCard.end), ID);
  });

  it('gives each kind its reason', () => {
    const reasons = (text: string) => find(text).map((f) => f.reason);
    assert.deepEqual(reasons('+86 13912345678'), ['手机号码（含+86国际区号）']);
    assert.deepEqual(reasons(`卡号${card('622202123456789012')}`), ['银行卡号（Luhn校验通过）']);
    assert.match(reasons('身份证号370102850612001')[0], /^疑似15位旧身份证号码/);
    assert.deepEqual(reasons('张三 13912345678'), ['紧邻个人号码的姓名（常见姓氏）', '手机号码']);
  });

  it('judges birth dates against the injected now (Asia/Shanghai day)', () => {
    const bornToday = id('37010220260318001');
    assert.equal(find(bornToday).length, 1);
    // 2026-03-17 23:30 in New York is already 2026-03-18 in Shanghai; one day earlier it is the 17th.
    assert.equal(findPersonalInfo(bornToday, { now: new Date('2026-03-17T12:30:00-04:00') }).length, 1);
    assert.equal(findPersonalInfo(bornToday, { now: new Date('2026-03-17T10:00:00+08:00') }).length, 0);
  });

  it('names only next to a personal number, never alone', () => {
    assert.deepEqual(find('联系人：张三，办公电话0530-5310000'), []);
    assert.deepEqual(find('申请人：欧阳娜娜'), []);
  });

  it('does not take words for names', () => {
    assert.deepEqual(spans(find('联系人：办公室 13912345678')), [{ kind: 'mobile', start: 8, end: 19 }]);
    assert.deepEqual(spans(find('咨询热线 13912345678')), [{ kind: 'mobile', start: 5, end: 16 }]);
  });

  it('a labelled credit code that is also a valid ID stays a credit code', () => {
    // Search for an all-digit code valid under both GB 32100 and GB 11643.
    let both = '';
    for (let seq = 0; seq < 1000 && !both; seq++) {
      const candidate = id(`11010519491231${String(seq).padStart(3, '0')}`);
      if (/^\d{18}$/.test(candidate) && isValidCreditCode(candidate)) both = candidate;
    }
    assert.ok(both, 'found a code valid under both checks');
    assert.deepEqual(find(`统一社会信用代码：${both}`), []);
    assert.equal(find(`身份证号：${both}`)[0]?.kind, 'id-card');
  });

  it('handles a 200k-character body', () => {
    const para = `根据《中华人民共和国政府信息公开条例》，现将有关情况公开如下。索引号 000014349/2019-00001，菏政办字〔2021〕35号。\n`;
    const body = para.repeat(Math.ceil(200_000 / para.length)) + `联系人：李四 13912345678`;
    assert.ok(body.length >= 200_000);
    const found = find(body);
    assert.deepEqual(found.map((f) => f.kind), ['name', 'mobile']);
    assert.equal(found[1].line, body.split('\n').length);
  });
});
