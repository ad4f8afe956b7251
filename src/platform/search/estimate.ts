import type { CandidateRow, MonthCount, SearchDriver } from './driver.js';
import { ID_SLOTS, monthSeconds, secondOfId } from './entry.js';
import type { FacetCount, SearchFacets } from './types.js';

/** Older strata sampled when the newest candidates are capped. */
export const STRATA = 5;
/** Matches fetched per stratum (newest first inside it). */
export const STRATUM_SAMPLE = 200;
/** Facet values returned per facet. */
const MAX_FACET_VALUES = 100;

/** A candidate standing for `weight` matches (1 when counted exactly). */
export interface Weighted {
  row: CandidateRow;
  weight: number;
}

export interface Segment {
  month: number;
  loSec: number;
  hiSec: number; // exclusive
  entries: number;
}

export interface Stratum {
  /** Publication months (UTC yyyymm) it spans, newest first. */
  months: number[];
  loSec: number;
  hiSec: number;
  entries: number;
  segments: Segment[];
}

/**
 * A capped query has more than the newest candidates; counting them exactly would walk the
 * whole doclist of a common term. Instead the entries older than the candidates are cut
 * into {@link STRATA} strata of whole months with similar entry counts (`search_stats`)
 * and the newest {@link STRATUM_SAMPLE} matches of each are fetched. A stratum with fewer
 * matches is exact; otherwise each sampled match stands for `stratum entries / entries in
 * the sampled part` matches (the sampled part's match rate is taken for the stratum).
 * Cost: STRATA × STRATUM_SAMPLE rows, whatever the corpus size.
 *
 * Why months: FTS5 positions on a rowid bound by walking the doclist (measured: linear,
 * ~30 ns per skipped entry), but it skips quickly to the rowids of a rare token. So the
 * SQLite driver selects a stratum by its month tokens.
 */
export async function sampleOlder<P>(driver: SearchDriver<P>, plan: P, oldestCandidateId: number): Promise<Weighted[]> {
  const strata = stratify(await driver.monthCounts(), oldestCandidateId);
  const samples = await Promise.all(
    strata.map((s) =>
      driver.candidates(plan, { lo: s.loSec * ID_SLOTS, hi: Math.min(s.hiSec * ID_SLOTS, oldestCandidateId) - 1, months: s.months }, STRATUM_SAMPLE, 0),
    ),
  );
  const out: Weighted[] = [];
  strata.forEach((stratum, i) => {
    const rows = samples[i];
    let weight = 1;
    if (rows.length >= STRATUM_SAMPLE) {
      const sampledFromSec = secondOfId(rows[rows.length - 1].id);
      const covered = Math.max(rows.length, entriesSince(stratum.segments, sampledFromSec));
      weight = Math.max(1, stratum.entries / covered);
    }
    for (const row of rows) out.push({ row, weight });
  });
  return out;
}

/** Months (newest first) below the oldest candidate, grouped into strata of similar entry counts. */
export function stratify(months: readonly MonthCount[], oldestCandidateId: number): Stratum[] {
  const limitSec = secondOfId(oldestCandidateId);
  const segments: Segment[] = [];
  for (const m of [...months].sort((a, b) => b.month - a.month)) {
    if (m.entries <= 0) continue;
    const [lo, hi] = monthSeconds(m.month);
    if (lo > limitSec) continue;
    if (hi > limitSec) {
      // The month of the oldest candidate: only its part before it, assuming an even spread.
      const share = (limitSec - lo) / (hi - lo);
      if (share > 0) segments.push({ month: m.month, loSec: lo, hiSec: limitSec + 1, entries: m.entries * share });
      continue;
    }
    segments.push({ month: m.month, loSec: lo, hiSec: hi, entries: m.entries });
  }
  const totalEntries = segments.reduce((s, x) => s + x.entries, 0);
  if (totalEntries < 1) return [];
  const target = totalEntries / STRATA;
  const strata: Stratum[] = [];
  let current: Stratum | null = null;
  for (const seg of segments) {
    if (!current) current = { months: [], loSec: seg.loSec, hiSec: seg.hiSec, entries: 0, segments: [] };
    current.loSec = seg.loSec;
    current.entries += seg.entries;
    current.months.push(seg.month);
    current.segments.push(seg);
    if (current.entries >= target && strata.length < STRATA - 1) {
      strata.push(current);
      current = null;
    }
  }
  if (current) strata.push(current);
  return strata;
}

/** Entries of the segments published at or after second `sec` (even spread inside a month). */
export function entriesSince(segments: readonly Segment[], sec: number): number {
  let n = 0;
  for (const s of segments) {
    if (s.loSec >= sec) n += s.entries;
    else if (s.hiSec > sec) n += (s.entries * (s.hiSec - sec)) / (s.hiSec - s.loSec);
  }
  return n;
}

/** Weighted facet counts; estimates are rounded and values that round to 0 dropped. */
export interface FacetAccumulator {
  add(row: CandidateRow, weight: number): void;
  result(estimate: boolean): SearchFacets;
}

export function emptyFacets(): SearchFacets {
  return { org: [], category: [], kind: [], year: [], status: [] };
}

export function facetAccumulator(): FacetAccumulator {
  const maps = { org: new Map<string, number>(), category: new Map<string, number>(), kind: new Map<string, number>(), year: new Map<string, number>(), status: new Map<string, number>() };
  const bump = (m: Map<string, number>, v: string | null, w: number) => {
    if (v !== null && v !== '') m.set(v, (m.get(v) ?? 0) + w);
  };
  const list = (m: Map<string, number>, estimate: boolean, byValueDesc = false): FacetCount[] => {
    const out = [...m].map(([value, c]) => ({ value, count: estimate ? Math.round(c) : c })).filter((f) => f.count > 0);
    out.sort(byValueDesc ? (a, b) => Number(b.value) - Number(a.value) : (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return out.slice(0, MAX_FACET_VALUES);
  };
  return {
    add(row, w) {
      bump(maps.org, String(row.orgId), w);
      bump(maps.category, row.categoryTop, w);
      bump(maps.kind, row.kind, w);
      bump(maps.year, String(row.year), w);
      bump(maps.status, row.status, w);
    },
    result(estimate) {
      return {
        org: list(maps.org, estimate),
        category: list(maps.category, estimate),
        kind: list(maps.kind, estimate),
        year: list(maps.year, estimate, true),
        status: list(maps.status, estimate),
      };
    },
  };
}
