// The 规范性文件 and 政府公报 screens' requests. api/client.ts keeps its request function private, so this
// wrapper does the same job: same-origin cookie, the session's CSRF token on writes, problem+json → ApiError.
import { ApiError, api } from '../../api/client';
import type { Problem } from '../../api/types';

let csrf: string | null = null;

async function csrfToken(): Promise<string> {
  csrf ??= (await api.session.get()).csrfToken;
  return csrf;
}

type Query = Record<string, string | number | undefined | null>;

function urlOf(path: string, query?: Query): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

async function problemOf(res: Response): Promise<Problem> {
  const fallback: Problem = { title: '请求失败', status: res.status, code: `HTTP_${res.status}`, detail: `服务器返回错误（${res.status}），请稍后重试` };
  try {
    const body = (await res.json()) as Partial<Problem>;
    return typeof body?.title === 'string' ? ({ ...fallback, ...body } as Problem) : fallback;
  } catch {
    return fallback;
  }
}

export async function call<T>(method: string, path: string, opts: { query?: Query; body?: unknown } = {}, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await csrfToken();
  let res: Response;
  try {
    res = await fetch(urlOf(path, opts.query), { method, headers, credentials: 'same-origin', body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  } catch {
    throw new ApiError({ title: '网络错误', status: 0, code: 'NETWORK_ERROR', detail: '无法连接服务器，请检查网络后重试' });
  }
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const problem = await problemOf(res);
  if (problem.code === 'CSRF_TOKEN_INVALID' && !retried) {
    csrf = null; // signed in again since the token was read
    return call<T>(method, path, opts, true);
  }
  if (res.status === 401) {
    csrf = null;
    void api.orgs.list().catch(() => undefined); // lets the shared client notice the ended session and show the login page
  }
  throw new ApiError(problem);
}
