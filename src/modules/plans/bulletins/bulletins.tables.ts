import type { Generated } from 'kysely';

/** 季通报: a quarterly bulletin on the tasks of an organisation's adopted plans (migration 0013). */
export interface PlanBulletinTable {
  id: Generated<number>;
  /** The owning organisation (the office that adopted the plans and issues the bulletin). */
  org_id: number;
  /** One plan; null: all the organisation's plans of the year. */
  plan_id: number | null;
  /** 'all' | 'plan:<id>': one bulletin per organisation, year, quarter and scope. */
  scope_key: string;
  year: number;
  /** 1–4 */
  quarter: number;
  title: string;
  /** 文号, e.g. 菏政办字〔2026〕12号 (optional). */
  number: string | null;
  /** 发文机关署名 (defaults to the organisation's name). */
  issuer: string;
  body_intro: string;
  body_closing: string;
  /** JSON BulletinFigures, frozen when generated (regenerated only while a draft). */
  figures: string;
  /** The quarter's last day (YYYY-MM-DD): every figure is as of this day. */
  as_of: string;
  generated_at: string;
  /** draft | published */
  status: string;
  published_at: string | null;
  published_by: number | null;
  version: Generated<number>;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface BulletinTables {
  plan_bulletins: PlanBulletinTable;
}
