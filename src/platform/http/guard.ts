import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Access } from '../auth/access.js';
import { type Principal, hasRole } from '../auth/roles.js';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-error.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export const SESSION_COOKIE = 'gk_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Looks a session token up; null when unknown or expired. */
export type PrincipalResolver = (token: string, req: FastifyRequest) => Promise<Principal | null>;

export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route must declare `config.access`; registration fails otherwise, so no route is
 * reachable by accident. Returns the live registry (the RBAC test enumerates it).
 */
export function registerGuard(app: FastifyInstance, resolve: PrincipalResolver): RouteEntry[] {
  const routes: RouteEntry[] = [];
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (opts) => {
    const access = opts.config?.access;
    if (access === undefined) {
      throw new Error(`路由 ${String(opts.method)} ${opts.url} 未声明访问权限（config.access）`);
    }
    for (const m of [opts.method].flat()) routes.push({ method: String(m), url: opts.url, access });
  });
  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config?.access;
    if (access === undefined) return; // 404 handler
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) req.principal = await resolve(token, req);
    if (access === 'public') return;
    const p = req.principal;
    if (!p) throw new UnauthenticatedError();
    if (!SAFE_METHODS.has(req.method) && !sameToken(req.headers[CSRF_HEADER], p.csrfToken)) {
      // Cookie-authenticated writes must echo the session's CSRF token (synchroniser-token pattern).
      throw new ForbiddenError('缺少或错误的 CSRF 令牌，请刷新页面后重试', 'CSRF_TOKEN_INVALID');
    }
    if (access !== 'authenticated' && !hasRole(p, ...access)) throw new ForbiddenError();
  });
  return routes;
}

/** The principal of a route that declared non-public access (the guard has ensured it). */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new UnauthenticatedError();
  return req.principal;
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
