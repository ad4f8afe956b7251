/**
 * 考核 arithmetic (pure): the computed rules' shares, a score from a share and a weight, totals and ranks.
 * - taskOnTime: of the unit's tasks (牵头 or 责任) in the organisation's adopted plans of the year, the share
 *   closed on time — `closed_on` ≤ `due_on`, or closed at all when the task has no due date;
 * - taskCompletion: the share closed (销号), whenever;
 * - requestOnTime: of the unit's 依申请公开 requests closed in the year, the share closed on time (requests whose
 *   due date could not be computed are left out of both counts and reported);
 * - score = weight × share, rounded to 2 decimals; with nothing to count, the full weight (`whenNone: 'full'`,
 *   the default: 无此项任务的不扣分) or 0 (`whenNone: 'zero'`).
 */

export const round2 = (x: number) => Math.round(x * 100) / 100;

export interface UnitTaskFact {
  orgId: number;
  taskId: number;
  dueOn: string | null;
  closedOn: string | null;
}

export interface Share {
  numerator: number;
  denominator: number;
}

export interface TaskShares {
  tasks: number;
  closed: number;
  onTime: number;
}

/** Per unit: its tasks (each once, even if 牵头 and 责任), closed, closed on time. */
export function taskSharesByUnit(facts: readonly UnitTaskFact[]): Map<number, TaskShares> {
  const seen = new Set<string>();
  const out = new Map<number, TaskShares>();
  for (const f of facts) {
    const key = `${f.orgId}:${f.taskId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = out.get(f.orgId) ?? { tasks: 0, closed: 0, onTime: 0 };
    s.tasks += 1;
    if (f.closedOn !== null) {
      s.closed += 1;
      if (f.dueOn === null || f.closedOn <= f.dueOn) s.onTime += 1;
    }
    out.set(f.orgId, s);
  }
  return out;
}

export interface ComputedScore {
  score: number;
  /** The share (0–1, four decimals), null with nothing to count. */
  value: number | null;
}

export function scoreFromShare(weight: number, share: Share, whenNone: 'full' | 'zero' = 'full'): ComputedScore {
  if (share.denominator === 0) return { score: whenNone === 'zero' ? 0 : weight, value: null };
  const value = share.numerator / share.denominator;
  return { score: round2(weight * value), value: Math.round(value * 10_000) / 10_000 };
}

/** Competition ranks of totals (highest first; equal totals share a rank: 1, 2, 2, 4). */
export function ranks(totals: readonly number[]): number[] {
  const order = totals.map((t, i) => ({ t, i })).sort((a, b) => b.t - a.t || a.i - b.i);
  const out = new Array<number>(totals.length);
  order.forEach((x, k) => {
    out[x.i] = k > 0 && order[k - 1]!.t === x.t ? out[order[k - 1]!.i]! : k + 1;
  });
  return out;
}
