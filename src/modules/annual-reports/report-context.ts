import type { Kysely } from 'kysely';
import type { AuditLog } from '../../platform/audit/index.js';
import { type Principal, inScope } from '../../platform/auth/index.js';
import { NotFoundError } from '../../platform/errors/index.js';
import { type Clock, shanghaiDate } from '../../platform/time/index.js';
import type { OrgRow, OrgService } from '../orgs/index.js';
import { annualReportsRepository as repo } from './annual-reports.repository.js';
import { type AnnualReportRow, rowInputs } from './report-row.js';
import type { ReportSources } from './sources.js';

export interface AnnualReportDeps {
  db: Kysely<any>;
  audit: AuditLog;
  clock: Clock;
  orgs: OrgService;
  sources: ReportSources;
  /**
   * 条例第四十九条: departments publish last year's report by 1月31日, governments (their 主管部门) by
   * 3月31日. Local rules set earlier internal dates, so both are configurable (MM-DD).
   */
  deadlines: { department: string; government: string };
}

/** What every use case of the module shares: deps, organisation lookups in scope, today's date. */
export function createReportContext(deps: AnnualReportDeps) {
  const today = () => shanghaiDate(deps.clock.now());
  const allOrgs = () => deps.orgs.listAllRows();

  /** @throws NotFoundError (ORG_NOT_FOUND) when unknown or out of the caller's scope (not revealed). */
  async function orgInScope(p: Principal, code: string): Promise<{ org: OrgRow; all: OrgRow[] }> {
    const all = await allOrgs();
    const org = all.find((o) => o.code === code);
    if (!org || !inScope(p, org.path)) throw new NotFoundError('组织机构', 'ORG_NOT_FOUND');
    return { org, all };
  }

  const idsOf = (org: OrgRow, all: OrgRow[], scope: 'self' | 'subtree') =>
    scope === 'self' ? [org.id] : all.filter((o) => o.path.startsWith(org.path)).map((o) => o.id);

  /** The statutory publication date of an organisation's report for `year`. */
  const dueOn = (org: Pick<OrgRow, 'kind'>, year: number) => `${year + 1}-${org.kind === 'region' ? deps.deadlines.government : deps.deadlines.department}`;

  /** The default scope: a government reports with its departments, a department alone. */
  const defaultScope = (org: OrgRow): 'self' | 'subtree' => (org.kind === 'region' ? 'subtree' : 'self');

  async function rowOf(orgId: number, year: number, conn: Kysely<any> = deps.db): Promise<AnnualReportRow | undefined> {
    return repo.find(conn, orgId, year);
  }

  return { deps, db: deps.db, today, allOrgs, orgInScope, idsOf, dueOn, defaultScope, rowOf, rowInputs };
}

export type ReportContext = ReturnType<typeof createReportContext>;
