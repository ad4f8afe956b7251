import { type Principal, type Role, hasRole, inScope } from '../../platform/auth/index.js';
import { ForbiddenError } from '../../platform/errors/index.js';

/**
 * A sysadmin manages every user; an office_admin manages users of the organisations
 * their own supervises, but never grants or touches the sysadmin role.
 */
export function assertCanManageUser(p: Principal, target: { orgPath: string; roles: readonly Role[] }): void {
  if (hasRole(p, 'sysadmin')) return;
  if (!hasRole(p, 'office_admin') || !inScope(p, target.orgPath)) throw new ForbiddenError('您只能管理本机构及下辖机构的用户');
  if (target.roles.includes('sysadmin')) throw new ForbiddenError('只有系统管理员可以管理系统管理员账号');
}

export function assertCanAssignRoles(p: Principal, roles: readonly Role[]): void {
  if (roles.includes('sysadmin') && !hasRole(p, 'sysadmin')) throw new ForbiddenError('只有系统管理员可以授予系统管理员角色');
}
