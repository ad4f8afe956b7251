import { type Principal, type Role, hasRole, inScope } from '../../platform/auth/index.js';
import { ForbiddenError } from '../../platform/errors/index.js';

/*
 * Who may do what with a plan. Reading: any staff member in scope (the service decides which plans and
 * tasks: the owning organisation's subtree ancestors see the whole plan, assigned units their tasks).
 * A sysadmin passes every check.
 */

/** 制定、修改、下达分工方案, 验收销号, 退回, 修改任务: the 政务公开办 of the owning organisation or above. */
export const PLAN_WRITERS: readonly Role[] = ['office_admin', 'sysadmin'];

/** 报送进展 and 提交验收: staff of an assigned unit (and the owning office). */
export const PROGRESS_REPORTERS: readonly Role[] = ['office_admin', 'editor', 'handler', 'leader', 'sysadmin'];

/** @throws ForbiddenError unless the caller is an office_admin (or sysadmin) of the owning organisation or above. */
export function assertOwnerOffice(p: Principal, ownerPath: string, what: string): void {
  if (!hasRole(p, ...PLAN_WRITERS) || !inScope(p, ownerPath)) throw new ForbiddenError(`只有方案所属机构（或上级）的政务公开办管理员可以${what}`);
}

export function assertCanReport(p: Principal): void {
  if (!hasRole(p, ...PROGRESS_REPORTERS)) throw new ForbiddenError('只有责任单位的管理员、信息编辑、办理人员或审核领导可以报送进展');
}
