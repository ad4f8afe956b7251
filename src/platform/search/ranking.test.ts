import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from './query.js';
import { bodyFrequency, textRelevance, titleMatch } from './ranking.js';

describe('textRelevance', () => {
  const groups = parseQuery('政务公开').groups;

  it('weighs a title match above any body frequency', () => {
    const inTitle = textRelevance(groups, '关于政务公开的通知', '正文');
    const inBodyOnly = textRelevance(groups, '关于年度报告的通知', '政务公开'.repeat(50));
    assert.ok(inTitle > inBodyOnly, `${inTitle} > ${inBodyOnly}`);
  });

  it('rises with body frequency, saturating', () => {
    const once = textRelevance(groups, '', '政务公开');
    const five = textRelevance(groups, '', '政务公开'.repeat(5));
    const fifty = textRelevance(groups, '', '政务公开'.repeat(50));
    assert.ok(once < five && five < fifty && fifty < 0.25 + 1e-9);
  });

  it('gives partial credit to a word found only through its pieces', () => {
    const [g] = groups;
    assert.equal(titleMatch(g, '政务公开'), 1);
    assert.ok(titleMatch(g, '政务服务与公开') > 0 && titleMatch(g, '政务服务与公开') < 1);
    assert.equal(titleMatch(g, '政务服务'), 0);
    assert.ok(bodyFrequency(g, '政务…公开…政务') < 1);
  });

  it('is 0 without words and at most 1', () => {
    assert.equal(textRelevance([], '政务公开', '政务公开'), 0);
    assert.ok(textRelevance(groups, '政务公开', '政务公开'.repeat(1000)) <= 1);
  });
});
