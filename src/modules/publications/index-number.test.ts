import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_INDEX_TEMPLATE, formatIndexNumber, indexNumberPattern, indexTemplateProblem } from './index-number.js';

describe('index numbers (索引号) from a per-installation template', () => {
  it('fills the default template as 机构代码/年份-5位流水', () => {
    assert.equal(formatIndexNumber(DEFAULT_INDEX_TEMPLATE, { orgCode: 'hz-czj', year: 2026, seq: 16 }), 'hz-czj/2026-00016');
  });

  it('supports other observed layouts', () => {
    assert.equal(formatIndexNumber('{orgCode}-{yyyy}-{seq:6}', { orgCode: '01527918X', year: 2020, seq: 153077 }), '01527918X-2020-153077');
    assert.equal(formatIndexNumber('{orgCode}/{yyyy}{seq:7}', { orgCode: 'heze', year: 2021, seq: 13 }), 'heze/20210000013');
  });

  it('refuses a serial that outgrows its width rather than producing a colliding number', () => {
    assert.throws(() => formatIndexNumber(DEFAULT_INDEX_TEMPLATE, { orgCode: 'x1', year: 2026, seq: 100000 }), /超出模板位数/);
  });

  it('validates templates with Chinese reasons', () => {
    assert.equal(indexTemplateProblem(DEFAULT_INDEX_TEMPLATE), null);
    assert.match(indexTemplateProblem('{orgCode}/{yyyy}')!, /流水号/);
    assert.match(indexTemplateProblem('{yyyy}-{seq:5}')!, /机构代码/);
    assert.match(indexTemplateProblem('{orgCode}/{year}-{seq:5}')!, /无法识别/);
    assert.match(indexTemplateProblem('{orgCode}/{seq:2}-{seq:5}')!, /只能有一个/);
  });

  it('builds a pattern that recognises its own numbers and nothing else', () => {
    const re = indexNumberPattern(DEFAULT_INDEX_TEMPLATE);
    assert.equal(re.test('hz-czj/2026-00016'), true);
    assert.equal(re.test('hz-czj/2026-0016'), false);
    assert.equal(re.test('菏政办字〔2021〕35号'), false);
    assert.equal(re.test('政务公开'), false);
  });
});
