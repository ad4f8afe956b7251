import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldProblem } from '../errors/app-error.js';
import { PROBLEM_CONTENT_TYPE, type Problem, problemType } from './problem.js';
import { setSecurityHeaders } from './security-headers.js';

/** Renders a Chinese HTML error page (supplied by the portal so errors look like the site). */
export type ErrorPageRenderer = (p: { status: number; title: string; detail?: string; requestId: string }, req: FastifyRequest) => string;

/** API clients get problem+json; browsers asking for pages get an HTML page. */
export function wantsHtml(req: FastifyRequest): boolean {
  if (req.url.startsWith('/api/') || req.url === '/healthz' || req.url.startsWith('/openapi')) return false;
  const accept = req.headers.accept ?? '';
  return accept.includes('text/html');
}

/** Maps every thrown error to problem+json or an HTML page; 5xx details are logged, never shown. */
export function registerErrorHandling(app: FastifyInstance, renderPage: ErrorPageRenderer): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const problem = toProblem(err, req);
    if (problem.status >= 500) req.log.error({ err }, 'unhandled error');
    else req.log.info({ code: problem.code, status: problem.status }, 'request refused');
    return send(reply, req, problem, renderPage);
  });
  app.setNotFoundHandler((req, reply) => {
    const problem: Problem = {
      type: problemType('NOT_FOUND'),
      title: '页面不存在',
      status: 404,
      code: 'NOT_FOUND',
      detail: `没有找到 ${req.method} ${req.url.split('?')[0]}`,
    };
    return send(reply, req, problem, renderPage);
  });
}

/**
 * For Fastify's `frameworkErrors` option: errors raised before routing (an undecodable URL, an
 * over-long path parameter) would otherwise be answered with Fastify's own bare JSON. No hooks run
 * for these, so the request id and security headers are set here.
 */
export function frameworkErrorHandler(renderPage: ErrorPageRenderer) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const problem = toProblem(err, req);
    req.log.info({ code: problem.code, status: problem.status }, 'request refused');
    reply.header('x-request-id', req.id);
    return send(reply, req, problem, renderPage, true);
  };
}

function send(reply: FastifyReply, req: FastifyRequest, problem: Problem, renderPage: ErrorPageRenderer, withSecurityHeaders = false) {
  reply.status(problem.status);
  const html = wantsHtml(req);
  reply.type(html ? 'text/html; charset=utf-8' : PROBLEM_CONTENT_TYPE);
  if (withSecurityHeaders) setSecurityHeaders(reply);
  if (html) return reply.send(renderPage({ status: problem.status, title: problem.title, detail: problem.detail, requestId: req.id }, req));
  return reply.send({ ...problem, instance: req.url.split('?')[0], requestId: req.id });
}

const FASTIFY_CODES: Record<string, { code: string; status: number; title: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'INVALID_JSON', status: 400, title: '请求内容有误', detail: '请求体不是合法的 JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'EMPTY_JSON_BODY', status: 400, title: '请求内容有误', detail: '请求体为空，但声明为 JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'BODY_TOO_LARGE', status: 413, title: '请求体过大', detail: '请求体超过允许的大小' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', status: 415, title: '不支持的内容类型', detail: '请以 application/json 提交' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'INVALID_CONTENT_LENGTH', status: 400, title: '请求内容有误', detail: 'Content-Length 与请求体不符' },
  FST_ERR_BAD_URL: { code: 'BAD_URL', status: 400, title: '请求地址有误', detail: '请求地址无法解析' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URL_TOO_LONG', status: 414, title: '请求地址过长', detail: '请求地址中的参数过长' },
  FST_ERR_ASYNC_CONSTRAINT: { code: 'BAD_REQUEST', status: 400, title: '请求有误', detail: '请求无法处理' },
};

/** Converts anything thrown into a problem document. */
export function toProblem(err: unknown, req: FastifyRequest): Problem {
  if (err instanceof AppError) {
    // Extensions come first so a careless member name (status, type …) can never override the core members.
    return {
      ...(err.extensions ?? {}),
      type: problemType(err.code),
      title: err.title,
      status: err.status,
      code: err.code,
      detail: err.detail,
      ...(err.errors ? { errors: err.errors } : {}),
    };
  }
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const errors: FieldProblem[] = fe.validation.map((v) => ({
      path: [fe.validationContext ?? 'body', ...String(v.instancePath ?? '').split('/').filter(Boolean)].join('.'),
      message: v.message ?? '取值无效',
    }));
    return {
      type: problemType('VALIDATION_FAILED'),
      title: '请求内容有误',
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: errors.map((e) => `${e.path}：${e.message}`).join('；'),
      errors,
    };
  }
  if (fe && typeof fe.code === 'string' && FASTIFY_CODES[fe.code]) {
    const m = FASTIFY_CODES[fe.code];
    return { type: problemType(m.code), title: m.title, status: m.status, code: m.code, detail: m.detail };
  }
  if (fe && fe.statusCode === 429) {
    return { type: problemType('RATE_LIMITED'), title: '请求过于频繁', status: 429, code: 'RATE_LIMITED', detail: '请稍后再试' };
  }
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { type: problemType('BAD_REQUEST'), title: '请求有误', status: fe.statusCode, code: fe.code ?? 'BAD_REQUEST', detail: '请求无法处理，请检查后重试' };
  }
  return {
    type: problemType('INTERNAL_ERROR'),
    title: '服务器内部错误',
    status: 500,
    code: 'INTERNAL_ERROR',
    detail: `服务器处理请求时出错，请稍后重试。如问题持续，请联系管理员并提供请求编号 ${req.id}`,
  };
}
