// Calls of the 分工方案与台账 staff API (src/modules/plans/plans.routes.ts).
import { ApiError, api, call } from '../../api/client';
import type { Problem } from '../../api/types';
import type {
  CrossTasksQuery, ParseResult, PatchTaskInput, PlanDetail, PlanInput, PlanStatus, PlanSummary, PlanTasks, ProgressInput, SubmitInput,
  TaskDetail, TaskStatus, TaskView,
} from './types';

const base = '/api/v1/plans';
const tasks = '/api/v1/plan-tasks';

/**
 * A multipart upload (field `file`). The shared client sends JSON only; an upload carries the session's CSRF token,
 * read again from GET /api/v1/session, and its refusals become the same ApiError (problem+json) as every other call.
 */
async function upload<T>(path: string, file: File): Promise<T> {
  const { csrfToken } = await api.session.get();
  const form = new FormData();
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin', headers: { accept: 'application/json', 'x-csrf-token': csrfToken } });
  } catch {
    throw new ApiError({ title: '网络错误', status: 0, code: 'NETWORK_ERROR', detail: '无法连接服务器，请检查网络后重试' });
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) {
    let problem: Problem = { title: '请求失败', status: res.status, code: `HTTP_${res.status}`, detail: `服务器返回错误（${res.status}），请稍后重试` };
    try {
      const body = JSON.parse(text) as Partial<Problem>;
      if (typeof body.title === 'string') problem = { ...problem, ...body } as Problem;
    } catch {
      // Not JSON: keep the generic message.
    }
    throw new ApiError(problem);
  }
  return JSON.parse(text) as T;
}

export interface LedgerFilter {
  status?: TaskStatus;
  org?: string;
  view?: 'overdue' | 'dueSoon';
}

export const plansApi = {
  parseText: (text: string, orgCode?: string) => call<ParseResult>('POST', `${base}/parse`, { body: orgCode ? { text, orgCode } : { text } }),
  parseFile: (file: File, orgCode?: string) => upload<ParseResult>(`${base}/parse${orgCode ? `?orgCode=${encodeURIComponent(orgCode)}` : ''}`, file),
  list: (q: { status?: PlanStatus; year?: number } = {}) => call<{ items: PlanSummary[] }>('GET', base, { query: q }),
  get: (id: number) => call<PlanDetail>('GET', `${base}/${id}`),
  create: (input: PlanInput) => call<PlanDetail>('POST', base, { body: input }),
  update: (id: number, version: number, input: Partial<PlanInput>) => call<PlanDetail>('PUT', `${base}/${id}`, { body: { ...input, version } }),
  remove: (id: number, version: number) => call<void>('DELETE', `${base}/${id}`, { query: { version } }),
  adopt: (id: number, version: number) => call<PlanDetail>('POST', `${base}/${id}/adopt`, { body: { version } }),
  archive: (id: number, version: number) => call<PlanDetail>('POST', `${base}/${id}/archive`, { body: { version } }),
  planTasks: (id: number, q: LedgerFilter) => call<PlanTasks>('GET', `${base}/${id}/tasks`, { query: { ...q } }),
  /** The XLSX ledger (a plain link: the session cookie goes with it); 逾期 is a status of the export. */
  ledgerUrl: (id: number, q: { status?: TaskStatus | 'overdue'; org?: string }) => {
    const qs = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1])).toString();
    return `${base}/${id}/ledger.xlsx${qs ? `?${qs}` : ''}`;
  },
  crossTasks: (q: CrossTasksQuery) => call<{ items: TaskView[]; total: number; page: number; pageSize: number }>('GET', tasks, { query: { ...q } }),
  task: (id: number) => call<TaskDetail>('GET', `${tasks}/${id}`),
  patchTask: (id: number, body: PatchTaskInput) => call<TaskDetail>('PATCH', `${tasks}/${id}`, { body }),
  progress: (id: number, body: ProgressInput) => call<TaskDetail>('POST', `${tasks}/${id}/progress`, { body }),
  submit: (id: number, body: SubmitInput) => call<TaskDetail>('POST', `${tasks}/${id}/submit`, { body }),
  accept: (id: number, body: { note?: string; version?: number }) => call<TaskDetail>('POST', `${tasks}/${id}/accept`, { body }),
  sendBack: (id: number, body: { reason: string; version?: number }) => call<TaskDetail>('POST', `${tasks}/${id}/return`, { body }),
  uploadEvidence: (id: number, file: File) => upload<{ fileKey: string; name: string; size: number }>(`${tasks}/${id}/evidence`, file),
};
