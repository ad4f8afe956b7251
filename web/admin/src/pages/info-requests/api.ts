// Calls of the 依申请公开 staff API (src/modules/info-requests/info-requests.routes.ts, reply.routes.ts).
import { call } from '../../api/client';
import type { Appeal, AppealInput, AppealUpdate, Dashboard, Letter, LetterSettings, RegisterInput, ReplyTemplate, RequestDetail, RequestPage, RequestQuery } from './types';

const base = '/api/v1/info-requests';

export const requestsApi = {
  list: (q: RequestQuery) => call<RequestPage>('GET', base, { query: { ...q } }),
  dashboard: () => call<Dashboard>('GET', `${base}/dashboard`),
  register: (input: RegisterInput) => call<RequestDetail>('POST', base, { body: input }),
  get: (id: number, reveal = false) => call<RequestDetail>('GET', `${base}/${id}`, { query: reveal ? { reveal: 'true' } : {} }),
  /** One handling step (confirm, assign, correction-request …): the request as it now is. */
  step: (id: number, path: string, body: unknown) => call<RequestDetail>('POST', `${base}/${id}/${path}`, { body }),
  reply: (id: number, body: { on: string; result: string; fields: Record<string, string> }) =>
    call<{ letterId: number; number: string; request: RequestDetail }>('POST', `${base}/${id}/reply`, { body }),
  letters: (id: number) => call<Letter[]>('GET', `${base}/${id}/letters`),
  templates: (orgId: number) => call<ReplyTemplate[]>('GET', `${base}/templates`, { query: { orgId } }),
  saveTemplate: (code: string, body: { orgId: number; article: string; letterTitle: string; body: string }) =>
    call<ReplyTemplate>('PUT', `${base}/templates/${encodeURIComponent(code)}`, { body }),
  appeals: (id: number) => call<{ items: Appeal[] }>('GET', `${base}/${id}/appeals`),
  addAppeal: (id: number, body: AppealInput) => call<Appeal>('POST', `${base}/${id}/appeals`, { body }),
  updateAppeal: (appealId: number, body: AppealUpdate) => call<Appeal>('PATCH', `${base}/appeals/${appealId}`, { body }),
  settings: (orgId: number) => call<LetterSettings>('GET', `${base}/settings/${orgId}`),
  saveSettings: (orgId: number, body: { letterPrefix: string; reviewBody: string; court: string }) =>
    call<LetterSettings>('PUT', `${base}/settings/${orgId}`, { body }),
};
