import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE, actorOf, principalOf } from '../../platform/http/index.js';
import type { SessionService } from './session.service.js';
import type { UserService } from './users.service.js';
import {
  changePasswordBody,
  createUserBody,
  loginBody,
  sessionSchema,
  updateUserBody,
  userIdParams,
  userListQuery,
  userSchema,
} from './identity.schemas.js';
import type { Principal } from '../../platform/auth/index.js';

const ADMINS = ['sysadmin', 'office_admin'] as const;

function sessionBody(p: Principal) {
  return {
    user: {
      id: p.userId,
      username: p.username,
      displayName: p.displayName,
      orgId: p.orgId,
      orgName: p.orgName,
      orgCode: p.orgCode,
      roles: p.roles,
      mustChangePassword: p.mustChangePassword,
    },
    csrfToken: p.csrfToken,
  };
}

export function registerIdentityRoutes(app: FastifyInstance, sessions: SessionService, users: UserService, opts: { secureCookies: boolean }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/session', {
    config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: { tags: ['session'], summary: '登录', body: loginBody, response: { 200: sessionSchema } },
  }, async (req, reply) => {
    const { token, principal, expiresAt } = await sessions.login(req.body.username, req.body.password, {
      ip: req.ip,
      userAgent: req.headers['user-agent'] ?? null,
      requestId: req.id,
    });
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.secureCookies, expires: expiresAt });
    return sessionBody(principal);
  });

  r.get('/api/v1/session', {
    config: { access: 'authenticated' },
    schema: { tags: ['session'], summary: '当前登录信息', response: { 200: sessionSchema } },
  }, async (req) => sessionBody(principalOf(req)));

  r.delete('/api/v1/session', {
    config: { access: 'authenticated' },
    schema: { tags: ['session'], summary: '退出登录' },
  }, async (req, reply) => {
    await sessions.logout(principalOf(req), req.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  r.post('/api/v1/session/password', {
    config: { access: 'authenticated' },
    schema: { tags: ['session'], summary: '修改本人密码', body: changePasswordBody },
  }, async (req, reply) => {
    await users.changeOwnPassword(principalOf(req), actorOf(req), req.body.currentPassword, req.body.newPassword);
    return reply.status(204).send();
  });

  r.get('/api/v1/users', {
    config: { access: ADMINS },
    schema: { tags: ['users'], summary: '用户列表', querystring: userListQuery, response: { 200: z.object({ items: z.array(userSchema), total: z.number() }) } },
  }, async (req) => users.list(principalOf(req), req.query));

  r.get('/api/v1/users/:id', {
    config: { access: ADMINS },
    schema: { tags: ['users'], summary: '用户详情', params: userIdParams, response: { 200: userSchema } },
  }, async (req) => users.get(principalOf(req), req.params.id));

  r.post('/api/v1/users', {
    config: { access: ADMINS },
    schema: { tags: ['users'], summary: '新增用户（返回一次性初始密码）', body: createUserBody, response: { 201: z.object({ user: userSchema, initialPassword: z.string() }) } },
  }, async (req, reply) => reply.status(201).send(await users.create(principalOf(req), actorOf(req), req.body)));

  r.patch('/api/v1/users/:id', {
    config: { access: ADMINS },
    schema: { tags: ['users'], summary: '修改、停用或启用用户', params: userIdParams, body: updateUserBody, response: { 200: userSchema } },
  }, async (req) => users.update(principalOf(req), actorOf(req), req.params.id, req.body));

  r.post('/api/v1/users/:id/password-reset', {
    config: { access: ADMINS },
    schema: { tags: ['users'], summary: '重置密码（返回一次性新密码）', params: userIdParams, response: { 200: z.object({ password: z.string() }) } },
  }, async (req) => users.resetPassword(principalOf(req), actorOf(req), req.params.id));

  r.post('/api/v1/users/:id/unlock', {
    config: { access: ADMINS },
    schema: { tags: ['users'], summary: '解除登录锁定', params: userIdParams, response: { 200: userSchema } },
  }, async (req) => users.unlock(principalOf(req), actorOf(req), req.params.id));
}
