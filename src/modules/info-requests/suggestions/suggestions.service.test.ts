import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { suggestionText } from './suggestions.service.js';

describe('依申请转主动: the suggestion sentence (条例第四十四条)', () => {
  it('names applicants, requests and disclosures, and advises 主动公开', () => {
    assert.equal(
      suggestionText('近一年', { applicantCount: 5, requestCount: 6, results: { disclosed: 3, 'withheld.stateSecret': 1 } }),
      '近一年有5名申请人申请相同或相近的信息（共6件），其中3件已予以公开，建议依条例第四十四条纳入主动公开范围',
    );
    assert.equal(
      suggestionText('自2025-06-01以来', { applicantCount: 2, requestCount: 3, results: { partiallyDisclosed: 1 } }),
      '自2025-06-01以来有2名申请人申请相同或相近的信息（共3件），其中1件已部分公开，建议依条例第四十四条纳入主动公开范围',
    );
  });

  it('advises only conditionally while nothing was disclosed', () => {
    assert.match(suggestionText('近一年', { applicantCount: 3, requestCount: 3, results: { 'other.other': 1 } }), /尚无予以公开的答复；如属于可以公开的政府信息，建议/);
  });
});
