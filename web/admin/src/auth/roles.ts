import type { Role } from '../api/types';

export const ROLE_LABELS: Record<Role, string> = {
  sysadmin: '系统管理员',
  office_admin: '政务公开办管理员',
  editor: '信息编辑',
  reviewer: '保密审查员',
  leader: '审核领导',
  handler: '办理人员',
};

export const ALL_ROLES = Object.keys(ROLE_LABELS) as Role[];

export const ROLE_OPTIONS = ALL_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

/** Administrators manage orgs, users, the audit log and the calendar. */
export function isAdmin(roles: readonly string[] | undefined): boolean {
  return !!roles && (roles.includes('sysadmin') || roles.includes('office_admin'));
}
