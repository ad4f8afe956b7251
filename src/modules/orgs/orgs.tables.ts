import type { Generated } from 'kysely';

export interface OrgTable {
  id: Generated<number>;
  code: string;
  name: string;
  short_name: string | null;
  kind: string;
  level: string;
  parent_id: number | null;
  path: string;
  sort_order: number;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface OrgTables {
  orgs: OrgTable;
}
