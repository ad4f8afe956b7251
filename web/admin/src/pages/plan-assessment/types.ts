// Shapes of the 考核 staff API (mirrors src/modules/plans/assessment: assessment.schemas.ts, assessment.service.ts
// AssessmentView, assessment.routes.ts GET rules). Types only: the rules' labels come from the server (vocabulary.ts).

export type Rule = 'computed:taskOnTime' | 'computed:taskCompletion' | 'computed:requestOnTime' | 'manual';
export type WhenNone = 'full' | 'zero';
export type RequestScope = 'self' | 'subtree';

export interface RuleParams {
  planId?: number;
  whenNone?: WhenNone;
  scope?: RequestScope;
}

/** GET /api/v1/assessments/rules. */
export interface RulesVocabulary {
  rules: { value: Rule; label: string }[];
  /** What each parameter does, in the server's words. */
  params: Partial<Record<keyof RuleParams, string>>;
}

export interface IndicatorView {
  id: number;
  name: string;
  weight: number;
  rule: Rule;
  ruleLabel: string;
  params: RuleParams;
  description: string | null;
}

/**
 * The basis of a computed score: `numerator`/`denominator` (the share), and per rule tasks/closed/onTime or
 * closed/unknown (requests); `none` when there was nothing to count (scored by `whenNone`).
 */
export interface ScoreDetail {
  numerator?: number;
  denominator?: number;
  tasks?: number;
  closed?: number;
  onTime?: number;
  unknown?: number;
  none?: boolean;
  whenNone?: WhenNone;
}

export interface ScoreView {
  indicatorId: number;
  /** Null: not scored yet (manual) or not computed yet. */
  score: number | null;
  computedValue: number | null;
  detail: ScoreDetail;
  note: string | null;
  scoredAt: string | null;
}

export interface UnitView {
  org: { code: string; name: string };
  scores: ScoreView[];
  total: number;
  /** Cells without a score. */
  missing: number;
  rank: number;
}

/** GET /api/v1/assessments?org&year, and the answer of every write. */
export interface AssessmentView {
  org: { code: string; name: string };
  year: number;
  status: 'draft' | 'published';
  statusLabel: string;
  /** 0 before the first write. */
  version: number;
  computedAt: string | null;
  publishedAt: string | null;
  totalWeight: number;
  indicators: IndicatorView[];
  units: UnitView[];
  portalUrl: string | null;
}

export interface IndicatorInput {
  id?: number;
  name: string;
  weight: number;
  rule: Rule;
  params: RuleParams;
  description: string | null;
}

export interface ScoreInput {
  indicatorId: number;
  unitCode: string;
  score: number;
  note: string;
}

/** 422 ASSESSMENT_INCOMPLETE: the cells still without a score. */
export interface MissingCell {
  unit: string;
  indicator: string;
}

export interface PlanOption {
  id: number;
  title: string;
  year: number;
  status: 'draft' | 'adopted' | 'archived';
  org: { code: string; name: string };
}
