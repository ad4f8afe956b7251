/** Staff roles (see docs/GLOSSARY.md). A user may hold several. */
export const ROLES = ['sysadmin', 'office_admin', 'editor', 'reviewer', 'leader', 'handler'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  sysadmin: '系统管理员',
  office_admin: '政务公开办管理员',
  editor: '信息编辑',
  reviewer: '保密审查员',
  leader: '审核领导',
  handler: '办理人员',
};

/** Who a request acts as once its session is resolved. */
export interface Principal {
  userId: number;
  username: string;
  displayName: string;
  orgId: number;
  orgCode: string;
  orgName: string;
  /** Materialised path of the user's organisation, e.g. `/1/4/`: the subtree it supervises starts with it. */
  orgPath: string;
  roles: Role[];
  sessionId: string;
  csrfToken: string;
}

export function hasRole(p: Principal, ...roles: Role[]): boolean {
  return p.roles.some((r) => roles.includes(r));
}

/**
 * True when the organisation at `orgPath` is the principal's own or one it supervises.
 * A sysadmin's scope is everything.
 */
export function inScope(p: Principal, orgPath: string): boolean {
  return p.roles.includes('sysadmin') || orgPath.startsWith(p.orgPath);
}
