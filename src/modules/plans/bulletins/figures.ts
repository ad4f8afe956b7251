/**
 * The figures of a 季通报, computed as of the quarter's last day from the ledger's rows and logs (pure:
 * no database, no clock). Conventions (CONTEXT.md):
 * - a task counts for a unit where the unit is 牵头 or 责任 (one count per task even if named in both);
 *   配合 assignments are counted apart and never enter rates or ranking;
 * - 已销号 as of the day: `closed_on` ≤ the day (a task closed later was still open then);
 *   按期 (on time): `closed_on` ≤ `due_on`, or no due date;
 * - 推进中: not closed then, and some progress, submission or return was logged on or before the day
 *   (submitted-but-not-yet-accepted tasks are 推进中); 未启动: the rest;
 * - 逾期: open then and `due_on` < the day, or closed after `due_on`; the due date is the one in force that
 *   day (edits of the due date logged later are undone);
 * - 完成率 = 已销号 / 任务数, in percent with one decimal; ranking by 完成率 (exact fractions), ties by the
 *   number closed on time, equal on both = the same rank (1, 2, 2, 4); units kept as text are listed, not ranked.
 */

export type TaskStateAsOf = 'not_started' | 'in_progress' | 'submitted' | 'closed';

/** A task row as stored today. */
export interface TaskFacts {
  id: number;
  planId: number;
  seq: number;
  pathLabel: string;
  heading: string | null;
  text: string;
  deadlineRaw: string | null;
  dueOn: string | null;
  closedOn: string | null;
}

/** One entry of the task's log (plan_task_events). */
export interface EventFacts {
  taskId: number;
  type: string;
  onDate: string;
  percent: number | null;
  /** JSON: for 'edited', `{ dueOn: { from, to } }` when the due date changed. */
  data: string;
}

export interface UnitFacts {
  taskId: number;
  role: string;
  orgId: number | null;
  name: string;
}

export interface TaskAsOf {
  dueOn: string | null;
  /** Null when not closed on or before the day. */
  closedOn: string | null;
  state: TaskStateAsOf;
  percent: number;
}

const STATE_OF: Record<string, TaskStateAsOf> = { progress: 'in_progress', submitted: 'submitted', returned: 'in_progress', accepted: 'closed' };

/**
 * A task as it stood at the end of `asOf`: its log up to that day gives the state and percent; the due
 * date is today's with later due-date edits undone (newest first); closing is `closed_on` ≤ `asOf`.
 * @param events the task's log in recording order (by id)
 */
export function taskAsOf(task: Pick<TaskFacts, 'dueOn' | 'closedOn'>, events: readonly EventFacts[], asOf: string): TaskAsOf {
  let dueOn = task.dueOn;
  for (const e of [...events].reverse()) {
    if (e.onDate <= asOf || e.type !== 'edited') continue;
    const change = parseData(e.data).dueOn as { from?: string | null } | undefined;
    if (change && 'from' in change) dueOn = change.from ?? null;
  }
  let state: TaskStateAsOf = 'not_started';
  let percent = 0;
  for (const e of events) {
    if (e.onDate > asOf || !(e.type in STATE_OF)) continue;
    state = STATE_OF[e.type]!;
    if (e.percent !== null) percent = e.percent;
  }
  const closedOn = task.closedOn !== null && task.closedOn <= asOf ? task.closedOn : null;
  if (closedOn) return { dueOn, closedOn, state: 'closed', percent: 100 };
  if (state === 'closed') state = 'submitted'; // an acceptance on record without closed_on: not closed by the row's word
  return { dueOn, closedOn: null, state, percent };
}

function parseData(s: string): Record<string, unknown> {
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export interface Counts {
  tasks: number;
  closed: number;
  closedOnTime: number;
  closedLate: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  /** 已销号 / 任务数 × 100, one decimal; null without tasks. */
  completionRate: number | null;
  /** 按期销号 / 任务数 × 100, one decimal; null without tasks. */
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
  /** 牵头 and 责任 units (names as the organisation is called, or as written). */
  lead: string[];
  responsible: string[];
  deadlineRaw: string | null;
  dueOn: string;
  /** open: not closed by the day; closedLate: closed after the due date. */
  kind: 'open' | 'closedLate';
  state: TaskStateAsOf;
  closedOn: string | null;
  percent: number;
  /** Calendar days past the due date: to the closing day, or to the quarter's last day. */
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

export interface BulletinFigures {
  /** The quarter's last day. */
  asOf: string;
  year: number;
  quarter: number;
  org: { id: number; code: string; name: string };
  plans: { id: number; title: string; docNumber: string | null; taskCount: number }[];
  totals: Counts & { plans: number; units: number };
  units: UnitFigures[];
  cooperating: CooperatingFigures[];
  overdue: OverdueTask[];
  ranking: RankEntry[];
}

export interface FigureInput {
  asOf: string;
  year: number;
  quarter: number;
  org: { id: number; code: string; name: string };
  plans: { id: number; title: string; docNumber: string | null }[];
  tasks: TaskFacts[];
  events: EventFacts[];
  units: UnitFacts[];
  /** Organisations by id: code, current name and position in the tree's order (for the table's order). */
  orgs: Map<number, { code: string; name: string; order: number }>;
}

const rate = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

function emptyCounts(): Counts {
  return { tasks: 0, closed: 0, closedOnTime: 0, closedLate: 0, inProgress: 0, notStarted: 0, overdue: 0, completionRate: null, onTimeRate: null };
}

function finish<T extends Counts>(c: T): T {
  c.completionRate = rate(c.closed, c.tasks);
  c.onTimeRate = rate(c.closedOnTime, c.tasks);
  return c;
}

/** Whole days from `from` to `to` (YYYY-MM-DD, calendar dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const taskTitle = (t: TaskFacts) => {
  const s = (t.heading?.trim() || t.text.trim()).replace(/\s+/g, ' ');
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
};

export function computeFigures(input: FigureInput): BulletinFigures {
  const { asOf, orgs } = input;
  const eventsOf = new Map<number, EventFacts[]>();
  for (const e of input.events) eventsOf.set(e.taskId, [...(eventsOf.get(e.taskId) ?? []), e]);
  const unitsOf = new Map<number, UnitFacts[]>();
  for (const u of input.units) unitsOf.set(u.taskId, [...(unitsOf.get(u.taskId) ?? []), u]);
  const planTitle = new Map(input.plans.map((p) => [p.id, p.title]));
  const unitName = (u: UnitFacts) => (u.orgId !== null ? orgs.get(u.orgId)?.name ?? u.name : u.name);
  const unitKey = (u: UnitFacts) => (u.orgId !== null ? `o${u.orgId}` : `t${u.name}`);

  const totals = { ...emptyCounts(), plans: input.plans.length, units: 0 };
  const byUnit = new Map<string, UnitFigures>();
  const coop = new Map<string, CooperatingFigures>();
  const overdue: OverdueTask[] = [];
  const taskCount = new Map<number, number>();

  for (const task of input.tasks) {
    taskCount.set(task.planId, (taskCount.get(task.planId) ?? 0) + 1);
    const s = taskAsOf(task, eventsOf.get(task.id) ?? [], asOf);
    const closed = s.closedOn !== null;
    const onTime = closed && (s.dueOn === null || s.closedOn! <= s.dueOn);
    const late = closed && !onTime;
    const open = !closed;
    const isOverdue = late || (open && s.dueOn !== null && s.dueOn < asOf);
    const add = (c: Counts) => {
      c.tasks += 1;
      if (closed) c.closed += 1;
      if (onTime) c.closedOnTime += 1;
      if (late) c.closedLate += 1;
      if (open && s.state !== 'not_started') c.inProgress += 1;
      if (open && s.state === 'not_started') c.notStarted += 1;
      if (isOverdue) c.overdue += 1;
    };
    add(totals);

    const units = unitsOf.get(task.id) ?? [];
    const main = new Map<string, UnitFacts>();
    for (const u of units) if (u.role === 'lead' || u.role === 'responsible') if (!main.has(unitKey(u))) main.set(unitKey(u), u);
    for (const [key, u] of main) {
      let f = byUnit.get(key);
      if (!f) {
        const org = u.orgId !== null ? orgs.get(u.orgId) : undefined;
        f = { ...emptyCounts(), orgId: org ? u.orgId : null, code: org?.code ?? null, name: unitName(u), rank: null };
        byUnit.set(key, f);
      }
      add(f);
    }
    for (const u of units) {
      if (u.role !== 'cooperating' || main.has(unitKey(u))) continue;
      const key = unitKey(u);
      const org = u.orgId !== null ? orgs.get(u.orgId) : undefined;
      const c = coop.get(key) ?? { orgId: org ? u.orgId : null, code: org?.code ?? null, name: unitName(u), tasks: 0, closed: 0 };
      c.tasks += 1;
      if (closed) c.closed += 1;
      coop.set(key, c);
    }

    if (isOverdue) {
      overdue.push({
        taskId: task.id, planId: task.planId, planTitle: planTitle.get(task.planId) ?? '', seq: task.seq, pathLabel: task.pathLabel, title: taskTitle(task),
        lead: units.filter((u) => u.role === 'lead').map(unitName), responsible: units.filter((u) => u.role === 'responsible').map(unitName),
        deadlineRaw: task.deadlineRaw, dueOn: s.dueOn!, kind: open ? 'open' : 'closedLate', state: s.state, closedOn: s.closedOn, percent: s.percent,
        daysLate: daysBetween(s.dueOn!, s.closedOn ?? asOf),
      });
    }
  }
  finish(totals);

  const order = (x: { orgId: number | null; name: string }) => (x.orgId !== null ? orgs.get(x.orgId)?.order ?? Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER);
  const byOrder = (a: { orgId: number | null; name: string }, b: { orgId: number | null; name: string }) => order(a) - order(b) || a.name.localeCompare(b.name, 'zh-Hans-CN');
  const units = [...byUnit.values()].map(finish).sort(byOrder);
  totals.units = units.filter((u) => u.orgId !== null).length;

  // Ranking: exact completion fraction (cross-multiplied), then on-time count; equal on both → same rank.
  const ranked = units.filter((u) => u.orgId !== null && u.tasks > 0);
  const cmp = (a: UnitFigures, b: UnitFigures) => b.closed * a.tasks - a.closed * b.tasks || b.closedOnTime - a.closedOnTime;
  ranked.sort((a, b) => cmp(a, b) || byOrder(a, b));
  const ranking: RankEntry[] = [];
  ranked.forEach((u, i) => {
    u.rank = i > 0 && cmp(ranked[i - 1]!, u) === 0 ? ranked[i - 1]!.rank : i + 1;
    ranking.push({ rank: u.rank!, orgId: u.orgId!, code: u.code!, name: u.name, tasks: u.tasks, closed: u.closed, closedOnTime: u.closedOnTime, completionRate: u.completionRate! });
  });

  overdue.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.planId - b.planId || a.seq - b.seq));
  return {
    asOf, year: input.year, quarter: input.quarter, org: input.org,
    plans: input.plans.map((p) => ({ ...p, taskCount: taskCount.get(p.id) ?? 0 })),
    totals, units, cooperating: [...coop.values()].sort(byOrder), overdue, ranking,
  };
}

/** The quarter's first and last day. */
export function quarterBounds(year: number, quarter: number): { start: string; end: string } {
  const endMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { start: `${year}-${mm(endMonth - 2)}-01`, end: `${year}-${mm(endMonth)}-${lastDay}` };
}
