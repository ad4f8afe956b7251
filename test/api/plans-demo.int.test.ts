// `npm start` seeds a 分工方案 through the real parser and ledger: adopted, one task accepted (已销号),
// one in progress, the collective 各县区政府、管委会 expanded to the counties.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedDemoPlans } from '../../src/seed/demo-plans.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

describe('demo 分工方案', () => {
  let t: TestApp;
  let gkb: Session;
  before(async () => {
    t = await buildTestApp();
    await seedDemoPlans(t.c);
    gkb = await t.login('gkb');
  });
  after(() => t.close());

  it('is adopted with its tasks, units and statuses', async () => {
    const list = (await t.as(gkb, { method: 'GET', url: '/api/v1/plans' })).json().items;
    assert.equal(list.length, 1);
    assert.equal(list[0].status, 'adopted');
    assert.equal(list[0].docNumber, '菏政办字〔2026〕8号');
    const plan = (await t.as(gkb, { method: 'GET', url: `/api/v1/plans/${list[0].id}` })).json();
    const byLabel = new Map(plan.tasks.map((x: { pathLabel: string }) => [x.pathLabel, x]));
    assert.equal((byLabel.get('二/(二)/3') as { status: string }).status, 'closed');
    assert.equal((byLabel.get('二/(四)/7') as { status: string }).status, 'in_progress');
    const counties = (byLabel.get('二/(三)/6') as { units: { responsible: { name: string; orgCode: string | null }[] } }).units.responsible;
    assert.ok(counties.length >= 2, JSON.stringify(counties));
  });
});
