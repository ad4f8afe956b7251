// Shapes of the 季通报 staff API (mirrors src/modules/plans/bulletins: figures.ts BulletinFigures, bulletins.schemas.ts,
// bulletins.service.ts present()/list()). Types only: the words of the figures are in labels.ts.

export type BulletinStatus = 'draft' | 'published';
export type TaskStateAsOf = 'not_started' | 'in_progress' | 'submitted' | 'closed';

export interface Counts {
  tasks: number;
  closed: number;
  closedOnTime: number;
  closedLate: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  /** 已销号 ÷ 任务数 × 100, one decimal; null without tasks. */
  completionRate: number | null;
  /** 按期销号 ÷ 任务数 × 100, one decimal; null without tasks. */
  onTimeRate: number | null;
}

export interface UnitFigures extends Counts {
  orgId: number | null;
  code: string | null;
  name: string;
  /** Null for a unit kept as text (no organisation): listed, not ranked. */
  rank: number | null;
}

export interface CooperatingFigures {
  orgId: number | null;
  code: string | null;
  name: string;
  tasks: number;
  closed: number;
}

export interface OverdueTask {
  taskId: number;
  planId: number;
  planTitle: string;
  seq: number;
  pathLabel: string;
  title: string;
  lead: string[];
  responsible: string[];
  deadlineRaw: string | null;
  dueOn: string;
  /** open: not closed by the day; closedLate: closed after the due date. */
  kind: 'open' | 'closedLate';
  state: TaskStateAsOf;
  closedOn: string | null;
  percent: number;
  daysLate: number;
}

export interface RankEntry {
  rank: number;
  orgId: number;
  code: string;
  name: string;
  tasks: number;
  closed: number;
  closedOnTime: number;
  completionRate: number;
}

export type Totals = Counts & { plans: number; units: number };

/** Frozen in the bulletin when generated (regenerated only while a draft). */
export interface BulletinFigures {
  asOf: string;
  year: number;
  quarter: number;
  org: { id: number; code: string; name: string };
  plans: { id: number; title: string; docNumber: string | null; taskCount: number }[];
  totals: Totals;
  units: UnitFigures[];
  cooperating: CooperatingFigures[];
  overdue: OverdueTask[];
  ranking: RankEntry[];
}

/** GET /api/v1/plan-bulletins (items). */
export interface BulletinListItem {
  id: number;
  org: { code: string; name: string };
  planId: number | null;
  year: number;
  quarter: number;
  quarterLabel: string;
  title: string;
  number: string | null;
  asOf: string;
  status: BulletinStatus;
  statusLabel: string;
  generatedAt: string;
  publishedAt: string | null;
  version: number;
}

/** GET /api/v1/plan-bulletins/:id, and the answer of every write. */
export interface Bulletin {
  id: number;
  org: { code: string; name: string };
  plan: { id: number; title: string } | null;
  year: number;
  quarter: number;
  quarterLabel: string;
  title: string;
  number: string | null;
  issuer: string;
  intro: string;
  closing: string;
  asOf: string;
  status: BulletinStatus;
  statusLabel: string;
  generatedAt: string;
  publishedAt: string | null;
  version: number;
  totals: Totals;
  figures: BulletinFigures;
  docxUrl: string;
  portalUrl: string | null;
}

export interface GenerateInput {
  orgCode: string;
  year: number;
  quarter: number;
  planId?: number;
  number?: string;
}

export interface TextsInput {
  version: number;
  title?: string;
  number?: string | null;
  issuer?: string;
  intro?: string;
  closing?: string;
}

export interface BulletinQuery {
  org?: string;
  year?: number;
  status?: BulletinStatus;
  plan?: number;
}

/** The plans a bulletin can cover (GET /api/v1/plans, only what these screens use). */
export interface PlanOption {
  id: number;
  title: string;
  year: number;
  status: 'draft' | 'adopted' | 'archived';
  org: { code: string; name: string };
}
