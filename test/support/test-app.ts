import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config/config.js';
import { type Container, createContainer } from '../../src/container.js';
import type { RouteEntry } from '../../src/platform/http/index.js';
import { FakeClock } from '../../src/platform/time/index.js';
import { seedDemo } from '../../src/seed/demo-seed.js';
import { type TestDatabase, createTestDatabase } from './test-db.js';

export interface Session {
  cookie: string;
  csrf: string;
  userId: number;
}

export interface TestApp {
  app: FastifyInstance;
  c: Container;
  routes: RouteEntry[];
  clock: FakeClock;
  config: Config;
  db: TestDatabase;
  /** Demo users' one-time passwords, by username. */
  passwords: Record<string, string>;
  login(username: string, password?: string): Promise<Session>;
  /** inject() with the session's cookie and CSRF header. */
  as(s: Session | null, opts: InjectOptions): Promise<LightMyRequestResponse>;
  orgId(code: string): Promise<number>;
  close(): Promise<void>;
}

/** A real app on a fresh database (SQLite, or PostgreSQL with DB=postgres), seeded with the demo government. */
export async function buildTestApp(opts: { seed?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({ GONGKAI_DATA_DIR: db.dataDir, DATABASE_URL: db.url, LOG_LEVEL: 'silent' }, opts.config);
  const clock = new FakeClock('2026-03-02T09:00:00+08:00');
  const c = await createContainer(config, { clock });
  const seeded = opts.seed === false ? null : await seedDemo(c);
  const { app, routes } = await buildApp(c, { logger: false });
  const passwords = seeded?.passwords ?? {};

  const t: TestApp = {
    app, c, routes, clock, config, db, passwords,
    async login(username, password = passwords[username]) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((k) => k.name === 'gk_session')!;
      const body = res.json();
      return { cookie: `gk_session=${cookie.value}`, csrf: body.csrfToken, userId: body.user.id };
    },
    as(s, o) {
      const headers = { ...(o.headers ?? {}) } as Record<string, string>;
      if (s) {
        headers.cookie = s.cookie;
        headers['x-csrf-token'] = s.csrf;
      }
      return app.inject({ ...o, headers });
    },
    async orgId(code) {
      const org = await c.orgs.findByCode(code);
      if (!org) throw new Error(`no org ${code}`);
      return org.id;
    },
    async close() {
      await app.close();
      await c.close();
      await db.drop();
    },
  };
  return t;
}
