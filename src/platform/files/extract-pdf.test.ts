import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageText, type Item } from './extract-pdf.js';

const item = (str: string, y: number, hasEOL = false, height = 12): Item => ({ str, hasEOL, height, transform: [height, 0, 0, height, 72, y] });

describe('pageText (line building from pdf.js items)', () => {
  it('breaks after hasEOL and when the baseline moves, not for a small shift such as a superscript', () => {
    const items = [item('第一行', 700), item('续', 700), item('m', 703, false, 7), item('2', 703, false, 7), item('第二行', 680), item('', 680, true), item('第三行  ', 660)];
    assert.equal(pageText(items), '第一行续m2\n第二行\n第三行');
  });
  it('ignores empty items and trailing line ends', () => {
    assert.equal(pageText([item('', 0, true), item('只有一行', 700, true), item('', 650, true)]), '只有一行');
  });
});
