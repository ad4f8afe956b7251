// Calls of the 考核 staff API (src/modules/plans/assessment/assessment.routes.ts). Every write answers with the table.
import { call } from '../../api/client';
import type { AssessmentView, IndicatorInput, PlanOption, ScoreInput } from './types';

const base = '/api/v1/assessments';

export const assessmentApi = {
  table: (org: string, year: number) => call<AssessmentView>('GET', base, { query: { org, year } }),
  /** Replaces the indicator table: ids keep an indicator (and its scores), no id adds one, missing ones are removed. */
  replaceIndicators: (orgCode: string, year: number, version: number, indicators: IndicatorInput[]) =>
    call<AssessmentView>('PUT', `${base}/indicators`, { body: { orgCode, year, version, indicators } }),
  compute: (orgCode: string, year: number, version: number) => call<AssessmentView>('POST', `${base}/compute`, { body: { orgCode, year, version } }),
  score: (orgCode: string, year: number, version: number, input: ScoreInput) => call<AssessmentView>('PUT', `${base}/score`, { body: { orgCode, year, version, ...input } }),
  publish: (orgCode: string, year: number, version: number) => call<AssessmentView>('POST', `${base}/publish`, { body: { orgCode, year, version } }),
  /** The plans of a year the caller sees (the 分工方案 API): a task rule may count one plan only. */
  plans: (year: number) => call<{ items: PlanOption[] }>('GET', '/api/v1/plans', { query: { year } }),
};

/** The public results page of an organisation's year (once published). */
export const publicAssessmentUrl = (org: string, year: number) => `/xxgk/plans/assessment/${encodeURIComponent(org)}/${year}`;
