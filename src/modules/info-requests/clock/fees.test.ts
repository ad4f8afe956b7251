/**
 * 信息处理费 (国办函〔2020〕109号, domain.md §1.4). All amounts computed by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_FEE_RATES, describeFee, type FeeRates, perItemFee, perVolumeFee } from './fees.js';

describe('按件计收 (per applicant per natural month, 超额累进)', () => {
  it('domain.md worked example: 35 items in a month → 20×100 + 5×200 = 3000 元', () => {
    const fee = perItemFee(0, 35);
    assert.equal(fee.amountYuan, 3000);
    assert.deepEqual(fee.breakdown, [
      { from: 1, to: 10, count: 10, rate: 0, subtotal: 0 },
      { from: 11, to: 30, count: 20, rate: 100, subtotal: 2000 },
      { from: 31, to: 35, count: 5, rate: 200, subtotal: 1000 },
    ]);
    assert.equal(describeFee(fee), '第1—10件：10件免费；第11—30件：20件×100元=2000元；第31—35件：5件×200元=1000元；合计3000元');
  });

  it('counts on from the items already charged this month', () => {
    // Items 29–33: 29–30 at 100 (200) + 31–33 at 200 (600) = 800.
    assert.equal(perItemFee(28, 5).amountYuan, 800);
    // Items 46–65: 46–50 at 300 (1500) + 51–60 at 400 (4000) + 61–65 at 500 (2500) = 8000.
    const fee = perItemFee(45, 20);
    assert.equal(fee.amountYuan, 8000);
    assert.deepEqual(fee.breakdown.map((l) => [l.from, l.to, l.rate]), [[46, 50, 300], [51, 60, 400], [61, 65, 500]]);
    // Item 11 alone: the first charged item.
    assert.equal(describeFee(perItemFee(10, 1)), '第11件：1件×100元=100元；合计100元');
  });

  it('the first 10 items of the month are free; no item costs nothing', () => {
    assert.equal(perItemFee(0, 10).amountYuan, 0);
    assert.equal(describeFee(perItemFee(0, 10)), '第1—10件：10件免费；合计0元');
    assert.deepEqual(perItemFee(7, 0), { method: 'per_item', amountYuan: 0, breakdown: [] });
    assert.equal(describeFee(perItemFee(7, 0)), '不收费（0元）');
  });
});

describe('按量计收 (per request by pages, 超额累进)', () => {
  it('domain.md worked example: 250 pages → 70×10 + 100×20 + 50×40 = 4700 元', () => {
    const fee = perVolumeFee(250);
    assert.equal(fee.amountYuan, 4700);
    assert.equal(
      describeFee(fee),
      '第1—30页：30页免费；第31—100页：70页×10元=700元；第101—200页：100页×20元=2000元；第201—250页：50页×40元=2000元；合计4700元',
    );
  });

  it('band edges: 30 → 0, 31 → 10, 100 → 700, 101 → 720, 200 → 2700, 201 → 2740', () => {
    const expected: [number, number][] = [[0, 0], [30, 0], [31, 10], [100, 700], [101, 720], [200, 2700], [201, 2740]];
    for (const [pages, yuan] of expected) assert.equal(perVolumeFee(pages).amountYuan, yuan, `${pages} pages`);
  });
});

describe('configurable rates and bad input', () => {
  it('the [U] parts come from the rates given', () => {
    const rates: FeeRates = {
      perItem: { ...DEFAULT_FEE_RATES.perItem, beyond: { blockSize: 10, rateStep: 50 } },
      perVolume: { tiers: [{ upTo: 50, rate: 0 }, { upTo: null, rate: 10 }] },
    };
    assert.equal(perItemFee(0, 35, rates).amountYuan, 2750); // 20×100 + 5×150
    assert.equal(perVolumeFee(60, rates).amountYuan, 100); // 10×10
  });

  it('refuses counts that are not non-negative integers', () => {
    for (const n of [-1, 1.5, Number.NaN]) {
      assert.throws(() => perVolumeFee(n), /页数应为不小于0的整数/);
      assert.throws(() => perItemFee(n, 1), RangeError);
      assert.throws(() => perItemFee(0, n), /本次件数应为不小于0的整数/);
    }
  });
});
