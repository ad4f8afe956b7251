/**
 * The statutory clock of 依申请公开 (条例第三十条—第四十二条): pure functions over a request's
 * event log, a working-day calendar and today's date, plus the 信息处理费 of 国办函〔2020〕109号.
 */
export * from './clock-events.js';
export { deriveClock } from './derive.js';
export { stepProblem } from './step-checks.js';
export {
  DEFAULT_FEE_RATES,
  describeFee,
  perItemFee,
  perVolumeFee,
  type FeeLine,
  type FeeRates,
  type FeeResult,
  type FeeTier,
} from './fees.js';
