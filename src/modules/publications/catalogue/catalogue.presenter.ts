import { inScope, type Principal, hasRole } from '../../../platform/auth/index.js';
import { ForbiddenError, NotFoundError } from '../../../platform/errors/index.js';
import type { DocumentContext } from '../document-context.js';
import type { OrgRef } from '../publications.presenter.js';
import type { EntryRow } from './catalogue.repository.js';
import type { EntryView } from './catalogue.schemas.js';
import type { EntryStatus } from './catalogue.vocabulary.js';
import { type Period, type RuleKind, type TimeRule, ruleLabel } from './time-rule.js';

export class CatalogueEntryNotFound extends NotFoundError {
  constructor() {
    super('目录条目', 'CATALOGUE_ENTRY_NOT_FOUND');
  }
}

export class OrgNotFoundForCatalogue extends NotFoundError {
  constructor() {
    super('机构', 'ORG_NOT_FOUND');
  }
}

export function ruleOf(row: Pick<EntryRow, 'rule_kind' | 'rule_days' | 'rule_period'>): TimeRule {
  return { kind: row.rule_kind as RuleKind, days: row.rule_days, period: row.rule_period as Period | null };
}

export function presentEntry(row: EntryRow, look: (id: number) => OrgRef): EntryView {
  const org = look(row.org_id);
  const rule = ruleOf(row);
  return {
    id: row.id, orgId: row.org_id, orgCode: org.code, orgName: org.name, category: row.category, itemL1: row.item_l1, itemL2: row.item_l2,
    content: row.content, basis: row.basis, timeLimit: row.time_limit, rule, ruleLabel: ruleLabel(rule), subject: row.subject,
    channels: JSON.parse(row.channels) as string[], audience: row.audience, mode: row.mode, level: row.level, sortOrder: row.sort_order,
    status: row.status as EntryStatus, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** `一级事项 / 二级事项`, as audit summaries and lists name an entry. */
export const entryName = (r: Pick<EntryRow, 'item_l1' | 'item_l2'>) => (r.item_l2 ? `${r.item_l1} / ${r.item_l2}` : r.item_l1);

/** 基本目录 is kept by the organisation's 信息编辑 and its 政务公开办. */
export function assertCanManageCatalogue(p: Principal): void {
  if (!hasRole(p, 'editor', 'office_admin', 'sysadmin')) throw new ForbiddenError('只有信息编辑或政务公开办管理员可以维护基本目录');
}

/** Scope helpers shared by the catalogue and the columns (same rules: subtree scope, out of scope is 404). */
export function createOrgScope(ctx: DocumentContext) {
  return {
    /** An active organisation within the caller's subtree. @throws OrgNotFoundForCatalogue */
    async orgInScope(p: Principal, orgId: number) {
      const o = await ctx.org(orgId);
      if (o.status !== 'active' || o.name === '（未知机构）' || !inScope(p, o.path)) throw new OrgNotFoundForCatalogue();
      return o;
    },
    /** The organisation asked for, or the caller's own. */
    async orgOrOwn(p: Principal, orgId: number | undefined) {
      return this.orgInScope(p, orgId ?? p.orgId);
    },
    /**
     * A document may be filed under an entry or column of its own organisation, one above it or one below it
     * (a department's document in the city government's catalogue), never of an unrelated branch.
     */
    onOneLine(pathA: string, pathB: string): boolean {
      return pathA.startsWith(pathB) || pathB.startsWith(pathA);
    },
  };
}
