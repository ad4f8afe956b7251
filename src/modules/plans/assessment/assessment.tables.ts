import type { Generated } from 'kysely';

/** One indicator of an organisation's 考核 for a year (migration 0013). */
export interface AssessmentIndicatorTable {
  id: Generated<number>;
  /** The assessing organisation (its 政务公开办 sets the table). */
  org_id: number;
  year: number;
  name: string;
  /** Points (分值); > 0. */
  weight: number;
  /** computed:taskOnTime | computed:taskCompletion | computed:requestOnTime | manual */
  rule: string;
  /** JSON: the rule's options ({ planId, whenNone, scope }). */
  params: Generated<string>;
  description: string | null;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

/** A unit's score on one indicator: computed (with the share behind it) or entered with a note. */
export interface AssessmentScoreTable {
  id: Generated<number>;
  indicator_id: number;
  /** The assessed unit. */
  org_id: number;
  score: number;
  /** The share (0–1) a computed score is made of; null for manual scores and when there was nothing to count. */
  computed_value: number | null;
  /** JSON { numerator, denominator, … } of a computed score. */
  detail: Generated<string>;
  note: string | null;
  scored_by: number | null;
  scored_at: string;
}

/** The year's assessment of an organisation: draft → published (frozen table). */
export interface AssessmentResultTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  /** draft | published */
  status: string;
  computed_at: string | null;
  published_at: string | null;
  published_by: number | null;
  /** JSON AssessmentTableView as published. */
  frozen: string | null;
  version: Generated<number>;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface AssessmentTables {
  assessment_indicators: AssessmentIndicatorTable;
  assessment_scores: AssessmentScoreTable;
  assessment_results: AssessmentResultTable;
}
