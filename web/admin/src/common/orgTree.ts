import type { Org } from '../api/types';

export interface OrgNode {
  org: Org;
  children: OrgNode[];
}

const byOrder = (a: OrgNode, b: OrgNode) => a.org.sortOrder - b.org.sortOrder || a.org.code.localeCompare(b.org.code) || a.org.id - b.org.id;

/** Builds the tree from the flat list; an org whose parent is outside the caller's scope becomes a root. */
export function buildOrgTree(orgs: readonly Org[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>(orgs.map((org) => [org.id, { org, children: [] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId === null ? undefined : nodes.get(node.org.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort(byOrder);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export interface OrgTreeSelectNode {
  value: number;
  title: string;
  disabled?: boolean;
  children: OrgTreeSelectNode[];
}

/** Tree data for antd TreeSelect; disabled orgs stay visible but are not selectable when `disableInactive`. */
export function toTreeSelectData(tree: readonly OrgNode[], disableInactive = false): OrgTreeSelectNode[] {
  return tree.map((n) => ({
    value: n.org.id,
    title: n.org.status === 'disabled' ? `${n.org.name}（已停用）` : n.org.name,
    disabled: disableInactive && n.org.status === 'disabled',
    children: toTreeSelectData(n.children, disableInactive),
  }));
}

/** Ids of every node, for expanding a whole tree. */
export function allIds(tree: readonly OrgNode[]): number[] {
  return tree.flatMap((n) => [n.org.id, ...allIds(n.children)]);
}
