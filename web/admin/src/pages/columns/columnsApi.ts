// Types and calls of the 专栏 API (mirrors src/modules/publications/columns/columns.schemas.ts).
import { call } from '../../api/client';

export type ColumnKind = 'news' | 'notice' | 'policy' | 'key-area' | 'other';
export const COLUMN_KIND_LABELS: Record<ColumnKind, string> = { news: '动态要闻类', notice: '通知公告类', policy: '政策文件类', 'key-area': '重点领域', other: '其他' };
/** 国办秘函〔2019〕19号: 动态要闻 2 周, 通知公告/政策文件 6 个月 (the server applies these when none is given). */
export const DEFAULT_MAX_DAYS: Record<ColumnKind, number | null> = { news: 14, notice: 183, policy: 183, 'key-area': 183, other: null };

export interface Column {
  id: number;
  orgId: number;
  orgCode: string;
  orgName: string;
  parentId: number | null;
  depth: number;
  name: string;
  slug: string;
  description: string;
  kind: ColumnKind;
  kindLabel: string;
  maxDays: number | null;
  sortOrder: number;
  status: 'active' | 'disabled';
  effectiveActive: boolean;
  url: string;
  createdAt: string;
  updatedAt: string;
}

export interface ColumnInput {
  name: string;
  slug: string;
  description: string;
  kind: ColumnKind;
  maxDays?: number | null;
  sortOrder?: number;
}

export interface StaleItem {
  column: Column;
  state: 'stale' | 'empty';
  lastPublishedAt: string | null;
  daysSince: number | null;
  reason: string;
  countsForNewsNoticePolicy: boolean;
}

export interface StaleReport {
  org: { id: number; code: string; name: string };
  checkedAt: string;
  checked: number;
  thresholds: { newsNoticePolicy: number; stale: number; empty: number };
  counts: { newsNoticePolicy: number; stale: number; empty: number };
  veto: { hit: boolean; reasons: string[] };
  items: StaleItem[];
}

export const columnsApi = {
  tree: (orgId: number) => call<{ org: { id: number; code: string; name: string }; items: Column[] }>('GET', '/api/v1/columns', { query: { orgId } }),
  create: (orgId: number, parentId: number | null, input: ColumnInput) => call<Column>('POST', '/api/v1/columns', { body: { orgId, parentId, ...input } }),
  update: (id: number, input: Partial<ColumnInput> & { status?: 'active' | 'disabled' }) => call<Column>('PATCH', `/api/v1/columns/${id}`, { body: input }),
  move: (id: number, parentId: number | null, sortOrder?: number) => call<Column>('POST', `/api/v1/columns/${id}/move`, { body: sortOrder === undefined ? { parentId } : { parentId, sortOrder } }),
  disable: (id: number) => call<Column>('POST', `/api/v1/columns/${id}/disable`),
  stale: (orgId: number) => call<StaleReport>('GET', '/api/v1/columns/stale', { query: { orgId } }),
  documentColumns: (documentId: number) => call<{ items: Column[] }>('GET', `/api/v1/documents/${documentId}/columns`),
  setDocumentColumns: (documentId: number, columnIds: number[]) => call<{ items: Column[] }>('PUT', `/api/v1/documents/${documentId}/columns`, { body: { columnIds } }),
};

export interface ColumnNode extends Column {
  children?: ColumnNode[];
}

/** The flat pre-order list as a tree (antd Table/TreeSelect data). */
export function toTree(items: Column[]): ColumnNode[] {
  const nodes = new Map<number, ColumnNode>(items.map((c) => [c.id, { ...c }]));
  const roots: ColumnNode[] = [];
  for (const c of items) {
    const node = nodes.get(c.id)!;
    const parent = c.parentId === null ? undefined : nodes.get(c.parentId);
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** Ids of a column and everything below it. */
export function subtreeIds(items: Column[], id: number): Set<number> {
  const out = new Set([id]);
  for (const c of items) if (c.parentId !== null && out.has(c.parentId)) out.add(c.id); // pre-order: parents come first
  return out;
}

export interface ColumnOption {
  value: number;
  title: string;
  disabled?: boolean;
  children: ColumnOption[];
}

/** TreeSelect data of the columns; `blocked` ones (a column's own subtree, when moving it) are disabled. */
export function toOptions(nodes: ColumnNode[], blocked: Set<number> = new Set()): ColumnOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: blocked.has(n.id) ? `${n.name}（本栏目或其下级）` : n.name,
    disabled: blocked.has(n.id),
    children: toOptions(n.children ?? [], blocked),
  }));
}
