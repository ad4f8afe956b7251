import type { Kysely } from 'kysely';
import { type Principal, hasRole, inScope } from '../../platform/auth/index.js';
import { NotFoundError } from '../../platform/errors/index.js';
import type { OrgRow } from '../orgs/index.js';
import type { RequestContext } from './request-context.js';

/**
 * Organisation scope shared by the reads that span many requests (行政复议/诉讼 records,
 * 依申请转主动 suggestions): which organisations a user sees, and one organisation's subtree.
 */

/** Ids of the organisations the caller acts for (own and supervised); null for a sysadmin (everything). */
export async function scopeOrgIds(ctx: RequestContext, p: Principal, conn?: Kysely<any>): Promise<number[] | null> {
  if (hasRole(p, 'sysadmin')) return null;
  return (await ctx.deps.orgs.listAllRows(conn)).filter((o) => inScope(p, o.path)).map((o) => o.id);
}

/** Every organisation row by id (names in answers). */
export async function orgsById(ctx: RequestContext, conn?: Kysely<any>): Promise<Map<number, OrgRow>> {
  return new Map((await ctx.deps.orgs.listAllRows(conn)).map((o) => [o.id, o]));
}

/**
 * The organisation with this code, if the caller may see it, and the ids it covers: itself only
 * (`self`) or with every organisation under it (`subtree`), as the annual report's `scope`.
 * @throws NotFoundError (ORG_NOT_FOUND) when unknown or outside the caller's scope (scope is not revealed).
 */
export async function orgUnit(ctx: RequestContext, p: Principal, code: string, scope: 'self' | 'subtree'): Promise<{ org: OrgRow; orgIds: number[] }> {
  const rows = await ctx.deps.orgs.listAllRows();
  const org = rows.find((o) => o.code === code);
  if (!org || !inScope(p, org.path)) throw new NotFoundError('组织机构', 'ORG_NOT_FOUND');
  return { org, orgIds: scope === 'self' ? [org.id] : rows.filter((o) => o.path.startsWith(org.path)).map((o) => o.id) };
}
