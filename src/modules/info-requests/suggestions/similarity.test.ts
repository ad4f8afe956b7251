// 依申请转主动 (条例第四十四条): grouping requests that ask for the same information in different words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STOP_WORDS, clusterByJaccard, requestTerms } from './similarity.js';

const DESCRIPTIONS = [
  /* 0 */ '请公开2025年菏泽市牡丹区老旧小区改造项目清单及资金安排',
  /* 1 */ '申请获取：2025年 菏泽市牡丹区 老旧小区改造 项目清单、资金安排情况！', // other phrasing and punctuation
  /* 2 */ '2025年菏澤市牡丹區老舊小區改造項目清單及資金安排', // traditional characters
  /* 3 */ '关于牡丹区2025年老旧小区改造项目的清单和资金安排的政府信息', // reworded
  /* 4 */ '曹县青岗集镇2024年征地补偿安置方案及补偿标准',
  /* 5 */ '请提供青岗集镇2024年度征地补偿安置方案、补偿标准文件',
  /* 6 */ '青崗集鎮2024年徵地補償安置方案及補償標準',
  /* 7 */ '菏泽市财政局2025年部门预算公开说明',
  /* 8 */ '曹县教育和体育局学校食堂招标文件',
  /* 9 */ '菏泽市2026年春节期间市场价格监测报告',
  /* 10 */ '牡丹区老旧小区加装电梯补贴政策', // same place and 老旧小区, another subject
  /* 11 */ '２０２５年菏泽市牡丹区道路改造项目清单', // full-width digits; same frame, another object
];

const sorted = (groups: number[][]) => groups.map((g) => g.join(',')).sort();

describe('依申请转主动: similar descriptions', () => {
  it('folds traditional characters, full-width digits and punctuation, and drops the phrasing of an application', () => {
    const plain = requestTerms(DESCRIPTIONS[0]);
    assert.deepEqual(requestTerms(DESCRIPTIONS[2]).sort(), [...plain].sort());
    assert.deepEqual(requestTerms(DESCRIPTIONS[1]).sort(), [...plain].sort());
    assert.ok(requestTerms(DESCRIPTIONS[11]).includes('2025'));
    for (const t of requestTerms('关于申请公开有关政府信息的请求：请提供相关文件')) assert.ok(!STOP_WORDS.has(t) && t.length > 1, t);
    assert.deepEqual(requestTerms('请提供相关政府信息'), []);
  });

  it('groups near-duplicates at the default threshold and keeps other subjects apart', () => {
    const groups = clusterByJaccard(DESCRIPTIONS.map(requestTerms), 0.5);
    // 11 shares year, place, 改造 and 项目清单 with the 老旧小区 group (Jaccard ≈ 0.6): at 0.5 it joins.
    assert.deepEqual(sorted(groups), ['0,1,2,3,11', '4,5,6']);
  });

  it('a higher threshold keeps the rewording but not the request for another object', () => {
    const groups = clusterByJaccard(DESCRIPTIONS.map(requestTerms), 0.65);
    assert.deepEqual(sorted(groups), ['0,1,2,3', '4,5,6']);
    // Near 1 only the texts that are the same once folded (traditional, punctuation, 请/申请获取) remain.
    assert.deepEqual(sorted(clusterByJaccard(DESCRIPTIONS.map(requestTerms), 0.95)), ['0,1,2']);
  });

  it('finds exactly the groups of an all-pairs comparison (prefix filtering loses nothing)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 200; trial++) {
      const vocab = 5 + Math.floor(rnd() * 20);
      const sets = Array.from({ length: 5 + Math.floor(rnd() * 40) }, () => Array.from({ length: Math.floor(rnd() * 8) }, () => `w${Math.floor(rnd() * vocab)}`));
      const t = [0.3, 0.5, 0.6, 0.75, 1][trial % 5];
      assert.deepEqual(sorted(clusterByJaccard(sets, t)), sorted(allPairs(sets, t)), `trial ${trial}`);
    }
  });

  it('breaks a chain of neighbours that share no subject', () => {
    // Set i holds terms i…i+4: neighbours share 4 of 5 (Jaccard 4/6 ≈ 0.67), so all 12 link at 0.6,
    // yet no term is in more than 5 of them: a drift, not one subject.
    const chain = Array.from({ length: 12 }, (_, i) => [0, 1, 2, 3, 4].map((k) => `t${i + k}`));
    const groups = clusterByJaccard(chain, 0.6);
    assert.deepEqual(groups, []);
    assert.deepEqual(sorted(clusterByJaccard(chain.slice(0, 3), 0.6)), ['0,1,2'], 'a short run does share a subject');
  });

  it('completes on 20,000 synthetic descriptions (timing printed, not asserted: see npm run bench)', () => {
    const places = ['菏泽市', '牡丹区', '曹县', '单县', '成武县', '巨野县', '郓城县', '鄄城县', '东明县', '定陶区', '青岗集镇', '普连集镇'];
    const subjects = ['老旧小区改造', '征地补偿安置', '三公经费', '政府采购', '环境影响评价', '学校建设', '道路拓宽', '棚户区改造', '农村危房改造', '低保发放', '医保基金', '河道治理', '拆迁补偿', '城市规划', '产业扶持资金'];
    const kinds = ['项目清单', '实施方案', '资金使用明细', '审批文件', '会议纪要', '验收报告', '招标文件', '补偿标准'];
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
    const texts = Array.from({ length: 20_000 }, (_, i) => {
      const [p, y, s, k] = [pick(places), 2020 + Math.floor(rnd() * 6), pick(subjects), pick(kinds)];
      const body = pick([`请提供${y}年${p}${s}${k}`, `申请公开${p}${y}年度${s}的${k}及相关文件`, `关于${p}${s}（${y}年）${k}的政府信息`]);
      return rnd() < 0.3 ? `${body}，编号第${i}号` : body;
    });
    const started = performance.now();
    const sets = texts.map(requestTerms);
    const segmented = performance.now();
    const groups = clusterByJaccard(sets, 0.5);
    const done = performance.now();
    console.log(`20000 descriptions: segmentation ${Math.round(segmented - started)} ms, clustering ${Math.round(done - segmented)} ms, ${groups.length} groups`);
    assert.ok(groups.length > 0);
  });
});

/** The same grouping by comparing every pair (test oracle). */
function allPairs(sets: string[][], threshold: number): number[][] {
  const S = sets.map((s) => new Set(s));
  const jaccard = (a: Set<string>, b: Set<string>) => {
    let n = 0;
    for (const x of a) if (b.has(x)) n++;
    return n / (a.size + b.size - n);
  };
  const run = (members: number[], t: number): number[][] => {
    const parent = new Map(members.map((m) => [m, m]));
    const find = (i: number): number => (parent.get(i) === i ? i : find(parent.get(i)!));
    for (const a of members) for (const b of members) if (a < b && jaccard(S[a], S[b]) >= t - 1e-9) parent.set(find(a), find(b));
    const groups = new Map<number, number[]>();
    for (const m of members) groups.set(find(m), [...(groups.get(find(m)) ?? []), m]);
    return [...groups.values()].filter((g) => g.length > 1).flatMap((g) => {
      const counts = new Map<string, number>();
      for (const i of g) for (const x of S[i]) counts.set(x, (counts.get(x) ?? 0) + 1);
      const core = [...counts.values()].some((n) => 2 * n >= g.length);
      return t < 0.9 - 1e-9 && !core ? run(g, t + 0.1) : [g];
    });
  };
  return run(sets.map((_, i) => i).filter((i) => S[i].size > 0), Math.min(1, Math.max(0.05, threshold)));
}
