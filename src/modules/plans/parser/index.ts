/**
 * Work-plan extraction (issue 6): the text of a plan → title, issuer, 文号 and its tasks with
 * units and deadlines, in the JSON of ../shared/docs/plan-format.md. Pure: no I/O, no database.
 */
export { parsePlan } from './parse.js';
export type { DeadlineKind, ParsedPlan, PlanDeadline, PlanTask, UnitRole } from './types.js';
