import type { Page } from '../../api/types';
import { call } from '../../api/client';
import type { CleanupListItem, CleanupResult, CleanupStatus, CleanupView, DocRef, RegisterFilter, RelationKind, RelationsView } from './types';

export interface RegisterQuery { orgId?: number; validity: RegisterFilter; q?: string; page: number; pageSize: number }
export interface CleanupQuery { orgId?: number; status?: CleanupStatus; page: number; pageSize: number }
export interface CleanupInput { orgId: number; title: string; basis: string; cleanupDate: string }

export const normativeApi = {
  register: (q: RegisterQuery) => call<Page<DocRef>>('GET', '/api/v1/normative/documents', { query: { ...q } }),
  relations: (id: number) => call<RelationsView>('GET', `/api/v1/documents/${id}/relations`),
  putRelations: (id: number, relations: { relatedDocumentId: number; kind: RelationKind }[]) =>
    call<RelationsView>('PUT', `/api/v1/documents/${id}/relations`, { body: { relations } }),
  cleanups: (q: CleanupQuery) => call<Page<CleanupListItem>>('GET', '/api/v1/normative/cleanups', { query: { ...q } }),
  cleanup: (id: number) => call<CleanupView>('GET', `/api/v1/normative/cleanups/${id}`),
  createCleanup: (input: CleanupInput) => call<CleanupView>('POST', '/api/v1/normative/cleanups', { body: input }),
  updateCleanup: (id: number, input: Partial<Omit<CleanupInput, 'orgId'>>) => call<CleanupView>('PATCH', `/api/v1/normative/cleanups/${id}`, { body: input }),
  putItems: (id: number, items: { documentId: number; result: CleanupResult; note: string }[]) =>
    call<CleanupView>('PUT', `/api/v1/normative/cleanups/${id}/items`, { body: { items } }),
  publishCleanup: (id: number) => call<CleanupView>('POST', `/api/v1/normative/cleanups/${id}/publish`),
  removeCleanup: (id: number) => call<void>('DELETE', `/api/v1/normative/cleanups/${id}`),
};
