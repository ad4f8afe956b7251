import { type Principal, hasRole, inScope } from '../../platform/auth/index.js';
import { ForbiddenError } from '../../platform/errors/index.js';
import type { OrgRow } from './orgs.repository.js';

/** Only a sysadmin or the 政务公开办 admin of a supervising organisation may change the tree. */
export function assertCanManageOrg(p: Principal, org: Pick<OrgRow, 'path'>): void {
  if (hasRole(p, 'sysadmin')) return;
  if (hasRole(p, 'office_admin') && inScope(p, org.path)) return;
  throw new ForbiddenError('只有系统管理员或本级政务公开办管理员可以管理该机构');
}
