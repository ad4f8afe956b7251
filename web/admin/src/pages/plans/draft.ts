// The import preview as the office edits it: tasks with a stable key, grouped by their outline path, each unit
// name's resolution (matched / collective / kept as text), and the server's field errors by task.
import { ApiError } from '../../api/client';
import type { Deadline, ParsedTask, PlanDetail, TaskView, UnitResolution, UnitRole } from './types';
import { UNIT_ROLES } from './types';

export interface EditTask extends ParsedTask {
  /** Stable across edits (React key; the path may change or repeat). */
  key: string;
}

let seq = 0;
export const newKey = () => `task-${++seq}`;

export const toEditTasks = (tasks: readonly ParsedTask[]): EditTask[] => tasks.map((t) => ({ ...t, key: newKey() }));

export const toInput = (tasks: readonly EditTask[]): ParsedTask[] =>
  tasks.map(({ path, heading, text, lead, responsible, cooperating, deadline }) => ({ path, heading, text, lead, responsible, cooperating, deadline }));

/** A stored draft's task back as the parser's shape (units as written, in their roles). */
export function fromTaskView(t: TaskView): ParsedTask {
  const names = (role: UnitRole) => t.units[role].map((u) => u.name);
  const deadline: Deadline | null = t.deadline ? { raw: t.deadline.raw, date: t.deadline.date, kind: t.deadline.kind ?? 'other' } : null;
  return { path: t.path, heading: t.heading, text: t.text, lead: names('lead'), responsible: names('responsible'), cooperating: names('cooperating'), deadline };
}

export const pathLabel = (path: readonly string[]) => path.join('/');
/** `二/(一)/1` (or with spaces, 、 or full-width brackets) → ['二', '(一)', '1']. */
export const parsePath = (s: string): string[] =>
  s
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .split(/[/\s、.．]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export interface TaskGroup {
  key: string;
  /** The outline above the tasks (二、(一)), or 未分组 for top-level tasks. */
  label: string;
  items: { task: EditTask; index: number }[];
}

/** Tasks grouped by the outline above them, in document order (a group appears where its first task does). */
export function groupTasks(tasks: readonly EditTask[]): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  tasks.forEach((task, index) => {
    const parent = task.path.slice(0, -1);
    const key = parent.join('/') || '—';
    const label = parent.length ? parent.map((p, i) => (i === 0 && !p.startsWith('(') ? `${p}、` : p)).join('') : '未分组';
    const g = groups.get(key) ?? { key, label, items: [] };
    g.items.push({ task, index });
    groups.set(key, g);
  });
  return [...groups.values()];
}

export type UnitStatus =
  | { kind: 'matched'; orgName: string; mapped: boolean }
  | { kind: 'collective'; expandsTo: string[] }
  | { kind: 'text'; byOffice: boolean }
  | { kind: 'unknown' };

/** name → resolution, from the preview and from a stored draft's units (those with an organisation). */
export type Resolutions = ReadonlyMap<string, UnitResolution>;

export function resolutionsOf(units: readonly UnitResolution[], plan?: PlanDetail, orgName?: (code: string) => string | undefined): Map<string, UnitResolution> {
  const out = new Map(units.map((u) => [u.name, u]));
  for (const t of plan?.tasks ?? []) {
    for (const role of UNIT_ROLES) {
      for (const u of t.units[role]) {
        if (u.code && !plan?.unitMap[u.name] && !out.get(u.name)?.match) {
          out.set(u.name, { name: u.name, match: { orgId: u.orgId ?? 0, code: u.code, name: orgName?.(u.code) ?? u.name }, expandsTo: [] });
        }
      }
    }
  }
  return out;
}

/** What a unit name will become: the office's correction first, then the resolution. */
export function unitStatus(name: string, resolutions: Resolutions, unitMap: Readonly<Record<string, string | null>>, orgName: (code: string) => string | undefined): UnitStatus {
  if (Object.hasOwn(unitMap, name)) {
    const code = unitMap[name];
    return code ? { kind: 'matched', orgName: orgName(code) ?? code, mapped: true } : { kind: 'text', byOffice: true };
  }
  const r = resolutions.get(name);
  if (!r) return { kind: 'unknown' };
  if (r.match) return { kind: 'matched', orgName: r.match.name, mapped: false };
  if (r.expandsTo.length) return { kind: 'collective', expandsTo: r.expandsTo.map((o) => o.name) };
  return { kind: 'text', byOffice: false };
}

/** Every unit name of the tasks, with the roles and number of tasks it appears in (first appearance first). */
export function unitNames(tasks: readonly EditTask[]): { name: string; roles: UnitRole[]; tasks: number }[] {
  const out = new Map<string, { name: string; roles: UnitRole[]; tasks: number }>();
  for (const t of tasks) {
    const seen = new Set<string>();
    for (const role of UNIT_ROLES) {
      for (const name of t[role]) {
        const e = out.get(name) ?? { name, roles: [], tasks: 0 };
        if (!e.roles.includes(role)) e.roles.push(role);
        if (!seen.has(name)) e.tasks += 1;
        seen.add(name);
        out.set(name, e);
      }
    }
  }
  return [...out.values()];
}

/** The server's field errors for tasks (`body.tasks.3.text`) by task index; the rest by top-level field. */
export function splitErrors(err: unknown): { tasks: Map<number, string[]>; fields: Map<string, string[]> } {
  const tasks = new Map<number, string[]>();
  const fields = new Map<string, string[]>();
  if (!(err instanceof ApiError)) return { tasks, fields };
  for (const e of err.problem.errors ?? []) {
    const parts = e.path.replace(/^body\./, '').split('.');
    if (parts[0] === 'tasks' && /^\d+$/.test(parts[1] ?? '')) {
      const i = Number(parts[1]);
      tasks.set(i, [...(tasks.get(i) ?? []), e.message]);
    } else if (parts[0]) {
      fields.set(parts[0], [...(fields.get(parts[0]) ?? []), e.message]);
    }
  }
  return { tasks, fields };
}
