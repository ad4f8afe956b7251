import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../../test/support/test-db.js';
import { sql } from 'kysely';
import { type DbHandle, migrateToLatest, openDatabase } from '../db/index.js';
import { CANDIDATES } from './search-core.js';
import { createSearchIndex, type SearchEntry, type SearchIndex, type SearchQuery } from './index.js';

const NOW = '2026-03-01T00:00:00.000Z';

function entry(id: number, over: Partial<SearchEntry> = {}): SearchEntry {
  return {
    type: 'document', id, title: `文件${id}`, text: '', orgId: 4, orgPath: '/1/4/', category: '综合政务/政务公开', kind: '通知', status: '现行有效', year: 2021, publishedAt: '2021-07-14T02:00:00Z', ...over,
  };
}

const CORPUS: SearchEntry[] = [
  entry(1, { title: '关于做好政务公开工作的通知', text: '各县区人民政府：为深入推进政务公开，现就有关事项通知如下。', extraTerms: ['菏政办字〔2021〕35号'] }),
  entry(2, { title: '2022年度工作报告', text: '本年度政務公開工作取得明顯成效，資訊公開更加規範。', orgId: 5, orgPath: '/1/5/', category: '综合政务/其他', kind: '报告', year: 2022, publishedAt: '2022-01-14T02:00:00Z' }),
  entry(3, { title: '<script>alert(1)</script>关于生态环境保护的意见', text: '生态环境保护工作，公开征求意见。', orgId: 9, orgPath: '/1/4/9/', category: '生态环境', kind: '意见', status: '已废止', year: 2023, publishedAt: '2023-05-01T02:00:00Z' }),
  entry(4, { title: '城市建设规划（旧）', text: '城市建设规划编制说明。', orgId: 6, orgPath: '/1/6/', category: '城乡建设/规划', kind: '方案', year: 2019, publishedAt: '2019-03-01T02:00:00Z' }),
  entry(5, { title: '城市建设规划（新）', text: '城市建设规划编制说明。', orgId: 6, orgPath: '/1/6/', category: '城乡建设/规划', kind: '方案', year: 2024, publishedAt: '2024-03-01T02:00:00Z' }),
  entry(6, { title: '优化营商环境实施方案', text: '正文从略。', category: '国民经济管理', kind: '方案', year: 2020, publishedAt: '2020-06-01T02:00:00Z' }),
  entry(7, { title: '经济运行情况', text: '营商环境持续改善，营商环境评价靠前，营商环境建设成效明显。', category: '国民经济管理', kind: '报告', year: 2025, publishedAt: '2025-06-01T02:00:00Z' }),
  entry(8, { title: '转发文件', text: '根据菏政办字〔2021〕35号要求，做好菏政办字〔2021〕35号的落实工作。', year: 2025, publishedAt: '2025-08-01T02:00:00Z' }),
  entry(9, { title: '定时发布的政务公开通知', text: '预定发布。', year: 2026, publishedAt: '2026-04-01T00:00:00Z' }),
  entry(1, { type: 'guide', title: '政务公开指南', text: '办事指南。', year: 2024, publishedAt: '2024-09-01T02:00:00Z' }),
];

let tdb: TestDatabase;
let handle: DbHandle<any>;
let index: SearchIndex;
const search = (text: string, over: Partial<SearchQuery> = {}) => index.search({ text, now: NOW, ...over });
const ids = async (text: string, over: Partial<SearchQuery> = {}) => (await search(text, over)).hits.map((h) => `${h.type === 'document' ? '' : h.type + ':'}${h.id}`);

before(async () => {
  tdb = await createTestDatabase();
  handle = openDatabase<any>(tdb.url);
  assert.equal(handle.engine, TEST_ENGINE);
  await migrateToLatest(handle.db, handle.engine);
  index = createSearchIndex(handle.db, handle.engine);
  await index.upsertMany(handle.db, CORPUS);
});
after(async () => {
  await handle.close();
  await tdb.drop();
});

describe(`search on ${TEST_ENGINE}`, () => {
  it('finds simplified text for a traditional query and traditional text for a simplified one', async () => {
    assert.deepEqual(new Set(await ids('政務公開')), new Set(['1', '2', 'guide:1']));
    assert.deepEqual(await ids('信息公开'), ['2']); // 資訊公開 is folded to 信息公开 (opencc Taiwan phrases)
  });

  it('finds a two-character word', async () => {
    const r = await search('公开');
    assert.deepEqual(new Set(await ids('公开')), new Set(['1', '2', '3', 'guide:1']));
    assert.equal(r.total, 4);
    assert.deepEqual(r.terms, ['公开']);
  });

  it('ranks a title match above a newer, repetitive body match', async () => {
    assert.deepEqual(await ids('营商环境'), ['6', '7']);
  });

  it('ranks the newer of two equally relevant entries first', async () => {
    assert.deepEqual(await ids('城市建设规划'), ['5', '4']);
  });

  it('filters by org subtree, org, category (exact or parent), kind, status, year and type', async () => {
    const f = async (filters: SearchQuery['filters']) => new Set(await ids('', { filters }));
    assert.deepEqual(await f({ orgPath: '/1/4/' }), new Set(['1', '3', '6', '7', '8', 'guide:1']));
    assert.deepEqual(await f({ orgPath: '/1/4' }), await f({ orgPath: '/1/4/' }));
    assert.deepEqual(await f({ orgPath: '/1/4/9/' }), new Set(['3']));
    assert.deepEqual(await f({ orgId: 5 }), new Set(['2']));
    assert.deepEqual(await f({ category: '城乡建设' }), new Set(['4', '5']));
    assert.deepEqual(await f({ category: '综合政务/政务公开' }), new Set(['1', '8', 'guide:1']));
    assert.deepEqual(await f({ category: '综合' }), new Set());
    assert.deepEqual(await f({ kind: '意见' }), new Set(['3']));
    assert.deepEqual(await f({ status: '已废止' }), new Set(['3']));
    assert.deepEqual(await f({ year: 2024 }), new Set(['5', 'guide:1']));
    assert.deepEqual(await f({ type: 'guide' }), new Set(['guide:1']));
    assert.deepEqual(await f({ type: 'document', year: 2025, kind: '报告' }), new Set(['7']));
    assert.deepEqual(new Set(await ids('公开', { filters: { orgPath: '/1/4/', type: 'document' } })), new Set(['1', '3']));
  });

  it('counts facets over the filtered matches', async () => {
    const r = await search('');
    assert.equal(r.total, 9);
    assert.equal(r.totalIsEstimate, undefined);
    assert.deepEqual(r.facets.org, [{ value: '4', count: 5 }, { value: '6', count: 2 }, { value: '5', count: 1 }, { value: '9', count: 1 }]);
    assert.deepEqual(r.facets.category, [{ value: '综合政务', count: 4 }, { value: '国民经济管理', count: 2 }, { value: '城乡建设', count: 2 }, { value: '生态环境', count: 1 }]);
    assert.deepEqual(r.facets.year.map((f) => f.value), ['2025', '2024', '2023', '2022', '2021', '2020', '2019']);
    assert.deepEqual(r.facets.year.find((f) => f.value === '2024'), { value: '2024', count: 2 });
    assert.deepEqual(r.facets.status, [{ value: '现行有效', count: 8 }, { value: '已废止', count: 1 }]);
    const filtered = await search('规划', { filters: { year: 2024 } });
    assert.deepEqual(filtered.facets.kind, [{ value: '方案', count: 1 }]);
  });

  it('pages without gaps or repeats', async () => {
    const all = await ids('', { pageSize: 50 });
    const pages: string[] = [];
    for (let page = 1; page <= 4; page++) pages.push(...(await ids('', { page, pageSize: 3 })));
    assert.deepEqual(pages, all);
    assert.equal(all.length, 9);
    assert.deepEqual(await ids('', { page: 99 }), []);
    const dates = (await search('', { pageSize: 50 })).hits.map((h) => h.publishedAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  it('escapes titles and snippets and marks the terms', async () => {
    const [hit] = (await search('生态环境')).hits;
    assert.equal(hit.titleHtml, '&lt;script&gt;alert(1)&lt;/script&gt;关于<mark>生态环境</mark>保护的意见');
    assert.equal(hit.title, '<script>alert(1)</script>关于生态环境保护的意见');
    assert.equal(hit.snippetHtml, '<mark>生态环境</mark>保护工作，公开征求意见。');
    const [trad] = (await search('政务公开', { filters: { orgId: 5 } })).hits;
    assert.ok(trad.snippetHtml.includes('<mark>政務公開</mark>'), trad.snippetHtml);
  });

  it('hides entries scheduled after now', async () => {
    assert.ok(!(await ids('定时发布')).includes('9'));
    assert.deepEqual(await ids('定时发布', { now: '2026-04-01T00:00:00Z' }), ['9']);
    assert.deepEqual(await ids('定时发布', { now: '2026-03-31T23:59:59.999Z' }), []);
  });

  it('puts the entry whose document number is the query first, whatever the bracket form', async () => {
    for (const q of ['菏政办字〔2021〕35号', '菏政办字[2021]35号', '菏政办字(2021)35号', '菏政办字（2021）35号', '菏政办字［2021］35号', '菏政办字 〔2021〕 35号']) {
      const r = await search(q);
      assert.equal(r.hits[0]?.id, 1, q);
      assert.ok(r.hits.some((h) => h.id === 8), q); // mentions it twice in the text, is newer, still second
    }
  });

  it('replaces on upsert (also when the publication time moves) and removes', async () => {
    await index.upsert(handle.db, entry(20, { title: '旧标题甲乙', publishedAt: '2018-01-01T00:00:00Z', year: 2018 }));
    assert.deepEqual(await ids('旧标题甲乙'), ['20']);
    await index.upsert(handle.db, entry(20, { title: '新标题丙丁', publishedAt: '2018-01-01T00:00:00Z', year: 2018 }));
    assert.deepEqual(await ids('旧标题甲乙'), []);
    assert.deepEqual(await ids('新标题丙丁'), ['20']);
    await index.upsert(handle.db, entry(20, { title: '新标题丙丁', publishedAt: '2025-12-01T00:00:00Z', year: 2025 }));
    const r = await search('新标题丙丁');
    assert.deepEqual(r.hits.map((h) => [h.id, h.publishedAt]), [[20, '2025-12-01T00:00:00.000Z']]);
    assert.equal((await search('', { filters: { year: 2018 } })).total, 0);
    await index.remove(handle.db, 'document', 20);
    await index.remove(handle.db, 'document', 20); // absent: no-op
    assert.deepEqual(await ids('新标题丙丁'), []);
    assert.equal((await search('')).total, 9);
  });

  it('keeps entries published in the same second apart, takes the last duplicate of a batch and keeps the month counts right', async () => {
    const same = '2017-05-05T05:05:05.000Z';
    await index.upsertMany(handle.db, [1, 2, 3, 2].map((n, i) => entry(40 + n, { title: `同秒条目${i === 3 ? '改' : ''}`, publishedAt: same, year: 2017 })));
    assert.deepEqual(new Set(await ids('同秒条目')), new Set(['41', '42', '43']));
    assert.deepEqual(await ids('同秒条目改'), ['42']);
    for (const n of [41, 42, 43]) await index.remove(handle.db, 'document', n);
    const { rows } = await sql<{ s: number; c: number }>`select (select sum(entries) from search_stats) as s, (select count(*) from search_entries) as c`.execute(handle.db);
    assert.equal(Number(rows[0].s), Number(rows[0].c));
  });

  it('writes in the caller\'s transaction', async () => {
    await assert.rejects(
      handle.db.transaction().execute(async (trx) => {
        await index.upsertMany(trx, [entry(30, { title: '回滚测试词' })]);
        throw new Error('rollback');
      }),
      /rollback/,
    );
    assert.deepEqual(await ids('回滚测试词'), []);
  });

  it('survives absurd queries', async () => {
    const absurd = ['AND', 'OR', 'NOT', '*', '"', '(', ')', '-', ':', '^', 'NEAR', 'NEAR(a b)', '政府 OR', '" OR 1=1 --', "'; drop table search_entries; --", '😀🎉', '\u0000\u0001\u0007', '\ud800', '   ', '', '{title}:x', 'col:政府', '政府*', 'a'.repeat(10_000), '政务公开'.repeat(2_500), '\\', "'", '%', '_'];
    for (const text of absurd) {
      const r = await search(text);
      assert.ok(Array.isArray(r.hits) && Number.isFinite(r.total), JSON.stringify(text).slice(0, 40));
    }
    assert.equal((await search('政务公开'.repeat(2_500))).queryTruncated, true);
    assert.equal((await search('*')).total, 9); // no searchable term: the empty-text listing
    assert.equal((await search('   ')).total, 9);
    assert.equal((await search("'; drop table search_entries; --")).total, 0);
    assert.equal((await search('', { filters: { year: Number.NaN } })).total, 0);
    assert.equal((await search('', { page: -3, pageSize: 10_000 })).hits.length, 9);
    assert.equal((await search('', { now: '+275000-01-01T00:00:00Z' })).total, 10); // the scheduled one too
    assert.equal((await search('', { now: '1900-01-01T00:00:00Z' })).total, 0);
  });
});

describe(`large result sets on ${TEST_ENGINE}`, () => {
  const N = CANDIDATES + 500;
  before(async () => {
    const docs: SearchEntry[] = [];
    for (let i = 0; i < N; i++) {
      const year = 2014 + (i % 12);
      const publishedAt = new Date(Date.UTC(year, i % 12, 1 + (i % 27), i % 24)).toISOString();
      docs.push(entry(1000 + i, { title: `批量${i}`, text: i % 2 ? '批量数据 公开 奇数' : '批量数据 公开', year, publishedAt, orgId: 100 + (i % 3), orgPath: `/1/${100 + (i % 3)}/` }));
    }
    await index.upsertMany(handle.db, docs);
  });

  it('estimates total and facets when the matches exceed the candidates', async () => {
    const r = await search('批量数据');
    assert.equal(r.totalIsEstimate, true);
    assert.ok(Math.abs(r.total - N) / N < 0.15, `${r.total} vs ${N}`);
    const years = r.facets.year;
    assert.equal(years.length, 12);
    for (const y of years) assert.ok(Math.abs(y.count - N / 12) / (N / 12) < 0.5, JSON.stringify(y));
    const orgSum = r.facets.org.reduce((s, f) => s + f.count, 0);
    assert.ok(Math.abs(orgSum - r.total) / r.total < 0.02);
  });

  it('counts exactly below the cap', async () => {
    const r = await search('奇数');
    assert.equal(r.total, N / 2);
    assert.equal(r.totalIsEstimate, undefined);
  });

  it('pages by date beyond the candidates without gaps', async () => {
    const a = await search('批量数据', { sort: 'date', page: CANDIDATES / 50, pageSize: 50 });
    const b = await search('批量数据', { sort: 'date', page: CANDIDATES / 50 + 1, pageSize: 50 });
    assert.equal(a.hits.length, 50);
    assert.equal(b.hits.length, 50);
    assert.ok(a.hits.at(-1)!.publishedAt >= b.hits[0].publishedAt);
    assert.equal(new Set([...a.hits, ...b.hits].map((h) => h.id)).size, 100);
  });
});
