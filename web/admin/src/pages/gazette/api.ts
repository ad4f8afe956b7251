import type { Page } from '../../api/types';
import { call } from '../../api/client';
import type { IssueListItem, IssueStatus, IssueView } from './types';

export interface IssueQuery { orgId?: number; year?: number; status?: IssueStatus; page: number; pageSize: number }
export interface NewIssue { orgId: number; year: number; number?: number; totalNumber?: number; title?: string; issueDate: string }
export interface IssueMeta { year: number; number: number; totalNumber: number; title: string; issueDate: string }

export const gazetteApi = {
  list: (q: IssueQuery) => call<Page<IssueListItem>>('GET', '/api/v1/gazette/issues', { query: { ...q } }),
  get: (id: number) => call<IssueView>('GET', `/api/v1/gazette/issues/${id}`),
  create: (input: NewIssue) => call<IssueView>('POST', '/api/v1/gazette/issues', { body: input }),
  update: (id: number, version: number, input: Partial<IssueMeta>) => call<IssueView>('PATCH', `/api/v1/gazette/issues/${id}`, { body: { ...input, version } }),
  putContents: (id: number, version: number, sections: { title: string; documentIds: number[] }[]) =>
    call<IssueView>('PUT', `/api/v1/gazette/issues/${id}/contents`, { body: { version, sections } }),
  publish: (id: number) => call<IssueView>('POST', `/api/v1/gazette/issues/${id}/publish`),
  withdraw: (id: number, reason: string) => call<IssueView>('POST', `/api/v1/gazette/issues/${id}/withdraw`, { body: { reason } }),
  remove: (id: number) => call<void>('DELETE', `/api/v1/gazette/issues/${id}`),
  pdfUrl: (id: number) => `/api/v1/gazette/issues/${id}/pdf`,
};
