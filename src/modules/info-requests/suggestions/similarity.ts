import { segmentForIndex } from '../../../platform/text/index.js';

/**
 * Words that say nothing about WHICH information is asked for: the phrasing of any application
 * (请提供、申请公开、有关…的政府信息), particles, and date units. Compared after folding to simplified
 * Chinese (segmentForIndex folds 資訊 → 信息 first). Single characters are dropped anyway.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '的', '了', '和', '与', '及', '或', '等', '年', '月', '日', '请', '我', '对', '在', '中', '是', '为', '将', '把', '向',
  '以及', '关于', '申请', '公开', '依申请公开', '申请公开', '予以公开', '政府', '信息', '政府信息', '信息公开', '政府信息公开',
  '提供', '要求', '获取', '获得', '相关', '有关', '年度', '我们', '本人', '贵单位', '贵局', '贵机关', '你单位', '贵委',
  '文件', '资料', '材料', '内容', '情况', '具体', '全部', '所有', '是否', '需要', '希望', '如下', '依据', '根据', '条例',
  '规定', '查询', '复印件', '复印', '纸质', '电子版', '副本', '一份', '一下', '其中', '包括', '以上', '上述', '该', '此',
]);

/**
 * The distinct terms of a description that can tell requests apart: jieba search mode on the folded
 * text (traditional, full-width and punctuation variants meet), without stop words and single characters.
 */
export function requestTerms(text: string): string[] {
  const out = new Set<string>();
  for (const t of segmentForIndex(text)) if (t.length > 1 && !STOP_WORDS.has(t)) out.add(t);
  return [...out];
}

/**
 * Groups of sets whose Jaccard similarity (|A∩B| / |A∪B|) reaches `threshold`, joined transitively
 * (union-find: A~B and B~C put A, B, C in one group). Only groups of two or more are returned, as
 * lists of input indexes in ascending order; empty sets never group.
 *
 * Chaining guard: a group in which no term is shared by at least half of its members is a chain of
 * neighbours (A~B~C~… drifting from one subject to another), not one subject; it is clustered again
 * with the threshold raised by 0.1 (up to 0.9), which keeps its tight parts.
 */
export function clusterByJaccard(sets: readonly (readonly string[])[], threshold: number): number[][] {
  const t = Math.min(1, Math.max(0.05, threshold));
  const termIds = new Map<string, number>();
  const docs = sets.map((s) => {
    const ids: number[] = [];
    for (const term of new Set(s)) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      ids.push(id);
    }
    return Int32Array.from(ids).sort();
  });
  const all = docs.map((_, i) => i).filter((i) => docs[i].length > 0);
  return refine(docs, all, t);
}

function refine(docs: readonly Int32Array[], members: number[], t: number): number[][] {
  const out: number[][] = [];
  for (const g of linkSimilar(docs, members, t)) {
    if (t < 0.9 - 1e-9 && !hasCore(docs, g)) out.push(...refine(docs, g, t + 0.1));
    else out.push(g);
  }
  return out;
}

/** Some term is in at least half of the group's sets. */
function hasCore(docs: readonly Int32Array[], g: number[]): boolean {
  const counts = new Map<number, number>();
  for (const i of g) for (const term of docs[i]) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const n of counts.values()) if (2 * n >= g.length) return true;
  return false;
}

/**
 * Union-find over the similar pairs of `members`, without comparing all pairs: prefix filtering
 * (Chaudhuri et al. 2006, "AllPairs"). Terms are ranked rarest first; a set of size n is indexed and
 * probed by its n − ⌈t·n⌉ + 1 rarest terms only. Two sets with Jaccard ≥ t overlap in at least
 * ⌈t·max(|A|,|B|)⌉ terms, so those prefixes share a term: no similar pair is missed, and the long
 * inverted lists of common terms are rarely walked. Identical sets are linked once, by their key;
 * pairs already in one group are not compared again.
 */
function linkSimilar(docs: readonly Int32Array[], members: number[], t: number): number[][] {
  // Identical sets (the same template sent by many) are one node.
  const byKey = new Map<string, number[]>();
  for (const i of members) {
    const key = docs[i].join(',');
    const same = byKey.get(key);
    if (same) same.push(i);
    else byKey.set(key, [i]);
  }
  const nodes = [...byKey.values()];
  const df = new Map<number, number>();
  for (const n of nodes) for (const term of docs[n[0]]) df.set(term, (df.get(term) ?? 0) + 1);
  const rank = new Map([...df.keys()].sort((a, b) => df.get(a)! - df.get(b)! || a - b).map((term, r) => [term, r]));
  const sets = nodes.map((n) => Int32Array.from(docs[n[0]], (term) => rank.get(term)!).sort());

  const parent = Int32Array.from(sets, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Smaller sets first: every indexed set is then no larger than the probing one (size filter below).
  const order = sets.map((_, i) => i).sort((a, b) => sets[a].length - sets[b].length || a - b);
  const postings: number[][] = Array.from({ length: rank.size }, () => []);
  const seen = new Int32Array(sets.length).fill(-1);
  const eps = 1e-9;
  for (const x of order) {
    const dx = sets[x];
    const prefix = dx.length - Math.ceil(t * dx.length - eps) + 1;
    const minSize = t * dx.length - eps; // |y| < t·|x| means J < t
    for (let k = 0; k < prefix; k++) {
      for (const y of postings[dx[k]]) {
        if (seen[y] === x) continue;
        seen[y] = x;
        const dy = sets[y];
        if (dy.length < minSize) continue;
        const rx = find(x);
        const ry = find(y);
        if (rx === ry) continue;
        const common = overlap(dx, dy);
        if (common / (dx.length + dy.length - common) >= t - eps) parent[rx] = ry;
      }
    }
    // Later probes are no smaller, so x need only be found by its ⌈|x| − 2t/(1+t)·|x|⌉ + 1 rarest terms.
    const indexed = dx.length - Math.ceil(((2 * t) / (1 + t)) * dx.length - eps) + 1;
    for (let k = 0; k < indexed; k++) postings[dx[k]].push(x);
  }

  const groups = new Map<number, number[]>();
  for (let x = 0; x < sets.length; x++) {
    const root = find(x);
    const g = groups.get(root);
    if (g) g.push(...nodes[x]);
    else groups.set(root, [...nodes[x]]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort((a, b) => a - b));
}

/** |a ∩ b| of two ascending arrays. */
function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}
