// Thin fetch wrapper: same-origin cookie session, CSRF header on writes, problem+json errors, 401 → login.
import type {
  AuditItem,
  AuditQuery,
  AuditVerifyResult,
  CalendarDay,
  CalendarYear,
  CalendarYearSummary,
  CreateOrgInput,
  CreateUserInput,
  DeadlineResult,
  CheckReport,
  DocumentEvent,
  DocumentInput,
  DocumentListItem,
  DocumentQuery,
  DocumentVersion,
  DocumentView,
  MaskResult,
  Attachment,
  Org,
  Page,
  Problem,
  Session,
  UpdateOrgInput,
  UpdateUserInput,
  SensitiveWord,
  SensitiveWordLevel,
  User,
  UserQuery,
  Vocabulary,
} from './types';

/** An error response from the server (or a network failure, with status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): string {
    return this.problem.code;
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever any request comes back 401 (the session expired or never existed). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type Query = Record<string, string | number | undefined | null>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** A multipart/form-data upload instead of a JSON body (the browser sets the boundary). */
  form?: FormData;
  /** Do not treat 401 as "session gone" (the login request itself). */
  allow401?: boolean;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toProblem(res: Response): Promise<Problem> {
  const fallback: Problem = { title: '请求失败', status: res.status, code: 'HTTP_' + res.status, detail: `服务器返回错误（${res.status}），请稍后重试` };
  const text = await res.text().catch(() => '');
  if (!text) return fallback;
  try {
    const body = JSON.parse(text) as Partial<Problem>;
    if (body && typeof body === 'object' && typeof body.title === 'string') {
      return { ...fallback, ...body, status: typeof body.status === 'number' ? body.status : res.status } as Problem;
    }
  } catch {
    // Not JSON (a proxy error page, for instance).
  }
  return fallback;
}

async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    });
  } catch {
    throw new ApiError({ title: '网络错误', status: 0, code: 'NETWORK_ERROR', detail: '无法连接服务器，请检查网络后重试' });
  }
  if (!res.ok) {
    const problem = await toProblem(res);
    if (res.status === 401 && !opts.allow401) onUnauthorized?.();
    throw new ApiError(problem);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * A JSON call for screens whose endpoints are not listed in `api` below (the publication sub-parts):
 * same cookie, CSRF header, problem+json → ApiError and 401 handling as every other call.
 */
export function call<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, opts: { query?: Query; body?: unknown } = {}): Promise<T> {
  return request<T>(method, path, opts);
}

export const api = {
  session: {
    get: () => request<Session>('GET', '/api/v1/session', { allow401: true }),
    login: (username: string, password: string) => request<Session>('POST', '/api/v1/session', { body: { username, password }, allow401: true }),
    logout: () => request<void>('DELETE', '/api/v1/session', { allow401: true }),
    changePassword: (currentPassword: string, newPassword: string) =>
      request<void>('POST', '/api/v1/session/password', { body: { currentPassword, newPassword } }),
  },
  orgs: {
    list: () => request<{ items: Org[] }>('GET', '/api/v1/orgs'),
    directory: () => request<{ items: { id: number; code: string; name: string; parentId: number | null }[] }>('GET', '/api/v1/orgs/directory'),
    create: (input: CreateOrgInput) => request<Org>('POST', '/api/v1/orgs', { body: input }),
    update: (id: number, input: UpdateOrgInput) => request<Org>('PATCH', `/api/v1/orgs/${id}`, { body: input }),
  },
  users: {
    list: (q: UserQuery) => request<Page<User>>('GET', '/api/v1/users', { query: { ...q } }),
    create: (input: CreateUserInput) => request<{ user: User; initialPassword: string }>('POST', '/api/v1/users', { body: input }),
    update: (id: number, input: UpdateUserInput) => request<User>('PATCH', `/api/v1/users/${id}`, { body: input }),
    resetPassword: (id: number) => request<{ password: string }>('POST', `/api/v1/users/${id}/password-reset`),
    unlock: (id: number) => request<User>('POST', `/api/v1/users/${id}/unlock`),
  },
  audit: {
    list: (q: AuditQuery) => request<Page<AuditItem>>('GET', '/api/v1/audit', { query: { ...q } }),
    verify: () => request<AuditVerifyResult>('POST', '/api/v1/audit/verify'),
  },
  calendar: {
    years: () => request<{ items: CalendarYearSummary[] }>('GET', '/api/v1/calendar/years'),
    year: (year: number) => request<CalendarYear>('GET', `/api/v1/calendar/years/${year}`),
    putYear: (year: number, days: CalendarDay[], source?: string) =>
      request<CalendarYear>('PUT', `/api/v1/calendar/years/${year}`, { body: source ? { days, source } : { days } }),
    deadline: (start: string, workdays: number) => request<DeadlineResult>('GET', '/api/v1/calendar/deadline', { query: { start, workdays } }),
  },
  vocabulary: () => request<Vocabulary>('GET', '/api/v1/publications/vocabulary'),
  documents: {
    list: (q: DocumentQuery) => request<Page<DocumentListItem>>('GET', '/api/v1/documents', { query: { ...q } }),
    get: (id: number) => request<DocumentView>('GET', `/api/v1/documents/${id}`),
    create: (input: DocumentInput) => request<DocumentView>('POST', '/api/v1/documents', { body: input }),
    update: (id: number, version: number, input: Partial<DocumentInput>) =>
      request<DocumentView>('PATCH', `/api/v1/documents/${id}`, { body: { ...input, version } }),
    remove: (id: number) => request<void>('DELETE', `/api/v1/documents/${id}`),
    events: (id: number) => request<{ items: DocumentEvent[] }>('GET', `/api/v1/documents/${id}/events`),
    versions: (id: number) => request<{ items: DocumentVersion[] }>('GET', `/api/v1/documents/${id}/versions`),
    checks: (id: number) => request<CheckReport>('GET', `/api/v1/documents/${id}/checks`),
    upload: (id: number, file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return request<Attachment>('POST', `/api/v1/documents/${id}/attachments`, { form });
    },
    removeAttachment: (id: number, attachmentId: number) => request<void>('DELETE', `/api/v1/documents/${id}/attachments/${attachmentId}`),
    attachmentUrl: (id: number, attachmentId: number) => `/api/v1/documents/${id}/attachments/${attachmentId}`,
    mask: (id: number, attachmentIds?: number[]) =>
      request<MaskResult>('POST', `/api/v1/documents/${id}/mask`, { body: attachmentIds ? { body: true, attachmentIds } : { body: true } }),
    setPiiException: (id: number, basis: string, note: string) => request<DocumentView>('PUT', `/api/v1/documents/${id}/pii-exception`, { body: { basis, note } }),
    clearPiiException: (id: number) => request<DocumentView>('DELETE', `/api/v1/documents/${id}/pii-exception`),
    submit: (id: number) => request<DocumentView>('POST', `/api/v1/documents/${id}/submit`),
    recall: (id: number) => request<DocumentView>('POST', `/api/v1/documents/${id}/recall`),
    review: (id: number, decision: 'approve' | 'return', opinion: string) =>
      request<DocumentView>('POST', `/api/v1/documents/${id}/review`, { body: { decision, opinion } }),
    publish: (id: number, publishAt: string | null) => request<DocumentView>('POST', `/api/v1/documents/${id}/publish`, { body: publishAt ? { publishAt } : {} }),
    withdraw: (id: number, reason: string) => request<DocumentView>('POST', `/api/v1/documents/${id}/withdraw`, { body: { reason } }),
  },
  sensitiveWords: {
    list: () => request<{ items: SensitiveWord[] }>('GET', '/api/v1/sensitive-words'),
    add: (word: string, level: SensitiveWordLevel, note: string | null) => request<SensitiveWord>('POST', '/api/v1/sensitive-words', { body: { word, level, note } }),
    remove: (id: number) => request<void>('DELETE', `/api/v1/sensitive-words/${id}`),
  },
};

/** The Chinese message to show for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.problem.detail || err.problem.title;
  return '操作失败，请稍后重试';
}
