/**
 * Public surface of 考核 (the yearly assessment on the plans ledger): indicator tables with weights and
 * scoring rules, scores computed from platform data or entered with notes, totals and ranks, published
 * results on the portal.
 */
export { createAssessmentUseCases, type AssessmentUseCases, type AssessmentDeps, type AssessmentView } from './assessment.service.js';
export { registerAssessmentRoutes } from './assessment.routes.js';
export { registerAssessmentPortal, type AssessmentPortalDeps } from './portal/portal.routes.js';
export type { AssessmentTables } from './assessment.tables.js';
export { RULES, RULE_LABELS, type Rule } from './assessment.schemas.js';
export { ASSESSMENT_HOME, assessmentUrl } from './urls.js';
