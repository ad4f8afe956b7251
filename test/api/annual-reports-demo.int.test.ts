// `npm start` on a fresh machine seeds a published annual report (and last year's as history) so the
// 公开年报 column and the comparison chart are not empty in the demo.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedDemoReports } from '../../src/seed/demo-reports.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

describe('demo annual reports', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
    await seedDemoReports(t.c);
  });
  after(() => t.close());

  it('publishes 菏泽市财政局’s 2025 report from six real requests, consistent with the 2024 one', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/v1/public/annual-reports/hz-czj/2025' });
    assert.equal(r.statusCode, 200, r.body);
    const rows = r.json().report.requests.rows;
    assert.deepEqual(rows.newReceived, [4, 1, 0, 0, 1, 0, 6]);
    assert.deepEqual(rows.disclosed, [1, 0, 0, 0, 1, 0, 2]);
    assert.deepEqual(rows.carriedForward, [1, 0, 0, 0, 0, 0, 1], 'the December application was answered in January 2026');
    assert.equal(r.json().versions[0].note, null, 'no difference from 2024 needed explaining');
    const page = await t.app.inject({ method: 'GET', url: '/xxgk/ndbg/hz-czj/2025' });
    assert.match(page.body, /历年比较/);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/public/annual-reports?org=hz-czj' });
    assert.deepEqual(list.json().items.map((i: { year: number; source: string }) => `${i.year}:${i.source}`), ['2025:platform', '2024:history']);
  });
});
