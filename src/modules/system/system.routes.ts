import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { DbEngine } from '../../platform/db/index.js';
import type { Kysely } from 'kysely';

/** Liveness with a real database round trip, and the OpenAPI document. */
export function registerSystemRoutes(app: FastifyInstance, c: { db: Kysely<any>; handle: { engine: DbEngine } }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/healthz', {
    config: { access: 'public' },
    schema: { tags: ['system'], summary: '健康检查', response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']) }) } },
  }, async () => {
    await sql`select 1`.execute(c.db);
    return { status: 'ok' as const, db: c.handle.engine };
  });
  r.get('/openapi.json', {
    config: { access: 'public' },
    schema: { hide: true },
  }, async () => app.swagger());
}
