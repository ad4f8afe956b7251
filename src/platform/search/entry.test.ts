import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeFilters } from './driver.js';
import { ID_SLOTS, InvalidSearchEntryError, maxVisibleId, monthOfSecond, normalizeCategory, normalizePath, prepareEntry, secondOfId, SNIPPET_SOURCE_CHARS } from './entry.js';
import type { SearchEntry } from './types.js';

const base: SearchEntry = {
  type: 'document', id: 7, title: '關於政務公開的通知', text: '正文', extraTerms: ['菏政办字[2021]35号'], orgId: 4, orgPath: '1/4', category: ' 综合政务 / 政务公开 /', kind: ' 通知 ', status: '', year: 2021, publishedAt: '2021-07-14T10:00:00+08:00',
};

describe('prepareEntry', () => {
  it('normalizes attributes, time and exact keys', () => {
    const p = prepareEntry(base);
    assert.equal(p.orgPath, '/1/4/');
    assert.equal(p.category, '综合政务/政务公开');
    assert.equal(p.categoryTop, '综合政务');
    assert.equal(p.kind, '通知');
    assert.equal(p.status, null);
    assert.equal(p.publishedAt, '2021-07-14T02:00:00.000Z');
    assert.equal(p.month, 202107);
    assert.deepEqual(p.exactKeys, ['菏政办字〔2021〕35号']);
    assert.equal(p.titleNorm, '关于政务公开的通知');
    assert.ok(p.titleTokens.includes('政务公开'));
  });

  it('keeps only the start of a long text for snippets but indexes all of it', () => {
    const p = prepareEntry({ ...base, text: '甲'.repeat(SNIPPET_SOURCE_CHARS) + '末尾独有词语' });
    assert.equal(p.body.length, SNIPPET_SOURCE_CHARS);
    assert.ok(p.bodyTokens.includes('末尾'));
  });

  it('rejects malformed entries with a 422', () => {
    const bad: Partial<SearchEntry>[] = [{ type: '' }, { id: 1.5 }, { year: 20210 }, { publishedAt: 'yesterday' }, { publishedAt: '3000-01-01T00:00:00Z' }, { orgId: Number.NaN }, { extraTerms: [1 as unknown as string] }];
    for (const over of bad) {
      assert.throws(() => prepareEntry({ ...base, ...over }), (e: unknown) => e instanceof InvalidSearchEntryError && e.status === 422, JSON.stringify(over));
    }
  });
});

describe('ids', () => {
  it('orders by publication second and bounds visibility', () => {
    const sec = Date.parse('2021-07-14T02:00:00Z') / 1000;
    assert.equal(secondOfId(sec * ID_SLOTS + 5), sec);
    assert.equal(maxVisibleId(sec * 1000 + 999), sec * ID_SLOTS + ID_SLOTS - 1);
    assert.ok(Number.isSafeInteger(maxVisibleId(Date.parse('2200-12-31T23:59:59Z'))));
    assert.equal(monthOfSecond(sec), 202107);
  });
});

describe('normalization', () => {
  it('normalizes paths, categories and filters', () => {
    assert.equal(normalizePath('/'), '/');
    assert.equal(normalizePath('/1/4'), '/1/4/');
    assert.equal(normalizeCategory('/'), null);
    assert.deepEqual(normalizeFilters({ orgPath: '/1/4', category: '综合政务/', kind: ' ', year: 2021 }), { orgPath: '/1/4/', category: '综合政务', year: 2021 });
    assert.deepEqual(normalizeFilters({ orgPath: '/' }), {});
    assert.equal(normalizeFilters({ year: Number.NaN }), null);
    assert.equal(normalizeFilters({ orgId: 'x' as unknown as number }), null);
    assert.equal(normalizeFilters({ kind: 3 as unknown as string }), null);
  });
});
