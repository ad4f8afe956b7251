/** Public surface of the audit-log module: browsing and verifying the audit trail. */
export { createAuditLogService, type AuditLogService } from './audit-log.service.js';
export { registerAuditLogRoutes } from './audit-log.routes.js';
