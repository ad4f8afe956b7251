// Test helpers for 季通报 and 考核: callers on the test app that log in again after the session expired
// (the clock moves by weeks), and plan-task builders.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AssessmentUseCases } from '../../src/modules/plans/assessment/index.js';
import type { BulletinUseCases } from '../../src/modules/plans/bulletins/index.js';
import type { Session, TestApp } from './test-app.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One login per user and test app, shared by both callers (logins are rate-limited: 20 a minute). */
const shared = new WeakMap<TestApp, Record<string, Session>>();
function sessionsOf(t: TestApp): Record<string, Session> {
  let s = shared.get(t);
  if (!s) shared.set(t, (s = {}));
  return s;
}

export interface PlanExtras {
  app: FastifyInstance;
  bulletins: BulletinUseCases;
  assessments: AssessmentUseCases;
  /** Calls the app as a demo user (logs in again after the session expired). */
  as(username: string, method: Method, url: string, payload?: unknown, extra?: Partial<InjectOptions>): Promise<LightMyRequestResponse>;
  /** An anonymous GET (portal pages). */
  get(url: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function buildPlanExtras(t: TestApp): Promise<PlanExtras> {
  const app = t.app;
  const bulletins = t.c.planBulletins;
  const assessments = t.c.assessments;

  const logins = sessionsOf(t);
  const as: PlanExtras['as'] = async (username, method, url, payload, extra = {}) => {
    const call = async () => {
      logins[username] ??= await t.login(username);
      const s = logins[username];
      return app.inject({ method, url, ...(payload !== undefined ? { payload: payload as object } : {}), ...extra, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(extra.headers ?? {}) } });
    };
    const r = await call();
    if (r.statusCode !== 401) return r;
    delete logins[username];
    return call();
  };
  return { app, bulletins, assessments, as, get: (url) => app.inject({ method: 'GET', url }), close: async () => {} };
}

/** Calls the main app (the plans ledger API) as a demo user, logging in again after the session expired (the clock moves by weeks). */
export function mainCaller(t: TestApp) {
  const logins = sessionsOf(t);
  return async (username: string, method: Method, url: string, payload?: unknown): Promise<LightMyRequestResponse> => {
    const call = async () => {
      logins[username] ??= await t.login(username);
      return t.as(logins[username], { method, url, ...(payload !== undefined ? { payload: payload as object } : {}) });
    };
    const r = await call();
    if (r.statusCode !== 401) return r;
    delete logins[username];
    return call();
  };
}

/** A task of a plan draft as the import preview gives it. */
export function planTask(path: string[], heading: string, over: Record<string, unknown> = {}) {
  return { path, heading, text: `${heading}的具体要求。`, lead: [], responsible: [], cooperating: [], deadline: null, ...over };
}

export const dueBy = (date: string) => ({ raw: `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日前`, date, kind: 'by-date' as const });
export const longTerm = { raw: '长期坚持', date: null, kind: 'long-term' as const };
