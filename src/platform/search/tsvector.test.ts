import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareEntry } from './entry.js';
import { parseQuery } from './query.js';
import { quoteLexeme, tsqueryLiteral, tsvectorLiteral } from './tsvector.js';
import type { SearchEntry } from './types.js';

const entry = (over: Partial<SearchEntry> = {}): SearchEntry => ({
  type: 'document', id: 1, title: '政务公开通知', text: '政府信息公开', orgId: 1, orgPath: '/1/', category: null, kind: null, status: null, year: 2021, publishedAt: '2021-07-14T02:00:00Z', ...over,
});

describe('tsquery literal', () => {
  it('quotes lexemes, ORs a word with its pieces and ANDs the words', () => {
    assert.equal(tsqueryLiteral(parseQuery('政務公開 工作')), "('政务公开' | ('政务' & '公开')) & '工作'");
    assert.equal(tsqueryLiteral(parseQuery('  ')), null);
  });

  it('escapes quotes and backslashes', () => {
    assert.equal(quoteLexeme("it's"), "'it''s'");
    assert.equal(quoteLexeme('a\\b'), "'a\\\\b'");
  });

  it('keeps operators and SQL as quoted lexemes', () => {
    const q = tsqueryLiteral(parseQuery("! & | <-> ( ) ' ; drop"))!;
    assert.equal(q, "'drop'");
  });
});

describe('tsvector literal', () => {
  it('weights the title A and the text B, with positions', () => {
    const v = tsvectorLiteral(prepareEntry(entry()));
    assert.match(v, /'政务公开':\d+A/);
    assert.match(v, /'政府信息公开':\d+B/);
  });

  it('thins a huge text until it fits in a tsvector', () => {
    const words = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`).join(' ');
    const v = tsvectorLiteral(prepareEntry(entry({ text: `${words} ${words}` })));
    assert.ok(Buffer.byteLength(v) < 2_000_000);
    assert.ok(!/:\d+[AB],/.test(v.slice(-5000)), 'one position per lexeme at the tail');
  });
});
