/**
 * Public surface of the plans module (分工方案与台账): a work plan's text parsed into tasks with units and
 * deadlines, adopted as a ledger, progress reported by the assigned units with evidence, accepted and
 * closed (验收销号) or returned by the office, exported as XLSX, reminders before and after deadlines.
 */
export { createPlanService, type PlanService, type PlanDeps } from './plans.service.js';
export { registerPlanRoutes } from './plans.routes.js';
export { planReminderJob, type ReminderSummary } from './reminders.service.js';
export type { PlanTables } from './plans.tables.js';
export type { ParsedPlan, ParsedTask, ParsedDeadline, DeadlineKind } from './plan-types.js';
export { parsePlan } from './parser/index.js';
export { createUnitResolver, type UnitResolution, type OrgRef } from './unit-resolution.js';
export { TASK_STATUSES, TASK_STATUS_LABELS, OVERDUE_LABEL, UNIT_ROLES, UNIT_ROLE_LABELS, type TaskStatus, type UnitRole } from './vocabulary.js';
