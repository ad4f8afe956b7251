import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type FieldProblem, ValidationError } from '../errors/app-error.js';

const NUL = '\u0000';

/** Bodies the API accepts: JSON only (media type essence, parameters such as charset allowed). */
function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
}

function isMultipart(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'multipart/form-data';
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route takes a multipart/form-data upload (besides JSON). */
    multipart?: boolean;
  }
}

function hasBody(req: FastifyRequest): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && Number(length) > 0) || req.headers['transfer-encoding'] !== undefined;
}

/** Paths (`body.displayName`, `querystring.q`) of every string holding a NUL character; iterative, so deep nesting is safe. */
function nulPaths(root: unknown, prefix: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  const stack: [unknown, string][] = [[root, prefix]];
  while (stack.length > 0 && out.length < 20) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes(NUL)) out.push({ path, message: '不能包含空字符（\\u0000）' });
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (k.includes(NUL)) out.push({ path, message: '字段名不能包含空字符（\\u0000）' });
        stack.push([child, `${path}.${k}`]);
      }
    }
  }
  return out;
}

/**
 * Request hygiene the schemas cannot express:
 * - API bodies must be JSON (415 otherwise). Form, multipart and text/plain bodies are what a
 *   cross-site HTML form can send without a preflight, so refusing them also rules out login CSRF.
 * - No string may contain NUL: PostgreSQL cannot store it (the request would fail as a 500) and
 *   SQLite would store it silently, so both engines refuse it the same way, up front.
 * Register after the guard, so anonymous callers still get 401 first.
 */
export function registerInputChecks(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => {
    if (req.routeOptions.config?.access === undefined) return; // unknown route: a 404 says more
    if (!req.url.startsWith('/api/') || !hasBody(req) || isJson(req.headers['content-type'])) return;
    // File uploads: only on routes that declare it, and those require a session and the CSRF header,
    // which a cross-site form cannot send.
    if (req.routeOptions.config?.multipart && isMultipart(req.headers['content-type'])) return;
    throw new AppError({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415, title: '不支持的内容类型', detail: '请以 application/json 提交' });
  });
  app.addHook('preValidation', async (req) => {
    const problems = [...nulPaths(req.params, 'params'), ...nulPaths(req.query, 'querystring'), ...nulPaths(req.body, 'body')];
    if (problems.length > 0) throw new ValidationError(problems.map((p) => `${p.path}：${p.message}`).join('；'), problems);
  });
}
