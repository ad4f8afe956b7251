/**
 * 信息处理费 (条例第四十二条; 《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号). Both methods
 * are 超额累进 (progressive): each part of the count is charged at the rate of its band. One request
 * is charged by one method only, never both.
 * - 按件计收: per applicant per natural month, numbered cumulatively over the month: 1–10 free,
 *   11–30 100 元/件, then each further block of 10 raises the rate by 100 元 (31–40 200, 41–50 300 …;
 *   the block reading is an interpretation [U], hence configurable).
 * - 按量计收: per request by pages: 1–30 free, 31–100 10 元/页, 101–200 20 元/页, 201 on 40 元/页.
 */

/** A band of the count up to `upTo` (inclusive; null = no upper end) charged `rate` 元 each. */
export interface FeeTier {
  upTo: number | null;
  rate: number;
}

export interface FeeRates {
  perItem: {
    /** Bands by the applicant's cumulative item number in the month; the first is the free allowance. */
    tiers: readonly FeeTier[];
    /** After the last band: blocks of `blockSize` items, each `rateStep` 元 dearer than the one before [U]. */
    beyond: { blockSize: number; rateStep: number };
  };
  /** Bands by page number within one request; the last band should have `upTo: null`. */
  perVolume: { tiers: readonly FeeTier[] };
}

export const DEFAULT_FEE_RATES: FeeRates = {
  perItem: {
    tiers: [
      { upTo: 10, rate: 0 },
      { upTo: 30, rate: 100 },
    ],
    beyond: { blockSize: 10, rateStep: 100 },
  },
  perVolume: {
    tiers: [
      { upTo: 30, rate: 0 },
      { upTo: 100, rate: 10 },
      { upTo: 200, rate: 20 },
      { upTo: null, rate: 40 },
    ],
  },
};

/** Items (件) or pages (页) `from`..`to` (inclusive), `count` of them at `rate` 元. */
export interface FeeLine {
  from: number;
  to: number;
  count: number;
  rate: number;
  subtotal: number;
}

export interface FeeResult {
  method: 'per_item' | 'per_volume';
  amountYuan: number;
  /** One line per band touched, free bands included (rate 0). */
  breakdown: FeeLine[];
}

interface Band {
  from: number;
  to: number;
  rate: number;
}

/** The bands of a tier list, then (when given) ever dearer blocks of `beyond`. */
function* bands(tiers: readonly FeeTier[], beyond?: FeeRates['perItem']['beyond']): Generator<Band> {
  let from = 1;
  let rate = 0;
  for (const tier of tiers) {
    const to = tier.upTo ?? Number.POSITIVE_INFINITY;
    rate = tier.rate;
    if (to >= from) yield { from, to, rate };
    if (tier.upTo === null) return;
    from = Math.max(from, tier.upTo + 1);
  }
  if (!beyond) throw new RangeError('收费标准的最后一档应不设上限');
  if (!(beyond.blockSize >= 1)) throw new RangeError('收费标准的累进档位件数应不少于1');
  for (;;) {
    rate += beyond.rateStep;
    yield { from, to: from + beyond.blockSize - 1, rate };
    from += beyond.blockSize;
  }
}

/** The progressive charge of numbers `first`..`last` over `bandList`. */
function charge(first: number, last: number, bandList: Generator<Band>): Omit<FeeResult, 'method'> {
  const breakdown: FeeLine[] = [];
  if (last >= first) {
    for (const band of bandList) {
      if (band.from > last) break;
      if (band.to < first) continue;
      const from = Math.max(first, band.from);
      const to = Math.min(last, band.to);
      const count = to - from + 1;
      breakdown.push({ from, to, count, rate: band.rate, subtotal: count * band.rate });
    }
  }
  return { amountYuan: breakdown.reduce((sum, l) => sum + l.subtotal, 0), breakdown };
}

function assertCount(n: number, name: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name}应为不小于0的整数，收到“${String(n)}”`);
}

/**
 * 按件计收: the fee for `items` more items from an applicant who already had
 * `previousItemsThisMonth` items counted in the same natural month.
 * @example perItemFee(0, 35).amountYuan; // 3000 = 20×100 + 5×200
 * @throws {RangeError} when a count is not a non-negative integer.
 */
export function perItemFee(previousItemsThisMonth: number, items: number, rates: FeeRates = DEFAULT_FEE_RATES): FeeResult {
  assertCount(previousItemsThisMonth, '本月此前已计件数');
  assertCount(items, '本次件数');
  const first = previousItemsThisMonth + 1;
  return { method: 'per_item', ...charge(first, previousItemsThisMonth + items, bands(rates.perItem.tiers, rates.perItem.beyond)) };
}

/**
 * 按量计收: the fee for one request of `pages` pages.
 * @example perVolumeFee(250).amountYuan; // 4700 = 70×10 + 100×20 + 50×40
 * @throws {RangeError} when `pages` is not a non-negative integer.
 */
export function perVolumeFee(pages: number, rates: FeeRates = DEFAULT_FEE_RATES): FeeResult {
  assertCount(pages, '页数');
  return { method: 'per_volume', ...charge(1, pages, bands(rates.perVolume.tiers)) };
}

/** One Chinese line, e.g. `第1—10件：10件免费；第11—30件：20件×100元=2000元；第31—35件：5件×200元=1000元；合计3000元`. */
export function describeFee(result: FeeResult): string {
  const unit = result.method === 'per_item' ? '件' : '页';
  if (result.breakdown.length === 0) return '不收费（0元）';
  const lines = result.breakdown.map((l) => {
    const range = l.from === l.to ? `第${l.from}${unit}` : `第${l.from}—${l.to}${unit}`;
    return l.rate === 0 ? `${range}：${l.count}${unit}免费` : `${range}：${l.count}${unit}×${l.rate}元=${l.subtotal}元`;
  });
  return `${lines.join('；')}；合计${result.amountYuan}元`;
}
