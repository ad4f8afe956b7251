import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli } from '../support/cli.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');


/** The real CLI as a separate process. */
function spawnCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), TZ: 'America/New_York', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('gongkai workdays (command line)', () => {
  let t: TestApp;
  let tmp: string;

  before(async () => {
    t = await buildTestApp();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-cli-'));
  });
  after(async () => {
    await t.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('workdays add 2026-09-30 3 → 2026-10-10 (国庆 10/1–7 off, 10/8 Thu, 10/9 Fri, 10/10 调休 Saturday)', async () => {
    const r = await cli(t, ['workdays', 'add', '2026-09-30', '3']);
    assert.deepEqual(r, { code: 0, out: ['2026-10-10'], err: [] });
  });

  it('workdays add reproduces the worked checks of the domain notes', async () => {
    const checks: [string, string, string][] = [
      ['2026-02-12', '7', '2026-02-28'], // a 调休 Saturday
      ['2026-02-12', '15', '2026-03-11'],
      ['2026-02-12', '20', '2026-03-18'],
      ['2026-02-12', '40', '2026-04-16'],
      ['2025-09-26', '20', '2025-10-30'],
      ['2026-09-18', '20', '2026-10-22'],
      ['2026-09-30', '0', '2026-09-30'],
      ['2026-09-30', '1', '2026-10-08'],
    ];
    for (const [date, n, due] of checks) {
      const r = await cli(t, ['workdays', 'add', date, n]);
      assert.deepEqual(r, { code: 0, out: [due], err: [] }, `${date} + ${n}`);
    }
  });

  it('workdays between counts (from, to]', async () => {
    const cases: [string, string, string][] = [
      ['2026-09-30', '2026-10-10', '3'],
      ['2026-10-10', '2026-09-30', '-3'],
      ['2026-02-12', '2026-03-18', '20'],
      ['2026-10-01', '2026-10-07', '0'],
      ['2026-03-02', '2026-03-02', '0'],
      ['2026-03-01', '2026-03-08', '5'],
    ];
    for (const [from, to, n] of cases) {
      const r = await cli(t, ['workdays', 'between', from, to]);
      assert.deepEqual(r, { code: 0, out: [n], err: [] }, `${from}..${to}`);
    }
  });

  it('workdays is names workdays, weekends, holidays and adjusted workdays', async () => {
    const cases: [string, string][] = [
      ['2026-03-02', 'workday'], // Monday
      ['2026-03-07', 'weekend'], // Saturday
      ['2026-03-08', 'weekend'], // Sunday
      ['2026-10-01', 'holiday'], // 国庆节, Thursday
      ['2026-10-03', 'holiday'], // Saturday inside the 国庆 block
      ['2026-02-16', 'holiday'], // 春节
      ['2026-10-10', 'adjusted-workday'], // Saturday worked
      ['2026-02-14', 'adjusted-workday'],
      ['2026-01-04', 'adjusted-workday'], // Sunday worked after 元旦
    ];
    for (const [date, kind] of cases) {
      const r = await cli(t, ['workdays', 'is', date]);
      assert.deepEqual(r, { code: 0, out: [kind], err: [] }, date);
    }
  });

  it('a date in 2027 (no holiday data yet) exits non-zero with the Chinese DeadlineDataMissing message', async () => {
    const add = await cli(t, ['workdays', 'add', '2026-12-30', '5']);
    assert.equal(add.code, 3);
    assert.deepEqual(add.out, []);
    assert.deepEqual(add.err, ['错误：缺少2027年节假日安排数据，无法计算工作日期限，请先在“工作日历”中录入该年度放假安排']);

    const is = await cli(t, ['workdays', 'is', '2027-01-04']);
    assert.equal(is.code, 3);
    assert.match(is.err.join('\n'), /缺少2027年节假日安排数据/);

    const between = await cli(t, ['workdays', 'between', '2026-12-01', '2028-01-03']);
    assert.equal(between.code, 3);
    assert.match(between.err.join('\n'), /缺少2027、2028年节假日安排数据/);
    assert.deepEqual(between.out, []);
  });

  it('bad input exits 2 with a Chinese message on stderr', async () => {
    const badDate = await cli(t, ['workdays', 'add', '2026-02-30', '3']);
    assert.equal(badDate.code, 2);
    assert.deepEqual(badDate.out, []);
    assert.match(badDate.err.join('\n'), /日期格式应为 YYYY-MM-DD.*2026-02-30/);

    const badCount = await cli(t, ['workdays', 'add', '2026-09-30', 'three']);
    assert.equal(badCount.code, 2);
    assert.match(badCount.err[0], /天数应为不小于 0 的整数，收到“three”/);
    assert.ok(badCount.err.some((l) => l.startsWith('用法')));

    const missingArg = await cli(t, ['workdays', 'add', '2026-09-30']);
    assert.equal(missingArg.code, 2);
  });

  it('the CLI reads the calendar from the database: a year entered through the API is used at once', async () => {
    const gkb = await t.login('gkb');
    const res = await t.as(gkb, {
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      payload: {
        source: '测试：2027年放假安排',
        days: [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-02', kind: 'holiday', name: '元旦' },
          { date: '2027-01-03', kind: 'holiday', name: '元旦' },
          { date: '2027-01-09', kind: 'adjusted-workday', name: '元旦' }, // a Saturday
        ],
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    // 12-31 (1), 01-01..03 off, 01-04..08 (2..6), 01-09 调休 (7).
    assert.deepEqual(await cli(t, ['workdays', 'add', '2026-12-30', '7']), { code: 0, out: ['2027-01-09'], err: [] });
    assert.deepEqual(await cli(t, ['workdays', 'is', '2027-01-09']), { code: 0, out: ['adjusted-workday'], err: [] });
    assert.deepEqual(await cli(t, ['workdays', 'is', '2027-01-02']), { code: 0, out: ['holiday'], err: [] });
  });

  it('the real `node --import tsx src/cli.ts workdays add 2026-09-30 3` prints exactly the date (temp SQLite database)', async () => {
    const env = { DATABASE_URL: `sqlite:${path.join(tmp, 'cli.db')}`, GONGKAI_DATA_DIR: tmp };
    const r = await spawnCli(['workdays', 'add', '2026-09-30', '3'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '2026-10-10\n');
    assert.equal(r.stderr, '');
    assert.ok(fs.existsSync(path.join(tmp, 'cli.db')), 'the database named by DATABASE_URL was used');

    const missing = await spawnCli(['workdays', 'add', '2026-12-30', '5'], env);
    assert.equal(missing.code, 3);
    assert.equal(missing.stdout, '');
    assert.match(missing.stderr, /缺少2027年节假日安排数据/);
  });
});
