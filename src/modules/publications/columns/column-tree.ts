/** Pure helpers over one organisation's column rows (a few dozen: the tree is built in memory). */
import type { ColumnRow } from './columns.repository.js';

export interface TreeInfo {
  /** Pre-order (parents before children, siblings by sort order). */
  ordered: { row: ColumnRow; depth: number }[];
  /** Every column id of the subtree rooted at a column, itself included. */
  subtree(id: number): number[];
  /** The column and every column above it are active. */
  effectiveActive(id: number): boolean;
  /** Root first. */
  ancestors(id: number): ColumnRow[];
}

export function columnTree(rows: ColumnRow[]): TreeInfo {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const children = new Map<number | null, ColumnRow[]>();
  for (const r of rows) {
    // A parent missing from the set (should not happen) makes the column a root rather than lose it.
    const parent = r.parent_id !== null && byId.has(r.parent_id) ? r.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  for (const list of children.values()) list.sort((a, b) => a.sort_order - b.sort_order || a.id - b.id);
  const ordered: TreeInfo['ordered'] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      ordered.push({ row: r, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  const ancestors = (id: number): ColumnRow[] => {
    const out: ColumnRow[] = [];
    const guard = new Set<number>();
    for (let cur = byId.get(id); cur && !guard.has(cur.id); cur = cur.parent_id === null ? undefined : byId.get(cur.parent_id)) {
      guard.add(cur.id);
      out.unshift(cur);
    }
    return out;
  };
  return {
    ordered,
    ancestors,
    subtree(id) {
      const out: number[] = [];
      const stack = [id];
      while (stack.length) {
        const cur = stack.pop()!;
        if (out.includes(cur)) continue;
        out.push(cur);
        for (const c of children.get(cur) ?? []) stack.push(c.id);
      }
      return out;
    },
    effectiveActive: (id) => {
      const chain = ancestors(id);
      return chain.length > 0 && chain.every((r) => r.status === 'active');
    },
  };
}
