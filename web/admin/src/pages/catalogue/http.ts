// JSON calls of the 基本目录 and 专栏 screens. api/client.ts keeps its `request` private, so this wrapper reads
// the session's CSRF token once (GET /api/v1/session) and raises the same ApiError; if client.ts ever exports
// `request`, replace `call` with it.
import { ApiError, api } from '../../api/client';
import type { Problem } from '../../api/types';

let csrf: Promise<string> | null = null;
const token = () => (csrf ??= api.session.get().then((s) => s.csrfToken).catch((err: unknown) => { csrf = null; throw err; }));

type Query = Record<string, string | number | undefined | null>;

async function problemOf(res: Response): Promise<Problem> {
  const fallback: Problem = { title: '请求失败', status: res.status, code: `HTTP_${res.status}`, detail: `服务器返回错误（${res.status}），请稍后重试` };
  try {
    const body = (await res.json()) as Partial<Problem>;
    return body && typeof body.title === 'string' ? ({ ...fallback, ...body } as Problem) : fallback;
  } catch {
    return fallback;
  }
}

export async function call<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, opts: { query?: Query; body?: unknown } = {}, retried = false): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await token();
  let res: Response;
  try {
    res = await fetch(qs.toString() ? `${path}?${qs.toString()}` : path, { method, headers, credentials: 'same-origin', body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  } catch {
    throw new ApiError({ title: '网络错误', status: 0, code: 'NETWORK_ERROR', detail: '无法连接服务器，请检查网络后重试' });
  }
  if (!res.ok) {
    const problem = await problemOf(res);
    // A new login since the token was read: read it again once.
    if (problem.code === 'CSRF_TOKEN_INVALID' && !retried) {
      csrf = null;
      return call<T>(method, path, opts, true);
    }
    throw new ApiError(problem);
  }
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
