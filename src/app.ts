import { randomUUID } from 'node:crypto';
import http from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Container } from './container.js';
import {
  type RouteEntry,
  frameworkErrorHandler,
  registerErrorHandling,
  registerGuard,
  registerInputChecks,
  registerSecurityHeaders,
} from './platform/http/index.js';
import { registerAdminConsole } from './platform/http/admin-console.js';
import { registerAuditLogRoutes } from './modules/audit-log/index.js';
import { registerCalendarRoutes } from './modules/calendar/index.js';
import { registerIdentityRoutes } from './modules/identity/index.js';
import { registerOrgRoutes } from './modules/orgs/index.js';
import { registerPublicDocumentRoutes, registerPublicationPortal, registerPublicationRoutes } from './modules/publications/index.js';
import { registerInfoRequestPortal, registerInfoRequestRoutes, registerPublicRequestRoutes } from './modules/info-requests/index.js';
import { createPageCache, registerPortal, renderErrorPage } from './modules/portal/index.js';
import { registerAnnualReportPortal, registerAnnualReportRoutes } from './modules/annual-reports/index.js';
import { registerPlanRoutes } from './modules/plans/index.js';
import { registerBulletinPortal, registerBulletinRoutes } from './modules/plans/bulletins/index.js';
import { registerAssessmentPortal, registerAssessmentRoutes } from './modules/plans/assessment/index.js';
import { registerSystemRoutes } from './modules/system/index.js';

// Validation messages in Chinese for people (zod ships a zh-CN locale).
z.config(z.locales.zhCN());

export interface BuiltApp {
  app: FastifyInstance;
  /** Every registered route with its declared access (the RBAC test walks it). */
  routes: RouteEntry[];
}

/** Builds the Fastify app around a container; never listens (tests use inject()). */
export async function buildApp(c: Container, opts: { logger?: boolean | object } = {}): Promise<BuiltApp> {
  const pages = createPageCache({ changes: c.changes, clock: c.clock, maxBytes: c.config.pageCacheBytes, ttlMs: 30_000, trustProxy: c.config.trustProxy !== false });
  const app = Fastify({
    // A cached public page is answered here, before routing, hooks and logging: a portal hit costs about
    // what a bare node:http answer costs (docs/PERFORMANCE.md). Everything else goes to Fastify.
    serverFactory: (handler) => http.createServer((req, res) => {
      if (!pages.serveRaw(req, res)) handler(req, res);
    }),
    logger: opts.logger ?? { level: c.config.logLevel },
    bodyLimit: c.config.bodyLimit,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: c.config.trustProxy,
    routerOptions: { maxParamLength: 200 },
    // Undecodable URLs and over-long parameters fail before routing; answer them as problem+json / HTML too.
    frameworkErrors: frameworkErrorHandler(renderErrorPage),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: c.config.bodyLimit });
  await app.register(fastifyMultipart, { limits: { fileSize: c.config.attachmentLimit, files: 1, fields: 10, parts: 12 } });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'gongkai 政务公开平台 API', version: '1', description: '错误以 application/problem+json（RFC 9457）返回，title/detail 为中文。' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gk_session' } } },
    },
    transform: jsonSchemaTransform,
  });

  registerSecurityHeaders(app);
  registerErrorHandling(app, renderErrorPage);
  // Before the guard: a cached public page needs no session lookup either.
  pages.register(app);
  const routes = registerGuard(app, (token) => c.sessions.resolve(token));
  registerInputChecks(app);

  registerSystemRoutes(app, c);
  registerIdentityRoutes(app, c.sessions, c.users, { secureCookies: c.config.secureCookies });
  registerOrgRoutes(app, c.orgs);
  registerCalendarRoutes(app, c.calendar);
  registerAuditLogRoutes(app, c.auditLog);
  registerPublicationRoutes(app, c.publications, { attachmentLimit: c.config.attachmentLimit });
  registerPublicDocumentRoutes(app, c.publications);
  registerInfoRequestRoutes(app, c.infoRequests);
  registerPublicRequestRoutes(app, c.infoRequests, { submitsPerHour: c.config.requestSubmitsPerHour });
  registerAnnualReportRoutes(app, c.annualReports);
  registerPlanRoutes(app, c.plans, { evidenceLimit: c.config.attachmentLimit });
  registerBulletinRoutes(app, c.planBulletins);
  registerAssessmentRoutes(app, c.assessments);
  await registerAdminConsole(app);
  registerPortal(app, { orgs: c.orgs });
  registerPublicationPortal(app, { publications: c.publications, orgs: c.orgs });
  registerInfoRequestPortal(app, c.infoRequests, { orgs: c.orgs, submitsPerHour: c.config.requestSubmitsPerHour });
  registerAnnualReportPortal(app, { orgs: c.orgs, reports: c.annualReports.public });
  registerBulletinPortal(app, { orgs: c.orgs, bulletins: c.planBulletins });
  registerAssessmentPortal(app, { orgs: c.orgs, assessments: c.assessments });

  await app.ready();
  return { app, routes };
}
