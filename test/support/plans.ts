import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { InjectOptions } from 'fastify';
import type { ParsedPlan, ParsedTask } from '../../src/modules/plans/index.js';
import type { Session, TestApp } from './test-app.js';

/** The shared fixtures (../shared beside the repository, as in CI). */
export const fixture = (name: string) => new URL(`../../../shared/fixtures/plans/${name}`, import.meta.url);
export const hezeText = () => readFileSync(fixture('heze-2021.txt'), 'utf8');
export const hezeExpected = () => JSON.parse(readFileSync(fixture('heze-2021.expected.json'), 'utf8')) as ParsedPlan;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A task as the import preview gives it (defaults filled in). */
export function task(path: string[], heading: string, over: Partial<ParsedTask> = {}): ParsedTask {
  return { path, heading, text: `${heading}的具体要求。`, lead: [], responsible: [], cooperating: [], deadline: null, ...over };
}

export const byDate = (date: string) => ({ raw: `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日前`, date, kind: 'by-date' as const });

/** Logs demo users in once each and calls the plans API as them. */
export function planActions(t: TestApp) {
  const sessions: Record<string, Session> = {};
  /** Calls as a user; logs in again when the session expired (tests move the clock by days). */
  const as = async (username: string, method: Method, url: string, payload?: unknown, extra: Partial<InjectOptions> = {}) => {
    const call = async () => {
      sessions[username] ??= await t.login(username);
      return t.as(sessions[username], { method, url, ...(payload !== undefined ? { payload: payload as object } : {}), ...extra });
    };
    const r = await call();
    if (r.statusCode !== 401) return r;
    delete sessions[username];
    return call();
  };
  return {
    as,
    /** Creates a draft as the city office (gkb) and returns it. */
    async draft(body: Record<string, unknown>) {
      const r = await as('gkb', 'POST', '/api/v1/plans', { orgCode: 'heze', year: 2026, sourceText: '', ...body });
      assert.equal(r.statusCode, 201, r.body);
      return r.json();
    },
    /** Creates and adopts a plan; returns the adopted plan. */
    async adopted(body: Record<string, unknown>) {
      const d = await this.draft(body);
      const r = await as('gkb', 'POST', `/api/v1/plans/${d.id}/adopt`, { version: d.version });
      assert.equal(r.statusCode, 200, r.body);
      return r.json();
    },
    /** The task of a plan with this path label. */
    taskOf(plan: { tasks: { pathLabel: string; id: number }[] }, label: string) {
      const found = plan.tasks.find((x) => x.pathLabel === label);
      assert.ok(found, `no task ${label}`);
      return found as unknown as { id: number; version: number; [k: string]: any };
    },
  };
}
