import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CandidateRow } from './driver.js';
import { ID_SLOTS, monthSeconds } from './entry.js';
import { entriesSince, facetAccumulator, STRATA, stratify } from './estimate.js';

const idAt = (iso: string) => Math.floor(Date.parse(iso) / 1000) * ID_SLOTS;

describe('stratify', () => {
  const months = Array.from({ length: 36 }, (_, i) => ({ month: 202001 + Math.floor(i / 12) * 100 + (i % 12), entries: 100 }));

  it('cuts the months before the oldest candidate into strata of similar size', () => {
    const strata = stratify(months, idAt('2022-07-01T00:00:00Z'));
    assert.equal(strata.length, STRATA);
    const total = strata.reduce((s, x) => s + x.entries, 0);
    assert.ok(Math.abs(total - 3000) < 1, String(total)); // Jan 2020 … Jun 2022, plus nothing of July
    assert.deepEqual(strata[0].months.slice(0, 2), [202206, 202205]);
    assert.equal(strata[strata.length - 1].months.at(-1), 202001);
    for (const s of strata) assert.ok(s.entries >= 500 && s.entries <= 700, String(s.entries));
  });

  it('counts the part of the oldest candidate month before it', () => {
    const [lo, hi] = monthSeconds(202207);
    const strata = stratify(months, ((lo + hi) / 2) * ID_SLOTS);
    const first = strata[0].segments[0];
    assert.equal(first.month, 202207);
    assert.ok(Math.abs(first.entries - 50) < 1);
  });

  it('returns nothing when there is nothing older', () => {
    assert.deepEqual(stratify(months, idAt('2019-01-01T00:00:00Z')), []);
    assert.deepEqual(stratify([], idAt('2022-01-01T00:00:00Z')), []);
  });
});

describe('entriesSince', () => {
  it('spreads a month evenly', () => {
    const [lo, hi] = monthSeconds(202101);
    const seg = [{ month: 202101, loSec: lo, hiSec: hi, entries: 310 }];
    assert.equal(entriesSince(seg, lo - 10), 310);
    assert.ok(Math.abs(entriesSince(seg, lo + (hi - lo) / 2) - 155) < 1);
    assert.equal(entriesSince(seg, hi), 0);
  });
});

describe('facetAccumulator', () => {
  const row = (over: Partial<CandidateRow>): CandidateRow => ({
    id: 1, orgId: 4, categoryTop: '综合政务', kind: '通知', status: '现行有效', year: 2021, titleNorm: '', ...over,
  });

  it('counts, sorts by count (years by year) and rounds estimates', () => {
    const f = facetAccumulator();
    f.add(row({}), 1);
    f.add(row({ orgId: 5, year: 2023, kind: null, categoryTop: null }), 2.4);
    f.add(row({ year: 2022, status: null }), 0.3);
    const exact = f.result(false);
    assert.deepEqual(exact.org, [{ value: '5', count: 2.4 }, { value: '4', count: 1.3 }]);
    const est = f.result(true);
    assert.deepEqual(est.year, [{ value: '2023', count: 2 }, { value: '2021', count: 1 }]);
    assert.deepEqual(est.kind, [{ value: '通知', count: 1 }]);
    assert.deepEqual(est.category, [{ value: '综合政务', count: 1 }]);
  });
});
