import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareEntry } from './entry.js';
import { attrsOf, attrToken, ftsMatch, ftsMonthsExpression, quoteFts } from './fts5.js';
import { parseQuery } from './query.js';

describe('ftsMatch', () => {
  it('quotes every term and requires each word (or all its pieces) in the text columns', () => {
    assert.equal(ftsMatch(parseQuery('政务公开 工作'), {}), '({title body extra} : (("政务公开" OR ("政务" AND "公开")) AND "工作"))');
  });

  it('adds filters as attrs tokens and lists everything without text or filters', () => {
    assert.equal(ftsMatch(parseQuery(''), { year: 2021, orgId: 4 }), `(attrs : ("o4" AND "y2021"))`);
    assert.equal(ftsMatch(parseQuery('   '), {}), 'attrs : "a"');
  });

  it('never lets query text act as FTS5 syntax', () => {
    for (const raw of ['AND', 'NOT 政府', '"', 'a"b', '政府 OR 公开', 'NEAR(a b)', '{title}: x', 'col:政府', '^政府', '政府*', "'; drop table x; --"]) {
      const m = ftsMatch(parseQuery(raw), {});
      // Outside the quoted terms only our own syntax remains.
      const outside = m.replace(/"(?:[^"]|"")*"/g, '');
      assert.match(outside, /^[(){}: a-zA-Z]*$/, `${raw} → ${m}`);
      assert.ok(!/\b(NOT|NEAR)\b/.test(outside), m);
    }
  });

  it('doubles quotes inside a quoted string', () => {
    assert.equal(quoteFts('a"b'), '"a""b"');
  });
});

describe('attrsOf', () => {
  it('holds every org path prefix and category level', () => {
    const p = prepareEntry({
      type: 'document', id: 1, title: 't', text: 'x', orgId: 9, orgPath: '/1/4/9/', category: '综合政务/政务公开', kind: '通知', status: '现行有效', year: 2021, publishedAt: '2021-07-14T02:00:00Z',
    });
    const tokens = attrsOf(p).split(' ');
    for (const t of [attrToken.path('/1/'), attrToken.path('/1/4/'), attrToken.path('/1/4/9/'), attrToken.category('综合政务'), attrToken.category('综合政务/政务公开'), attrToken.kind('通知'), attrToken.status('现行有效'), 'y2021', 'o9', 'm202107', 'u2021']) {
      assert.ok(tokens.includes(t), t);
    }
    assert.ok(tokens.every((t) => /^[a-z0-9]+$/.test(t)), 'one ascii-tokenizer token each');
  });
});

describe('ftsMonthsExpression', () => {
  it('uses a year token for a whole year and month tokens otherwise', () => {
    const months = [...Array.from({ length: 12 }, (_, i) => 202000 + 12 - i), 201912, 201911];
    assert.equal(ftsMonthsExpression(months), 'attrs : ("u2020" OR "m201912" OR "m201911")');
  });
});
