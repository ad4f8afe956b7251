import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, looksLikeHtml, textToHtml } from './convert.js';
import { htmlToText } from './text.js';

describe('textToHtml', () => {
  it('makes a paragraph of every non-blank line, escaped', () => {
    assert.equal(textToHtml('一、总则\r\n\r\n二、<附则> & "说明"\n三、\'引号\'  \n'), '<p>一、总则</p><p>二、&lt;附则&gt; &amp; &quot;说明&quot;</p><p>三、&#39;引号&#39;</p>');
  });
  it('keeps a full-width indent and drops blank lines', () => {
    assert.equal(textToHtml('\n\n　　各县区人民政府：\n   \n'), '<p>　　各县区人民政府：</p>');
    assert.equal(textToHtml(''), '');
  });
  it('round-trips through htmlToText', () => {
    const text = '关于<印发>的通知\n各县区 & 各部门：\n特此通知。';
    assert.equal(htmlToText(textToHtml(text)), text);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('looksLikeHtml', () => {
  it('recognises HTML bodies', () => {
    for (const s of ['<p>通知</p>', '正文<br>第二行', '正文<BR/>', '<div class="TRS_Editor">x</div>', '<TABLE border=1><TR><TD>1</TD></TR></TABLE>', '<!DOCTYPE html><html>', '<!-- x -->正文', '各县区：&nbsp;&nbsp;现将', '<span style="font-size:16px">字</span>']) {
      assert.ok(looksLikeHtml(s), s);
    }
  });
  it('does not take plain text for HTML', () => {
    for (const s of ['当 a < b 且 c > d 时', '《中华人民共和国政府信息公开条例》', '菏政办字〔2021〕35号', 'AT&T 公司', '<<附件1>>', '1<2>0', '邮箱 <xxgk@heze.gov.cn>', '']) {
      assert.ok(!looksLikeHtml(s), s);
    }
  });
});
