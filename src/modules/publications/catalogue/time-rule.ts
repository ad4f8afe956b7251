/**
 * 公开时限 as a rule the platform can check. The text stays as the catalogue wrote it; the rule is
 * parsed from it (and may be corrected by hand):
 * - `event`: publish within N working days of the information being formed or changed (条例第二十六条:
 *   20 个工作日 unless a law says otherwise) — covered once any linked document was published;
 * - `periodic`: every year / half-year / quarter / month — covered when a linked document was published
 *   in the current or the immediately preceding period (Asia/Shanghai);
 * - `realtime` (实时公开) and `none`: covered once any linked document was published.
 */
import { shanghaiDate, shanghaiStartOfDay } from '../../../platform/time/index.js';
import { PUBLISH_WITHIN_WORKDAYS } from '../vocabulary.js';

export const RULE_KINDS = ['event', 'periodic', 'realtime', 'none'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export const PERIODS = ['year', 'half-year', 'quarter', 'month'] as const;
export type Period = (typeof PERIODS)[number];

export interface TimeRule {
  kind: RuleKind;
  /** `event` only: working days from formation or change; null when the text says 及时 without a number. */
  days: number | null;
  /** `periodic` only. */
  period: Period | null;
}

export const PERIOD_LABELS: Record<Period, string> = { year: '每年', 'half-year': '每半年', quarter: '每季度', month: '每月' };
const CURRENT: Record<Period, string> = { year: '本年度', 'half-year': '本半年度', quarter: '本季度', month: '本月' };
const PREVIOUS: Record<Period, string> = { year: '上年度', 'half-year': '上一半年度', quarter: '上季度', month: '上月' };
const MONTHS: Record<Period, number> = { year: 12, 'half-year': 6, quarter: 3, month: 1 };

const NONE: TimeRule = { kind: 'none', days: null, period: null };

/** Reads the rule out of a 公开时限 as written, e.g. "信息形成或者变更之日起20个工作日内" → event, 20. */
export function parseTimeLimit(text: string): TimeRule {
  const s = text.replace(/\s+/g, '');
  if (!s) return NONE;
  if (s.includes('实时')) return { kind: 'realtime', days: null, period: null };
  // Periodic wording first: "每年3月31日前" names a day but is a yearly rule.
  const periodic = (period: Period): TimeRule => ({ kind: 'periodic', days: null, period });
  if (/每半年|按半年|半年度/.test(s)) return periodic('half-year');
  if (/每季|按季/.test(s)) return periodic('quarter');
  if (/每月|按月/.test(s)) return periodic('month');
  if (/每年|按年|每一年|一年一次/.test(s)) return periodic('year');
  const workdays = /(\d{1,3})个?工作日/.exec(s);
  if (workdays) return { kind: 'event', days: Number(workdays[1]), period: null };
  if (/形成或者?变更/.test(s)) return { kind: 'event', days: PUBLISH_WITHIN_WORKDAYS, period: null };
  if (/及时|之日起|\d+日内|\d+天内|作出/.test(s)) return { kind: 'event', days: null, period: null };
  return NONE;
}

/** The rule in words, e.g. "20个工作日内", "每季度", "实时公开". */
export function ruleLabel(r: TimeRule): string {
  switch (r.kind) {
    case 'event': return r.days ? `形成或变更之日起${r.days}个工作日内` : '及时公开';
    case 'periodic': return r.period ? PERIOD_LABELS[r.period] : '定期公开';
    case 'realtime': return '实时公开';
    default: return '未设定';
  }
}

/** `YYYY-MM-DD` of the first day of the period containing `date`, `back` periods earlier. */
export function periodStart(date: string, period: Period, back = 0): string {
  const len = MONTHS[period];
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const start = Math.floor(index / len) * len - back * len;
  return `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}-01`;
}

export interface CoverageFacts {
  /** Visible published documents linked to the entry. */
  count: number;
  /** ISO instant of the newest one. */
  lastPublishedAt: string | null;
}

/** Whether an entry is kept up, judged at `now` in Asia/Shanghai, with the reason in Chinese. */
export function judgeCoverage(rule: TimeRule, facts: CoverageFacts, now: Date): { covered: boolean; reason: string } {
  if (facts.count === 0 || !facts.lastPublishedAt) return { covered: false, reason: '从未发布' };
  const last = shanghaiDate(new Date(facts.lastPublishedAt));
  if (rule.kind === 'periodic' && rule.period) {
    const since = shanghaiStartOfDay(periodStart(shanghaiDate(now), rule.period, 1)).toISOString();
    if (facts.lastPublishedAt < since) {
      return { covered: false, reason: `${CURRENT[rule.period]}及${PREVIOUS[rule.period]}均未发布（最近一次发布于 ${last}）` };
    }
    return { covered: true, reason: `已按期发布（最近一次发布于 ${last}）` };
  }
  return { covered: true, reason: `已发布 ${facts.count} 件（最近一次发布于 ${last}）` };
}
