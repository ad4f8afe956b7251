import type { Generated } from 'kysely';

/** 分工方案: a work plan adopted by an organisation (its 政务公开办), from draft to ledger. */
export interface PlanTable {
  id: Generated<number>;
  /** The owning organisation: the office that adopted the plan. */
  org_id: number;
  title: string;
  issuer: string | null;
  doc_number: string | null;
  year: number;
  source_text: string;
  /** draft | adopted | archived */
  status: string;
  /** JSON { written name → org code }: the office's corrections of unit matches (applied before automatic resolution). */
  unit_map: Generated<string>;
  adopted_at: string | null;
  adopted_by: number | null;
  version: Generated<number>;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

/** 任务: one task of a plan. Overdue (逾期) is derived (status <> 'closed' and due_on < today), never stored. */
export interface PlanTaskTable {
  id: Generated<number>;
  plan_id: number;
  seq: number;
  /** JSON array of outline labels: ["二","(一)","1"]. */
  path: string;
  /** "二/(一)/1" */
  path_label: string;
  heading: string | null;
  text: string;
  deadline_raw: string | null;
  /** by-date | year-end | long-term | periodic | other */
  deadline_kind: string | null;
  /** The deadline's own date as parsed (by-date, year-end). */
  deadline_date: string | null;
  /** The date the task is due (computed at adoption; editable by the office). */
  due_on: string | null;
  /** not_started | in_progress | submitted | closed */
  status: string;
  percent: Generated<number>;
  closed_on: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** 牵头/责任/配合单位: one assignment of a task. */
export interface PlanTaskUnitTable {
  id: Generated<number>;
  task_id: number;
  /** lead | responsible | cooperating */
  role: string;
  /** Null: the name matches no organisation and is kept as text. */
  org_id: number | null;
  /** As written in the plan (for an expanded collective: the organisation's name). */
  name: string;
  /** The collective name this assignment was expanded from at adoption (各县区政府、管委会), else null. */
  collective: string | null;
  sort_order: number;
}

/** The task's log: created, progress, submitted, accepted, returned, edited, reminded. */
export interface PlanTaskEventTable {
  id: Generated<number>;
  task_id: number;
  type: string;
  /** The reporting unit (progress, submitted). */
  org_id: number | null;
  text: string | null;
  percent: number | null;
  /** JSON array of evidence items (佐证材料). */
  evidence: Generated<string>;
  /** JSON object: { kind: 'dueSoon' | 'overdue', dueOn, recipients } for reminders, changes for edits. */
  data: Generated<string>;
  actor_id: number | null;
  actor_name: string;
  on_date: string;
  at: string;
}

export interface PlanTables {
  plans: PlanTable;
  plan_tasks: PlanTaskTable;
  plan_task_units: PlanTaskUnitTable;
  plan_task_events: PlanTaskEventTable;
}
