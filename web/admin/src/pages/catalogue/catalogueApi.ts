// Types and calls of the 主动公开基本目录 API (mirrors src/modules/publications/catalogue/catalogue.schemas.ts).
import { call } from '../../api/client';

export type RuleKind = 'event' | 'periodic' | 'realtime' | 'none';
export type Period = 'year' | 'half-year' | 'quarter' | 'month';
export interface TimeRule { kind: RuleKind; days: number | null; period: Period | null }

export interface CatalogueEntry {
  id: number;
  orgId: number;
  orgCode: string;
  orgName: string;
  category: string | null;
  itemL1: string;
  itemL2: string | null;
  content: string;
  basis: string;
  timeLimit: string;
  rule: TimeRule;
  ruleLabel: string;
  subject: string;
  channels: string[];
  audience: string;
  mode: string;
  level: string;
  sortOrder: number;
  status: 'active' | 'retired';
  createdAt: string;
  updatedAt: string;
}

export interface EntryInput {
  category: string | null;
  itemL1: string;
  itemL2: string | null;
  content: string;
  basis: string;
  timeLimit: string;
  rule?: TimeRule;
  subject: string;
  channels: string[];
  audience: string;
  mode: string;
  level: string;
  sortOrder?: number;
}

export interface CatalogueVocabulary {
  categories: { group: string; items: string[] }[];
  channels: string[];
  audiences: string[];
  modes: string[];
  levels: string[];
  periods: { value: Period; label: string }[];
}

export interface CoverageItem {
  entry: CatalogueEntry;
  count: number;
  lastDocument: { id: number; title: string; publishedAt: string } | null;
  covered: boolean;
  reason: string;
}

export interface CoverageReport {
  org: { id: number; code: string; name: string };
  checkedAt: string;
  total: number;
  covered: number;
  uncovered: number;
  items: CoverageItem[];
}

export interface ImportResult {
  dryRun: boolean;
  imported: number;
  skipped: { row: number; reason: string }[];
  errors: { row: number; messages: string[] }[];
  warnings: string[];
}

export const RULE_KIND_LABELS: Record<RuleKind, string> = { event: '事件触发（形成或变更后限期公开）', periodic: '定期公开', realtime: '实时公开', none: '未设定' };

export const catalogueApi = {
  vocabulary: () => call<CatalogueVocabulary>('GET', '/api/v1/catalogue/vocabulary'),
  list: (orgId: number, status?: 'active' | 'retired') => call<{ items: CatalogueEntry[] }>('GET', '/api/v1/catalogue', { query: { orgId, status } }),
  create: (orgId: number, input: EntryInput) => call<CatalogueEntry>('POST', '/api/v1/catalogue', { body: { orgId, ...input } }),
  update: (id: number, input: Partial<EntryInput> & { status?: 'active' | 'retired' }) => call<CatalogueEntry>('PATCH', `/api/v1/catalogue/${id}`, { body: input }),
  retire: (id: number) => call<CatalogueEntry>('POST', `/api/v1/catalogue/${id}/retire`),
  importText: (orgId: number, text: string, dryRun: boolean) => call<ImportResult>('POST', '/api/v1/catalogue/import', { body: { orgId, text, dryRun } }),
  coverage: (orgId: number) => call<CoverageReport>('GET', '/api/v1/catalogue/coverage', { query: { orgId } }),
  documentEntries: (documentId: number) => call<{ items: CatalogueEntry[] }>('GET', `/api/v1/documents/${documentId}/catalogue-entries`),
  setDocumentEntries: (documentId: number, entryIds: number[]) => call<{ items: CatalogueEntry[] }>('PUT', `/api/v1/documents/${documentId}/catalogue-entries`, { body: { entryIds } }),
};
