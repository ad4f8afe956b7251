import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SYSTEM_ACTOR } from '../../src/platform/audit/index.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

/**
 * Search quality on a corpus built from the two real work plans in test/fixtures/plans (copied from
 * shared/fixtures): every numbered task becomes a document titled with its heading. The relevant
 * documents of each query were judged by reading the texts (not by running the engine).
 */
const FIXTURES = path.resolve('test/fixtures/plans');

function corpus(): { key: string; title: string; body: string; writtenAt: string; org: string }[] {
  const out: { key: string; title: string; body: string; writtenAt: string; org: string }[] = [];
  const heze = fs.readFileSync(path.join(FIXTURES, 'heze-2021.txt'), 'utf8').split('\n');
  for (const line of heze) {
    const m = /^(\d{1,2})[.．]\s*([^。]{2,40})。(.*)$/.exec(line.trim());
    if (m) out.push({ key: `heze:${m[2]}`, title: m[2], body: line.trim(), writtenAt: '2021-07-14', org: 'hz-bgs' });
  }
  const hubei = fs.readFileSync(path.join(FIXTURES, 'hubei-2019.txt'), 'utf8').split('\n');
  for (const line of hubei) {
    const m = /^[(（]([一二三四五六七八九十]{1,3})[)）]([^。]{2,40})。(.*)$/.exec(line.trim());
    if (m) out.push({ key: `hubei:${m[2]}`, title: m[2], body: line.trim(), writtenAt: '2019-04-10', org: 'heze' });
  }
  return out;
}

/** Query → the headings judged relevant. */
const JUDGEMENTS: Record<string, string[]> = {
  政策解读: ['heze:明确和扩大政策解读范围', 'heze:强化政策解读主体责任', 'heze:丰富解读形式', 'heze:深化解读内容', 'hubei:围绕稳定市场预期加强政策解读'],
  依申请公开: ['heze:优化办理依申请公开', 'hubei:不断完善依申请公开工作规范'],
  政府公报: ['heze:办好政府公报', 'hubei:规范有序开展政府公报工作'],
  主动公开基本目录: ['heze:编制完善政府信息主动公开基本目录', 'hubei:大力推进主动公开基本目录制度'],
  政府网站建设: ['hubei:强化政府网站建设管理', 'heze:加强政务公开平台建设管理'],
  舆情回应: ['hubei:围绕社会重大关切加强舆情回应', 'heze:重视公众关切'],
  公共企事业单位信息公开: ['heze:推进公共企事业单位信息公开', 'hubei:建立健全公共企事业单位信息公开制度'],
  宣传培训: ['heze:开展系统培训', 'heze:做好政务公开宣传', 'hubei:积极开展政务公开和政务服务的宣传培训'],
  政务服务热线: ['hubei:整合各类政务热线电话'],
  重点领域信息公开: ['heze:深化重点领域信息公开', 'hubei:围绕重点领域加大主动公开力度'],
  政務公開專區: ['heze:强化政务公开专区建设'],
  基层政务公开标准化规范化: ['heze:推进基层政务公开标准化规范化'],
  会议公开: ['heze:推进会议公开'],
  公开属性源头认定: ['heze:严格落实公文公开属性源头认定制度'],
};

describe('search quality on the work-plan corpus (precision@5)', () => {
  let t: TestApp;
  let keyById: Map<number, string>;
  before(async () => {
    t = await buildTestApp();
    const docs = corpus();
    async function* lines() {
      for (const d of docs) yield JSON.stringify({ title: d.title, org: d.org, writtenAt: d.writtenAt, publishedAt: d.writtenAt, topic: '综合政务/政务公开', genre: '通知', body: d.body });
    }
    const s = await t.c.publications.imports.importLines({ ...SYSTEM_ACTOR, name: '测试' }, lines(), { baseDir: FIXTURES });
    assert.equal(s.imported, docs.length, JSON.stringify(s.errors));
    const rows = await t.c.db.selectFrom('documents').select(['id', 'title', 'org_id']).execute();
    const heze = await t.orgId('hz-bgs');
    keyById = new Map(rows.map((r) => [r.id, `${r.org_id === heze ? 'heze' : 'hubei'}:${r.title}`]));
  });
  after(() => t.close());

  it('the corpus has every task of both plans', () => {
    assert.equal(corpus().length, 36);
  });

  it('precision@5 and MRR over the judged queries reach the bar', async () => {
    let p5 = 0;
    let p5norm = 0;
    let rr = 0;
    const lines: string[] = [];
    for (const [q, relevant] of Object.entries(JUDGEMENTS)) {
      const r = await t.c.publications.public.search({ q, pageSize: 5 });
      const top = r.hits.map((h) => keyById.get(h.id)!);
      const hits = top.filter((k) => relevant.includes(k)).length;
      p5 += hits / 5;
      p5norm += hits / Math.min(5, relevant.length);
      const first = top.findIndex((k) => relevant.includes(k));
      rr += first < 0 ? 0 : 1 / (first + 1);
      lines.push(`${q}: ${hits}/${Math.min(5, relevant.length)} [${top.join(' | ')}]`);
    }
    const n = Object.keys(JUDGEMENTS).length;
    const report = { queries: n, precisionAt5: +(p5 / n).toFixed(3), normalisedPrecisionAt5: +(p5norm / n).toFixed(3), mrr: +(rr / n).toFixed(3) };
    console.log(`search quality: ${JSON.stringify(report)}\n${lines.join('\n')}`);
    // Standard P@5 is capped by queries with fewer than 5 relevant documents; the normalised figure divides by min(5, |relevant|).
    assert.ok(report.normalisedPrecisionAt5 >= 0.85, lines.join('\n'));
    assert.ok(report.mrr >= 0.9, lines.join('\n'));
  });
});
