import { type Principal, type Role, hasRole } from '../../platform/auth/index.js';
import { ForbiddenError } from '../../platform/errors/index.js';

/**
 * Who reads reports: the roles that read requests (the drill-down lists requests); who writes and
 * publishes them: the 政务公开办 (条例第四条: 政府信息公开工作机构 prepares the annual report).
 */
export const REPORT_READERS: readonly Role[] = ['office_admin', 'handler', 'leader', 'sysadmin'];
export const REPORT_WRITERS: readonly Role[] = ['office_admin', 'sysadmin'];

export function assertCanWriteReports(p: Principal): void {
  if (!hasRole(p, ...REPORT_WRITERS)) throw new ForbiddenError('只有政务公开办管理员可以编写、发布年度报告');
}
