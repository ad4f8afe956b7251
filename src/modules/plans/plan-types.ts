/**
 * The JSON a work plan's text is parsed into (shared/docs/plan-format.md): the parser's output
 * (parser/, `parsePlan`) and the shape drafts are created from, as the office edited it.
 */
import type { PlanDeadline, PlanTask } from './parser/index.js';

export type { DeadlineKind, ParsedPlan } from './parser/index.js';
/** One task: outline path, heading, text, units by role, deadline. */
export type ParsedTask = PlanTask;
/** A deadline as written (`raw`), its date for by-date / year-end, and its kind. */
export type ParsedDeadline = PlanDeadline;
