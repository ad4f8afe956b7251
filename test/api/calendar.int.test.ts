import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/config.js';
import { createContainer } from '../../src/container.js';
import { digestOf } from '../../src/platform/audit/index.js';
import { type CalendarData, computeDeadline, loadPackageYears, packageDataSource } from '../../src/platform/calendar/index.js';
import { ConflictError } from '../../src/platform/errors/index.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

type Day = { date: string; kind: 'holiday' | 'adjusted-workday'; name: string };
type Row = Record<string, any>;

const range = (from: string, to: string, kind: Day['kind'], name: string): Day[] => {
  const out: Day[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push({ date: d.toISOString().slice(0, 10), kind, name });
  }
  return out;
};

// A plausible 2027 notice. Every adjusted workday is a Saturday or Sunday:
// 01-31 Sun, 02-20 Sat, 04-25 Sun, 05-08 Sat, 09-26 Sun, 10-09 Sat.
const DAYS_2027: Day[] = [
  ...range('2027-01-01', '2027-01-03', 'holiday', '元旦'),
  ...range('2027-02-06', '2027-02-13', 'holiday', '春节'),
  { date: '2027-01-31', kind: 'adjusted-workday', name: '春节' },
  { date: '2027-02-20', kind: 'adjusted-workday', name: '春节' },
  ...range('2027-04-03', '2027-04-05', 'holiday', '清明'),
  ...range('2027-05-01', '2027-05-05', 'holiday', '劳动节'),
  { date: '2027-04-25', kind: 'adjusted-workday', name: '劳动节' },
  { date: '2027-05-08', kind: 'adjusted-workday', name: '劳动节' },
  ...range('2027-06-09', '2027-06-11', 'holiday', '端午'),
  ...range('2027-09-15', '2027-09-17', 'holiday', '中秋'),
  ...range('2027-10-01', '2027-10-07', 'holiday', '国庆节'),
  { date: '2027-09-26', kind: 'adjusted-workday', name: '国庆节' },
  { date: '2027-10-09', kind: 'adjusted-workday', name: '国庆节' },
];
const SOURCE_2027 = '国务院办公厅关于2027年部分节假日安排的通知（测试数据）';
const byDate = (a: Day, b: Day) => a.date.localeCompare(b.date);

describe('working-day calendar API', () => {
  let t: TestApp;
  let gkb: Session;
  let sys: Session;
  let editor: Session;
  /** What the registered recompute listener does on the next change. */
  let listenerMode: 'record' | 'throw' = 'record';
  let listenerCalls = 0;

  const auditRows = (): Promise<Row[]> => t.c.db.selectFrom('audit_entries').selectAll().orderBy('id').execute() as Promise<Row[]>;
  const recomputed = (): Promise<Row[]> => t.c.db.selectFrom('test_recompute' as any).selectAll().execute() as Promise<Row[]>;
  const put = (s: Session, year: number, payload: object) => t.as(s, { method: 'PUT', url: `/api/v1/calendar/years/${year}`, payload });
  const deadline = (s: Session, start: string, workdays: number) => t.as(s, { method: 'GET', url: `/api/v1/calendar/deadline?start=${start}&workdays=${workdays}` });

  before(async () => {
    t = await buildTestApp();
    gkb = await t.login('gkb');
    sys = await t.login('sysadmin');
    editor = await t.login('editor');
    // A stand-in for a module's open deadlines, recomputed by the calendar-change hook.
    await t.c.db.schema
      .createTable('test_recompute')
      .addColumn('years', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('due_2026', 'text', (c) => c.notNull())
      .addColumn('due_2027', 'text', (c) => c.notNull())
      .addColumn('year_row_visible', 'integer', (c) => c.notNull())
      .execute();
    t.c.calendar.onChange(async (trx, change) => {
      listenerCalls++;
      const cal: CalendarData = change.calendar;
      // The hook sees the NEW calendar (the in-memory one is only reloaded after commit).
      const due2026 = computeDeadline(cal, { start: '2026-09-30', workdays: 3 }).due;
      const due2027 = cal.hasYear(2027) ? computeDeadline(cal, { start: '2026-12-20', workdays: 20 }).due : 'missing';
      // The changed year's row is visible through trx: the hook runs inside the change's transaction.
      const visible = await trx.selectFrom('calendar_years').select('year').where('year', '=', change.years[0]).executeTakeFirst();
      await trx
        .insertInto('test_recompute' as any)
        .values({ years: change.years.join(','), actor: change.actor.name, due_2026: due2026, due_2027: due2027, year_row_visible: visible ? 1 : 0 })
        .execute();
      if (listenerMode === 'throw') throw new ConflictError('TEST_RECOMPUTE_FAILED', '重算办理期限失败（测试）');
    });
  });
  after(() => t.close());

  it('GET /api/v1/calendar/years lists 2004–2026 from the package data', async () => {
    const res = await t.as(editor, { method: 'GET', url: '/api/v1/calendar/years' });
    assert.equal(res.statusCode, 200);
    const items: { year: number; source: string; dayCount: number; updatedAt: string }[] = res.json().items;
    assert.deepEqual(items.map((i) => i.year), Array.from({ length: 23 }, (_, i) => 2026 - i));
    const pkg = new Map(loadPackageYears().map((y) => [y.year, y.days.length]));
    for (const i of items) {
      assert.equal(i.source, packageDataSource());
      assert.equal(i.source, 'chinese-days@1.5.7');
      assert.equal(i.dayCount, pkg.get(i.year));
      assert.equal(i.updatedAt, '2026-03-02T09:00:00+08:00');
    }
    const anon = await t.app.inject('/api/v1/calendar/years');
    assert.equal(anon.statusCode, 401);
  });

  it("GET a year's days: 2026 holidays and adjusted workdays, sorted; an unknown year is 404", async () => {
    const res = await t.as(editor, { method: 'GET', url: '/api/v1/calendar/years/2026' });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.year, 2026);
    assert.equal(body.source, 'chinese-days@1.5.7');
    const pkg = [...loadPackageYears().find((y) => y.year === 2026)!.days].sort(byDate);
    assert.deepEqual(body.days, pkg.map((d) => ({ date: d.date, kind: d.kind, name: d.name })));
    const kinds = new Map((body.days as Day[]).map((d) => [d.date, `${d.kind}:${d.name}`]));
    assert.equal(kinds.get('2026-02-14'), 'adjusted-workday:春节');
    for (const d of range('2026-02-15', '2026-02-23', 'holiday', '春节')) assert.equal(kinds.get(d.date), 'holiday:春节');
    assert.equal(kinds.get('2026-10-10'), 'adjusted-workday:国庆节');
    assert.equal(kinds.get('2026-03-02'), undefined);

    const missing = await t.as(editor, { method: 'GET', url: '/api/v1/calendar/years/2027' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().code, 'CALENDAR_YEAR_NOT_FOUND');
    assert.match(missing.json().detail, /2027年节假日安排/);
  });

  it('a deadline reaching 2027 is refused with 422 DEADLINE_DATA_MISSING naming 2027', async () => {
    const res = await deadline(editor, '2026-12-20', 20);
    assert.equal(res.statusCode, 422);
    assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    const p = res.json();
    assert.equal(p.code, 'DEADLINE_DATA_MISSING');
    assert.equal(p.title, '缺少节假日安排数据');
    assert.match(p.detail, /缺少2027年节假日安排数据/);
    assert.deepEqual(p.missingYears, [2027]);
    // Within 2026 it works.
    const ok = await deadline(editor, '2026-12-01', 5);
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().due, '2026-12-08');
  });

  it('invalid schedules are refused with 400 and Chinese errors, and nothing is written', async () => {
    const auditBefore = (await auditRows()).length;
    const cases: { days: Day[]; message: RegExp; path: string }[] = [
      { days: [...DAYS_2027, { date: '2026-12-31', kind: 'holiday', name: '元旦' }], message: /2026-12-31 不属于 2027 年/, path: 'body.days.' },
      { days: [...DAYS_2027, { date: '2027-01-02', kind: 'holiday', name: '元旦' }], message: /2027-01-02 重复/, path: 'body.days.' },
      // 2027-02-15 is a Monday: 调休 only ever moves work onto a weekend.
      { days: [...DAYS_2027, { date: '2027-02-15', kind: 'adjusted-workday', name: '春节' }], message: /2027-02-15 不是周末，不能设为调休上班日/, path: 'body.days.' },
      { days: [...DAYS_2027, { date: '2027-02-30', kind: 'holiday', name: '春节' }], message: /2027-02-30 不是有效日期/, path: 'body.days.' },
    ];
    for (const c of cases) {
      const res = await put(gkb, 2027, { days: c.days, source: SOURCE_2027 });
      assert.equal(res.statusCode, 400, res.body);
      const p = res.json();
      assert.equal(p.code, 'VALIDATION_FAILED');
      assert.match(p.detail, c.message);
      assert.equal(p.errors.length, 1);
      assert.ok(p.errors[0].path.startsWith(c.path));
      assert.equal(p.errors[0].path, `body.days.${DAYS_2027.length}.${c.message.source.includes('周末') ? 'kind' : 'date'}`);
    }
    // Schema-level problems are Chinese too.
    const badKind = await put(gkb, 2027, { days: [{ date: '2027-01-01', kind: 'workday', name: '元旦' }] });
    assert.equal(badKind.statusCode, 400);
    assert.match(badKind.json().detail, /[\u4e00-\u9fff]/);
    const noName = await put(gkb, 2027, { days: [{ date: '2027-01-01', kind: 'holiday', name: ' ' }] });
    assert.equal(noName.statusCode, 400);
    assert.match(noName.json().detail, /请填写节日名称/);
    const empty = await put(gkb, 2027, { days: [] });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.json().detail, /至少录入/);

    assert.equal((await t.as(gkb, { method: 'GET', url: '/api/v1/calendar/years/2027' })).statusCode, 404);
    assert.equal((await auditRows()).length, auditBefore);
    assert.equal(listenerCalls, 0);
    assert.equal((await deadline(editor, '2026-12-20', 20)).statusCode, 422);
  });

  it('an editor may not enter a year (403), nothing is written', async () => {
    const auditBefore = (await auditRows()).length;
    const res = await put(editor, 2027, { days: DAYS_2027, source: SOURCE_2027 });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'FORBIDDEN');
    assert.equal((await auditRows()).length, auditBefore);
    assert.equal((await t.as(gkb, { method: 'GET', url: '/api/v1/calendar/years/2027' })).statusCode, 404);
  });

  it('when the recompute hook fails, the whole PUT rolls back: no year, no audit entry, no recomputed row', async () => {
    const auditBefore = await auditRows();
    listenerMode = 'throw';
    try {
      const res = await put(gkb, 2027, { days: DAYS_2027, source: SOURCE_2027 });
      assert.equal(res.statusCode, 409, res.body);
      assert.equal(res.json().code, 'TEST_RECOMPUTE_FAILED');
    } finally {
      listenerMode = 'record';
    }
    assert.equal(listenerCalls, 1, 'the hook ran');
    assert.deepEqual(await recomputed(), [], 'its write was rolled back with the change');
    assert.deepEqual(await auditRows(), auditBefore);
    assert.equal((await t.as(gkb, { method: 'GET', url: '/api/v1/calendar/years/2027' })).statusCode, 404);
    assert.equal(t.c.calendar.current().hasYear(2027), false);
    assert.equal((await deadline(editor, '2026-12-20', 20)).statusCode, 422);
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });

  it('PUT /api/v1/calendar/years/2027 by the office admin enters the year, audited, recomputing inside the transaction', async () => {
    const auditBefore = (await auditRows()).length;
    t.clock.set('2026-11-05T10:00:00+08:00');
    try {
      const s = await t.login('gkb');
      const res = await put(s, 2027, { days: DAYS_2027, source: SOURCE_2027 });
      assert.equal(res.statusCode, 200, res.body);
      const sorted = [...DAYS_2027].sort(byDate);
      assert.deepEqual(res.json(), { year: 2027, source: SOURCE_2027, updatedAt: '2026-11-05T10:00:00+08:00', days: sorted });
    } finally {
      t.clock.set('2026-03-02T09:00:00+08:00');
    }

    const rows = (await auditRows()).slice(auditBefore);
    assert.deepEqual(rows.map((r) => r.action), ['session.login', 'calendar.year.create']);
    const e = rows[1];
    assert.equal(e.entity_type, 'calendar_year');
    assert.equal(e.entity_id, '2027');
    assert.equal(e.actor_id, gkb.userId);
    assert.equal(e.occurred_at, '2026-11-05T02:00:00.000Z');
    assert.equal(e.org_id, await t.orgId('heze'));
    assert.equal(e.summary, `录入2027年节假日安排：放假${DAYS_2027.filter((d) => d.kind === 'holiday').length}天，调休上班6天`);
    assert.equal(e.before_digest, null);
    assert.equal(e.after_digest, digestOf([...DAYS_2027].sort(byDate)));

    assert.deepEqual(await recomputed(), [{ years: '2027', actor: '王公开（市政务公开办）', due_2026: '2026-10-10', due_2027: '2027-01-18', year_row_visible: 1 }]);

    const list = await t.as(editor, { method: 'GET', url: '/api/v1/calendar/years' });
    const y2027 = list.json().items[0];
    assert.deepEqual(y2027, { year: 2027, source: SOURCE_2027, dayCount: DAYS_2027.length, updatedAt: '2026-11-05T10:00:00+08:00' });
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });

  it('after the PUT the deadline into 2027 works, and its explanation lists the holidays met', async () => {
    const res = await deadline(editor, '2026-12-20', 20);
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json();
    // 12-21..25 (5), 12-28..31 (9), 01-01..03 元旦, 01-04..08 (14), 01-11..15 (19), 01-18 (20).
    assert.equal(r.due, '2027-01-18');
    assert.deepEqual(r.explanation.holidays, range('2027-01-01', '2027-01-03', 'holiday', '元旦').map((d) => ({ date: d.date, name: d.name })));
    assert.deepEqual(r.explanation.adjustedWorkdays, []);
    assert.equal(r.explanation.weekendDaysSkipped, 6);
    assert.equal(r.explanation.countedDays.length, 20);
    assert.deepEqual(r.explanation.countedDays[19], { date: '2027-01-18', ordinal: 20 });
    assert.deepEqual(r.explanation.calendarSources, [
      { year: 2026, source: 'chinese-days@1.5.7' },
      { year: 2027, source: SOURCE_2027 },
    ]);
    assert.equal(r.explanation.summary, '自2026-12-20（收到之日，不计入）起算20个工作日，期间遇元旦假期3天，截止于2027-01-18');

    // Across 春节 (adjusted workdays 01-31 Sun and 02-20 Sat).
    const spring = (await deadline(editor, '2027-01-29', 10)).json();
    // 01-31 调休 (1), 02-01..05 (6), 02-06..13 春节, 02-15..18 (10).
    assert.equal(spring.due, '2027-02-18');
    assert.deepEqual(spring.explanation.holidays.map((h: { date: string }) => h.date), range('2027-02-06', '2027-02-13', 'holiday', '春节').map((d) => d.date));
    assert.ok(spring.explanation.holidays.every((h: { name: string }) => h.name === '春节'));
    assert.deepEqual(spring.explanation.adjustedWorkdays, [{ date: '2027-01-31', name: '春节' }]);
    assert.match(spring.explanation.summary, /期间遇春节假期8天、调休上班日1天，截止于2027-02-18/);
  });

  it('correcting an existing year (2026) is audited as calendar.year.update with before/after digests, and deadlines follow', async () => {
    const original: Day[] = (await t.as(gkb, { method: 'GET', url: '/api/v1/calendar/years/2026' })).json().days;
    assert.equal((await deadline(editor, '2026-09-30', 3)).json().due, '2026-10-10');

    // The correction drops the 10-10 调休 Saturday.
    const corrected = original.filter((d) => d.date !== '2026-10-10');
    const res = await put(sys, 2026, { days: corrected, source: '国办发明电〔2025〕7号（更正）' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().days.length, original.length - 1);
    assert.equal((await deadline(editor, '2026-09-30', 3)).json().due, '2026-10-12');

    let rows = await auditRows();
    const upd = rows[rows.length - 1];
    assert.equal(upd.action, 'calendar.year.update');
    assert.equal(upd.entity_id, '2026');
    assert.equal(upd.actor_name, '系统管理员');
    assert.match(upd.summary, /^更正2026年节假日安排：放假33天，调休上班5天$/);
    assert.equal(upd.before_digest, digestOf(original));
    assert.equal(upd.after_digest, digestOf(corrected));
    assert.notEqual(upd.before_digest, upd.after_digest);

    // Putting the original back: its before digest is the previous after digest.
    const back = await put(gkb, 2026, { days: original, source: 'chinese-days@1.5.7' });
    assert.equal(back.statusCode, 200);
    rows = await auditRows();
    const upd2 = rows[rows.length - 1];
    assert.equal(upd2.action, 'calendar.year.update');
    assert.equal(upd2.before_digest, upd.after_digest);
    assert.equal(upd2.after_digest, upd.before_digest);
    assert.equal((await deadline(editor, '2026-09-30', 3)).json().due, '2026-10-10');

    // The hook ran for both changes, each time with the year it changed and the new calendar.
    assert.deepEqual((await recomputed()).slice(1), [
      { years: '2026', actor: '系统管理员', due_2026: '2026-10-12', due_2027: '2027-01-18', year_row_visible: 1 },
      { years: '2026', actor: '王公开（市政务公开办）', due_2026: '2026-10-10', due_2027: '2027-01-18', year_row_visible: 1 },
    ]);

    const filtered = await t.as(gkb, { method: 'GET', url: '/api/v1/audit?action=calendar.year&pageSize=200' });
    assert.deepEqual(filtered.json().items.map((i: { action: string }) => i.action), ['calendar.year.update', 'calendar.year.update', 'calendar.year.create']);
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });

  it('a new container (a restarted server) loads the admin-entered years from the database, not the package', async () => {
    const c2 = await createContainer(loadConfig({ DATABASE_URL: t.config.databaseUrl, GONGKAI_DATA_DIR: t.config.dataDir, LOG_LEVEL: 'silent' }));
    try {
      const cal = c2.calendar.current();
      assert.equal(cal.source(2027), SOURCE_2027);
      assert.equal(cal.year(2027)!.days.length, DAYS_2027.length);
      assert.equal(cal.source(2026), 'chinese-days@1.5.7');
      assert.equal(computeDeadline(cal, { start: '2026-12-20', workdays: 20 }).due, '2027-01-18');
      assert.equal(computeDeadline(cal, { start: '2026-09-30', workdays: 3 }).due, '2026-10-10');
      assert.equal((await c2.db.selectFrom('audit_entries').select('action').where('action', '=', 'calendar.import').execute()).length, 1, 'no second import');
    } finally {
      await c2.close();
    }
  });
  it('two admins saving the same new year at once: one wins, the other gets 200 or 409 — never 500 — and the chain verifies', async () => {
    const days = (name: string) => ({ days: [{ date: '2028-01-01', kind: 'holiday', name }], source: name });
    const results = await Promise.all([put(gkb, 2028, days('元旦A')), put(sys, 2028, days('元旦B')), put(gkb, 2028, days('元旦C'))]);
    const statuses = results.map((r) => r.statusCode);
    assert.ok(statuses.every((s) => s === 200 || s === 409), `statuses ${statuses.join(',')}`);
    assert.ok(statuses.includes(200));
    for (const r of results.filter((x) => x.statusCode === 409)) assert.equal(r.json().code, 'CALENDAR_YEAR_CONFLICT');
    const stored = await t.as(gkb, { method: 'GET', url: '/api/v1/calendar/years/2028' });
    assert.equal(stored.statusCode, 200);
    assert.equal(stored.json().days.length, 1);
    assert.equal(stored.json().days[0].name, stored.json().source);
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });
});
