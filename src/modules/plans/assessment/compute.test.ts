import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ranks, scoreFromShare, taskSharesByUnit } from './compute.js';

describe('考核 arithmetic (pure)', () => {
  it('scores from shares: weight × share to 2 decimals; nothing to count → full or 0', () => {
    assert.deepEqual(scoreFromShare(20, { numerator: 2, denominator: 3 }), { score: 13.33, value: 0.6667 });
    assert.deepEqual(scoreFromShare(30, { numerator: 0, denominator: 0 }), { score: 30, value: null });
    assert.deepEqual(scoreFromShare(30, { numerator: 0, denominator: 0 }, 'zero'), { score: 0, value: null });
    assert.deepEqual(scoreFromShare(7.5, { numerator: 1, denominator: 1 }), { score: 7.5, value: 1 });
  });

  it('task shares: each task once per unit; no due date counts on time when closed', () => {
    const m = taskSharesByUnit([
      { orgId: 1, taskId: 1, dueOn: '2026-03-10', closedOn: '2026-03-10' },
      { orgId: 1, taskId: 1, dueOn: '2026-03-10', closedOn: '2026-03-10' },
      { orgId: 1, taskId: 2, dueOn: '2026-03-10', closedOn: '2026-03-11' },
      { orgId: 1, taskId: 3, dueOn: null, closedOn: '2026-05-01' },
      { orgId: 2, taskId: 3, dueOn: null, closedOn: null },
    ]);
    assert.deepEqual(m.get(1), { tasks: 3, closed: 3, onTime: 2 });
    assert.deepEqual(m.get(2), { tasks: 1, closed: 0, onTime: 0 });
  });

  it('competition ranks', () => {
    assert.deepEqual(ranks([70, 90, 70, 83, 40]), [3, 1, 3, 2, 5]);
    assert.deepEqual(ranks([]), []);
  });
});
