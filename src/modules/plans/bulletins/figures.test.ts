import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type EventFacts, computeFigures, daysBetween, quarterBounds, taskAsOf } from './figures.js';

const ev = (type: string, onDate: string, extra: Partial<EventFacts> = {}): EventFacts => ({ taskId: 1, type, onDate, percent: null, data: '{}', ...extra });

describe('季通报 figures (pure)', () => {
  it('quarter bounds, leap years included', () => {
    assert.deepEqual(quarterBounds(2026, 1), { start: '2026-01-01', end: '2026-03-31' });
    assert.deepEqual(quarterBounds(2026, 2), { start: '2026-04-01', end: '2026-06-30' });
    assert.deepEqual(quarterBounds(2028, 3), { start: '2028-07-01', end: '2028-09-30' });
    assert.deepEqual(quarterBounds(2026, 4), { start: '2026-10-01', end: '2026-12-31' });
    assert.equal(daysBetween('2026-02-27', '2026-03-02'), 3);
  });

  it('a task as of a day: state from the log up to that day, closing from closed_on, later due-date edits undone', () => {
    const log = [
      ev('created', '2026-03-02'),
      ev('progress', '2026-03-10', { percent: 40 }),
      ev('edited', '2026-04-05', { data: JSON.stringify({ dueOn: { from: '2026-03-25', to: '2026-04-30' } }) }),
      ev('submitted', '2026-04-10', { percent: 100 }),
      ev('accepted', '2026-04-15', { percent: 100 }),
    ];
    const row = { dueOn: '2026-04-30', closedOn: '2026-04-15' };
    assert.deepEqual(taskAsOf(row, log, '2026-03-05'), { dueOn: '2026-03-25', closedOn: null, state: 'not_started', percent: 0 });
    assert.deepEqual(taskAsOf(row, log, '2026-03-31'), { dueOn: '2026-03-25', closedOn: null, state: 'in_progress', percent: 40 });
    assert.deepEqual(taskAsOf(row, log, '2026-04-12'), { dueOn: '2026-04-30', closedOn: null, state: 'submitted', percent: 100 });
    assert.deepEqual(taskAsOf(row, log, '2026-06-30'), { dueOn: '2026-04-30', closedOn: '2026-04-15', state: 'closed', percent: 100 });
    const returned = [ev('submitted', '2026-03-10', { percent: 100 }), ev('returned', '2026-03-12', { percent: 60 })];
    assert.deepEqual(taskAsOf({ dueOn: null, closedOn: null }, returned, '2026-03-31'), { dueOn: null, closedOn: null, state: 'in_progress', percent: 60 });
  });

  it('units: 牵头/责任 counted once per task, 配合 apart; ties share a rank; text units listed, not ranked', () => {
    const task = (id: number, dueOn: string | null, closedOn: string | null) => ({ id, planId: 1, seq: id, pathLabel: String(id), heading: `任务${id}`, text: '', deadlineRaw: null, dueOn, closedOn });
    const f = computeFigures({
      asOf: '2026-03-31', year: 2026, quarter: 1, org: { id: 1, code: 'c', name: '市政府' }, plans: [{ id: 1, title: '方案', docNumber: null }],
      tasks: [task(1, '2026-03-10', '2026-03-09'), task(2, '2026-03-10', '2026-03-20'), task(3, '2026-03-20', null), task(4, null, null)],
      events: [],
      units: [
        { taskId: 1, role: 'lead', orgId: 10, name: 'A' }, { taskId: 1, role: 'responsible', orgId: 10, name: 'A' },
        { taskId: 2, role: 'lead', orgId: 11, name: 'B' }, { taskId: 2, role: 'cooperating', orgId: 10, name: 'A' },
        { taskId: 3, role: 'responsible', orgId: 12, name: 'C' }, { taskId: 1, role: 'responsible', orgId: 12, name: 'C' },
        { taskId: 4, role: 'responsible', orgId: null, name: '某某单位' }, { taskId: 4, role: 'lead', orgId: 13, name: 'D' },
      ],
      orgs: new Map([[10, { code: 'a', name: '甲局', order: 1 }], [11, { code: 'b', name: '乙局', order: 2 }], [12, { code: 'c2', name: '丙局', order: 3 }], [13, { code: 'd', name: '丁局', order: 4 }]]),
    });
    assert.deepEqual(f.units.map((u) => [u.name, u.tasks, u.closed, u.closedOnTime, u.overdue, u.completionRate, u.rank]), [
      ['甲局', 1, 1, 1, 0, 100, 1], ['乙局', 1, 1, 0, 1, 100, 2], ['丙局', 2, 1, 1, 1, 50, 3], ['丁局', 1, 0, 0, 0, 0, 4], ['某某单位', 1, 0, 0, 0, 0, null],
    ]);
    assert.deepEqual(f.cooperating.map((c) => [c.name, c.tasks, c.closed]), [['甲局', 1, 1]]);
    assert.deepEqual(f.overdue.map((o) => [o.taskId, o.kind, o.daysLate]), [[2, 'closedLate', 10], [3, 'open', 11]]);
    assert.deepEqual([f.totals.tasks, f.totals.closed, f.totals.overdue, f.totals.notStarted, f.totals.completionRate, f.totals.units], [4, 2, 2, 2, 50, 4]);
  });
});
