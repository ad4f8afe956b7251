// Words and role rules of the 考核 screens. The rules' names come from the server (GET /api/v1/assessments/rules);
// the role rules mirror assessment.policy.ts (the server is the authority; these only decide what to offer).
import type { Role } from '../../api/types';
import type { IndicatorView, Rule, ScoreDetail, ScoreView, WhenNone } from './types';

const has = (roles: readonly Role[] | undefined, ...wanted: Role[]) => !!roles && wanted.some((r) => roles.includes(r));

/** 考核评分 screen: any staff member (the server answers 404 outside the caller's scope). */
export const canSeeAssessment = (roles?: readonly Role[]) => !!roles && roles.length > 0;
/** 设置指标、计算、评分、发布: ASSESSMENT_WRITERS, the 政务公开办. */
export const canWriteAssessment = (roles?: readonly Role[]) => has(roles, 'office_admin', 'sysadmin');

export const STATUS_COLORS = { draft: 'processing', published: 'success' } as const;

export const isManual = (rule: Rule) => rule === 'manual';
export const isTaskRule = (rule: Rule) => rule === 'computed:taskOnTime' || rule === 'computed:taskCompletion';

/** How a rule turns the platform's data into points (assessment CONTEXT.md), shown under the rule's choice. */
export const RULE_HINTS: Record<Rule, string> = {
  'computed:taskOnTime': '单位承担（牵头或责任）的本年度方案任务中按期销号的比例 × 分值；无完成时限的任务销号即视为按期。',
  'computed:taskCompletion': '单位承担的本年度方案任务中已销号的比例 × 分值。',
  'computed:requestOnTime': '单位本年度办结的依申请公开中按时办结的比例 × 分值。',
  manual: '由政务公开办逐个单位评分（0至分值之间），须写评分说明。',
};

export const WHEN_NONE_LABELS: Record<WhenNone, string> = { full: '得满分', zero: '得0分' };

/** `12.5` → `12.5`, `10` → `10`: scores have at most two decimals. */
export const points = (n: number) => String(Number(n.toFixed(2)));

const percent = (v: number) => `${Number((v * 100).toFixed(2))}%`;

/** The basis of a computed score in words, e.g. `按期销号1项 / 承担任务3项（33.33%）`. */
export function basisOf(ind: IndicatorView, s: ScoreView): string {
  const d: ScoreDetail = s.detail ?? {};
  if (isManual(ind.rule)) return s.note ?? '';
  if (s.score === null) return '尚未计算';
  if (d.none) return `无相关事项，按规则${WHEN_NONE_LABELS[d.whenNone ?? 'full']}`;
  const share = s.computedValue === null ? '' : `（${percent(s.computedValue)}）`;
  if (ind.rule === 'computed:requestOnTime') {
    return `按时办结${d.numerator ?? 0}件 / 已办结${d.denominator ?? 0}件${share}${d.unknown ? `，另有${d.unknown}件时限无法判断未计入` : ''}`;
  }
  const what = ind.rule === 'computed:taskOnTime' ? '按期销号' : '已销号';
  return `${what}${d.numerator ?? 0}项 / 承担任务${d.denominator ?? 0}项${share}`;
}
