import type { Org, PublicOrg } from './orgs.schemas.js';
import type { OrgRow } from './orgs.repository.js';

export function presentOrg(r: OrgRow): Org {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind as Org['kind'],
    level: r.level as Org['level'],
    parentId: r.parent_id,
    sortOrder: r.sort_order,
    status: r.status as Org['status'],
  };
}

export function presentPublicOrg(r: OrgRow, codeById: Map<number, string>): PublicOrg {
  return {
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind as PublicOrg['kind'],
    level: r.level as PublicOrg['level'],
    parentCode: r.parent_id === null ? null : (codeById.get(r.parent_id) ?? null),
  };
}
