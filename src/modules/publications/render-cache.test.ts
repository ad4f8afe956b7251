import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRenderCache } from './render-cache.js';

describe('createRenderCache', () => {
  it('renders once per distinct input, re-renders when any input changes, and evicts the least recently used', () => {
    const cache = createRenderCache(2);
    let renders = 0;
    const render = (s: string) => () => `${s}#${++renders}`;
    assert.equal(cache.get({ id: 1, v: 1 }, render('a')), 'a#1');
    assert.equal(cache.get({ id: 1, v: 1 }, render('a')), 'a#1', 'same inputs: cached');
    assert.equal(cache.get({ id: 1, v: 2 }, render('a')), 'a#2', 'changed input: rendered again');
    cache.get({ id: 1, v: 1 }, render('a')); // touch v1 so v2 is the oldest
    cache.get({ id: 3 }, render('c'));
    assert.equal(cache.size, 2);
    assert.equal(cache.get({ id: 1, v: 2 }, render('a')), 'a#4', 'v2 was evicted');
  });
});
