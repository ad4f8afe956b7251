// Shapes of the 分工方案与台账 staff API (mirrors src/modules/plans/plans.schemas.ts, presenter.ts,
// parse.service.ts, ledger.service.ts; the parser's JSON is ../shared/docs/plan-format.md).

export type PlanStatus = 'draft' | 'adopted' | 'archived';
export type TaskStatus = 'not_started' | 'in_progress' | 'submitted' | 'closed';
export type UnitRole = 'lead' | 'responsible' | 'cooperating';
export type DeadlineKind = 'by-date' | 'year-end' | 'long-term' | 'periodic' | 'other';
export type EventType = 'created' | 'progress' | 'submitted' | 'accepted' | 'returned' | 'edited' | 'reminded';

export const UNIT_ROLES: readonly UnitRole[] = ['lead', 'responsible', 'cooperating'];

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** GET /api/v1/plans/vocabulary. */
export interface PlanVocabulary {
  planStatuses: Option<PlanStatus>[];
  /** The four stored statuses and the derived `overdue` (逾期). */
  taskStatuses: Option<TaskStatus | 'overdue'>[];
  unitRoles: Option<UnitRole>[];
  eventTypes: Option<EventType>[];
  deadlineKinds: Option<DeadlineKind>[];
  evidenceKinds: Option<'document' | 'url' | 'file'>[];
}

export interface Deadline {
  raw: string;
  date: string | null;
  kind: DeadlineKind;
}

/** A task as the parser gives it and as a draft is created from. */
export interface ParsedTask {
  path: string[];
  heading: string | null;
  text: string;
  lead: string[];
  responsible: string[];
  cooperating: string[];
  deadline: Deadline | null;
}

export interface ParsedPlan {
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  tasks: ParsedTask[];
}

export interface OrgRef {
  orgId: number;
  code: string;
  name: string;
}

/** How one written unit name resolves against the organisation tree. */
export interface UnitResolution {
  name: string;
  match: OrgRef | null;
  expandsTo: OrgRef[];
  tasks?: number;
  roles?: string[];
}

/** POST /api/v1/plans/parse. */
export interface ParseResult {
  plan: ParsedPlan;
  units: UnitResolution[];
  org: { code: string; name: string };
  government: { code: string; name: string };
  year: number;
  text: string;
}

/** POST /api/v1/plans (PUT takes the same fields, each optional, with `version`). */
export interface PlanInput {
  orgCode?: string;
  title: string;
  issuer: string | null;
  docNumber: string | null;
  year: number;
  sourceText: string;
  tasks: ParsedTask[];
  unitMap: Record<string, string | null>;
}

export interface UnitView {
  id: number;
  role: UnitRole;
  orgId: number | null;
  code: string | null;
  name: string;
  collective: string | null;
}

export interface TaskView {
  id: number;
  planId: number;
  planTitle?: string;
  seq: number;
  path: string[];
  pathLabel: string;
  heading: string | null;
  text: string;
  deadline: { raw: string; kind: DeadlineKind | null; date: string | null } | null;
  dueOn: string | null;
  status: TaskStatus;
  statusLabel: string;
  overdue: boolean;
  dueSoon: boolean;
  percent: number;
  closedOn: string | null;
  version: number;
  units: Record<UnitRole, UnitView[]>;
  latestProgress: { text: string | null; percent: number | null; on: string; org: { code: string; name: string } | null } | null;
  updatedAt: string;
}

export interface PlanCounts {
  total: number;
  byStatus: Record<TaskStatus, number>;
  overdue: number;
  dueSoon: number;
}

export interface PlanSummary {
  id: number;
  org: { id: number; code: string; name: string };
  title: string;
  issuer: string | null;
  docNumber: string | null;
  year: number;
  status: PlanStatus;
  statusLabel: string;
  adoptedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  counts: PlanCounts;
  access: 'owner' | 'assigned';
  canWrite: boolean;
}

export interface PlanDetail extends PlanSummary {
  sourceText: string | null;
  unitMap: Record<string, string | null>;
  tasks: TaskView[];
}

export interface PlanTasks {
  plan: { id: number; title: string; status: PlanStatus; org: { code: string; name: string } };
  access: 'owner' | 'assigned';
  items: TaskView[];
}

export type CrossView = 'mine' | 'overdue' | 'dueSoon' | 'all';

export interface CrossTasksQuery {
  view: CrossView;
  org?: string;
  plan?: number;
  status?: TaskStatus;
  page: number;
  pageSize: number;
}

export type EvidenceItem =
  | { kind: 'document'; documentId: number; title: string; url: string }
  | { kind: 'url'; url: string; title: string | null }
  | { kind: 'file'; fileKey: string; name: string; size: number; url?: string };

/** Evidence as reported (the server fills in a document's title and link). */
export type EvidenceInput =
  | { kind: 'document'; documentId: number; title?: string }
  | { kind: 'url'; url: string; title?: string }
  | { kind: 'file'; fileKey: string; name: string; size: number };

export interface TaskEvent {
  id: number;
  type: EventType;
  label: string;
  org: { id: number; code: string; name: string } | null;
  text: string | null;
  percent: number | null;
  evidence: EvidenceItem[];
  data: Record<string, unknown>;
  actorName: string;
  on: string;
  at: string;
}

export interface TaskActions {
  report: boolean;
  submit: boolean;
  accept: boolean;
  return: boolean;
  edit: boolean;
}

/** GET /api/v1/plan-tasks/:id (and every step's answer). */
export interface TaskDetail {
  task: TaskView;
  plan: { id: number; title: string; status: PlanStatus; statusLabel: string; org: { id: number; code: string; name: string } };
  units: UnitView[];
  events: TaskEvent[];
  access: 'owner' | 'assigned';
  can: TaskActions;
}

export interface ProgressInput {
  text: string;
  percent: number;
  evidence: EvidenceInput[];
  orgCode?: string;
  version?: number;
}

export interface SubmitInput {
  text: string;
  evidence: EvidenceInput[];
  orgCode?: string;
  version?: number;
}

export interface UnitAssignment {
  name: string;
  orgCode?: string | null;
}

export interface PatchTaskInput {
  version: number;
  deadline?: Deadline | null;
  dueOn?: string | null;
  units?: Record<UnitRole, UnitAssignment[]>;
  note?: string;
}
