import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText } from './text.js';

describe('htmlToText', () => {
  it('ends lines at blocks and <br>, collapses whitespace inside a line, decodes entities', () => {
    const html = '<h2>关于  印发\n的通知</h2><p>各县区：&nbsp;&nbsp;现将<b>《要点》</b>印发&amp;执行。<br>特此通知。</p><div><p>嵌套</p>尾</div>';
    assert.equal(htmlToText(html), '关于 印发 的通知\n各县区： 现将《要点》印发&执行。\n特此通知。\n嵌套\n尾');
  });

  it('separates table cells by a tab and rows by a newline; blocks inside a cell stay on the row', () => {
    const html =
      '<p>附表</p><table><caption>名单</caption><tr><th>姓名</th><th>单位</th></tr>' +
      '<tr><td>张三</td><td><p>市政府</p><p>办公室</p></td></tr><tr><td></td><td>空格<br>换行</td></tr><tr><td></td><td></td></tr></table><p>完</p>';
    assert.equal(htmlToText(html), '附表\n名单\n姓名\t单位\n张三\t市政府 办公室\n\t空格 换行\n完');
  });

  it('keeps at most one blank line for repeated <br> and none at the ends', () => {
    assert.equal(htmlToText('<br><p>一</p><br><br><br><br>二<br><br>'), '一\n\n二');
  });

  it('ignores script, style, title and comments; reads text of unknown or unclosed tags', () => {
    assert.equal(htmlToText('<title>t</title><style>p{}</style><script>var a = "<p>";</script><!-- 注释 --><font>字</font><p>未闭合'), '字\n未闭合');
  });

  it('returns an empty string for markup without text', () => {
    assert.equal(htmlToText(''), '');
    assert.equal(htmlToText('<p> &nbsp; </p><table><tr><td> </td></tr></table>'), '');
  });

  it('reads a 500 KB body in one pass', { timeout: 20_000 }, () => {
    const row = (i: number) => `<tr><td>${i}</td><td><span style="text-align:center">第${i}项</span></td><td>办理&amp;答复</td></tr>`;
    const paragraph = (i: number) => `<p style="text-indent:2em">第${i}段：<strong>政府信息公开</strong>工作&nbsp;要点，<a href="/a/${i}.html">链接</a>。</p>`;
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 500_000; i++) {
      const chunk = i % 50 === 0 ? `<table>${row(i)}${row(i + 1)}</table>` : paragraph(i);
      parts.push(chunk);
      size += chunk.length;
    }
    const text = htmlToText(parts.join(''));
    const lines = text.split('\n');
    assert.ok(lines.length >= parts.length, `${lines.length} lines`);
    assert.equal(lines[0], '0\t第0项\t办理&答复');
    assert.equal(lines[2], '第1段：政府信息公开工作 要点，链接。');
    assert.doesNotMatch(text, /[<>]/);
  });
});
