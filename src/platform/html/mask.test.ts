import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idCardCheckChar, maskPersonalInfo } from '../text/index.js';
import { maskHtmlText } from './mask.js';
import { maskSegments } from './segments.js';

const id = (first17: string) => first17 + idCardCheckChar(first17);
const ID = id('37010219900307123');
const ID2 = id('11010519491231002');
const MASKED = `3701**********${ID.slice(-4)}`;
const mask = (s: string) => maskPersonalInfo(s).text;

describe('maskHtmlText', () => {
  it('masks an ID number split across inline tags, keeping the markup', () => {
    const html = `<p style="text-indent:2em">申请人身份证号<span class="x">${ID.slice(0, 6)}</span>${ID.slice(6)}，请核实。</p>`;
    assert.equal(
      maskHtmlText(html, mask),
      `<p style="text-indent:2em">申请人身份证号<span class="x">${MASKED.slice(0, 6)}</span>${MASKED.slice(6)}，请核实。</p>`,
    );
  });

  it('reads entities and nested inline tags as one text, and escapes on output', () => {
    const html = `<p>A&amp;B &lt;号码&gt; <strong><em>&#${ID.charCodeAt(0)};${ID.slice(1, 10)}</em></strong>${ID.slice(10)}</p>`;
    assert.equal(maskHtmlText(html, mask), `<p>A&amp;B &lt;号码&gt; <strong><em>${MASKED.slice(0, 10)}</em></strong>${MASKED.slice(10)}</p>`);
  });

  it('masks each table cell and keeps merged cells', () => {
    const html = `<table><tr><td rowspan="2">姓名</td><td colspan="2">身份证号：${ID2}</td></tr></table>`;
    const out = maskHtmlText(html, mask);
    assert.equal(out, `<table><tr><td rowspan="2">姓名</td><td colspan="2">身份证号：1101**********${ID2.slice(-4)}</td></tr></table>`);
    assert.ok(!out.includes(ID2));
  });

  it('does not join text across blocks or <br> (two halves are two numbers)', () => {
    const html = `<p>${ID.slice(0, 9)}</p><p>${ID.slice(9)}</p><div>${ID.slice(0, 9)}<br>${ID.slice(9)}</div>`;
    assert.equal(maskHtmlText(html, mask), html);
  });

  it('leaves attributes, comments and script text alone', () => {
    const html = `<p title="${ID}"><!-- ${ID} --><img src="/a/${ID}.png" alt="x"></p><script>var a = 1 < 2;</script>`;
    assert.equal(maskHtmlText(html, mask), html);
  });

  it('throws when the transform changes the length', () => {
    assert.throws(() => maskHtmlText('<p>张三</p>', (s) => s + '*'), /keep the length/);
    assert.equal(maskHtmlText('', (s) => s + '*'), '');
  });
});

describe('maskSegments', () => {
  it('cuts the transformed text back at the same offsets', () => {
    assert.deepEqual(maskSegments(['身份证号', ID.slice(0, 3), '', ID.slice(3)], mask), ['身份证号', MASKED.slice(0, 3), '', MASKED.slice(3)]);
    assert.deepEqual(maskSegments([], mask), []);
  });
});
