import { shanghaiIso } from '../../platform/time/index.js';
import type { User } from './identity.schemas.js';
import type { UserWithOrg } from './identity.repository.js';

export function presentUser(u: UserWithOrg): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    orgId: u.org_id,
    orgName: u.org_name,
    roles: u.roles,
    status: u.status as User['status'],
    email: u.email,
    phone: u.phone,
    lockedUntil: u.locked_until ? shanghaiIso(u.locked_until) : null,
    lastLoginAt: u.last_login_at ? shanghaiIso(u.last_login_at) : null,
    createdAt: shanghaiIso(u.created_at),
  };
}

/** What the audit trail keeps of a user (never the password hash). */
export function auditableUser(u: UserWithOrg) {
  return { id: u.id, username: u.username, displayName: u.display_name, orgId: u.org_id, roles: u.roles, status: u.status, email: u.email, phone: u.phone };
}
