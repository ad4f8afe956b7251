import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Parser } from 'htmlparser2';
import { sanitizeBody } from './sanitize.js';

const ALLOWED: Record<string, string[]> = {
  p: ['style'], br: [], h2: [], h3: [], h4: [], h5: [], h6: [], strong: [], b: [], em: [], i: [], u: [], s: [],
  sub: [], sup: [], ul: [], ol: [], li: [], blockquote: [], hr: [], div: ['style'], span: ['style'],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['colspan', 'rowspan', 'style'],
  td: ['colspan', 'rowspan', 'style'], a: ['href', 'title', 'rel'], img: ['src', 'alt', 'width', 'height'],
};
const SAFE_URL = /^(https?:|mailto:|[^:]*$)/i; // a scheme-less value is relative

/** Parses the output like a browser would and fails on anything that could execute or restyle. */
function assertInert(input: string, output: string): void {
  const where = `${JSON.stringify(input)} → ${JSON.stringify(output)}`;
  assert.doesNotMatch(output, /<\s*\/?\s*(script|iframe|object|embed|svg|math|form|meta|base|link|style|input|button|body)\b/i, where);
  assert.doesNotMatch(output, /<!--|<!\[/, where);
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        assert.ok(name in ALLOWED, `tag <${name}> in ${where}`);
        for (const [attr, value] of Object.entries(attribs)) {
          assert.ok(ALLOWED[name].includes(attr), `attribute ${attr} on <${name}> in ${where}`);
          // Browsers drop tabs/newlines and control characters inside URLs before reading the scheme.
          const url = [...value].filter((c) => c.charCodeAt(0) > 0x20 && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f)).join('');
          if (attr === 'href' || attr === 'src') assert.match(url, SAFE_URL, where);
          if (attr === 'src') assert.doesNotMatch(url, /^mailto:/i, where);
          if (attr === 'style') {
            for (const decl of value.split(';').filter(Boolean)) {
              assert.match(decl, /^(text-align:(left|center|right|justify)|text-indent:[\d.]+(em|px|pt|rem|%|cm|mm)?)$/, where);
            }
          }
        }
      },
      oncomment() {
        assert.fail(`comment in ${where}`);
      },
    },
    { decodeEntities: true },
  );
  parser.end(output);
}

// Classic vectors (OWASP XSS filter evasion cheat sheet, html5sec.org, sanitizer bypass reports).
const VECTORS = [
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=JaVaScRiPt:alert(\'XSS\')>',
  '<img src="x" onerror="alert(1)"',
  '<img """><script>alert(1)</script>">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="java&Tab;script:alert(1)">x</a>',
  '<a href="java\nscript:alert(1)">x</a>',
  '<a href="java\u0000script:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="   javascript:alert(1)">x</a>',
  '<a href="javascript&#58;alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="#" onclick="alert(1)" target="_blank">x</a>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">点我</text></a></svg>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="javascript:alert(1)">',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<style>@import "http://evil.example/x.css";</style>',
  '<link rel="stylesheet" href="http://evil.example/x.css">',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="width:expression(alert(1));text-align:center">x</p>',
  '<span style="text-indent:2em;position:fixed;top:0;left:0">x</span>',
  '<p style="text-align:center;behavior:url(x.htc)">x</p>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<script>alert(1)',
  '<!--><script>alert(1)</script>-->',
  '<!--[if IE]><script>alert(1)</script><![endif]-->',
  '<form action="javascript:alert(1)"><button>提交</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<body onload=alert(1)>',
  '<table background="javascript:alert(1)"><tr><td onmouseover=alert(1)>x</td></tr></table>',
  '<details open ontoggle=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<div onmouseover="alert(1)">x</div>',
  '<a href="https://example.com" style="color:red" class="x" id="y">x</a>',
  '<p><a href=javascript:alert(1)>x</a></p>',
];

describe('sanitizeBody', () => {
  it(`leaves nothing executable in ${VECTORS.length} XSS vectors`, () => {
    assert.ok(VECTORS.length >= 25);
    for (const v of VECTORS) assertInert(v, sanitizeBody(v));
  });

  it('keeps normal 公文 markup intact', () => {
    const body = [
      '<h2>菏泽市人民政府办公室关于印发《菏泽市政务公开工作要点》的通知</h2>',
      '<p style="text-align:center">菏政办字〔2021〕35号</p>',
      '<p style="text-indent:2em">各县区人民政府，市政府各部门：<strong>现将</strong>《要点》印发给你们，请<em>认真</em>贯彻执行。</p>',
      '<table><caption>附表</caption><thead><tr><th colspan="2" style="text-align:center">项目</th></tr></thead>',
      '<tbody><tr><td rowspan="2" style="text-align:center">一</td><td>主动公开</td></tr><tr><td>依申请公开</td></tr></tbody>',
      '<tfoot><tr><td colspan="2">合计</td></tr></tfoot></table>',
      '<ul><li>一</li></ul><ol><li>二</li></ol><blockquote>引文</blockquote><hr />',
      '<p>详见<a href="https://www.gov.cn/zhengce/" title="中国政府网" rel="noopener noreferrer">中国政府网</a>、',
      '<a href="/files/yaodian.pdf">附件</a>和<a href="mailto:xxgk@heze.gov.cn">邮箱</a>。</p>',
      '<p><img src="/uploads/2021/a.png" alt="图1" width="600" height="400" /><img src="https://www.heze.gov.cn/b.jpg" alt="" /></p>',
      '<p>H<sub>2</sub>O，m<sup>2</sup>，<i>i</i><u>u</u><s>s</s><b>b</b><br />下一行<span style="text-align:right">右</span></p>',
      '<div style="text-align:justify;text-indent:2em">两端对齐</div><h3>三</h3><h4>四</h4><h5>五</h5><h6>六</h6>',
    ].join('');
    assert.equal(sanitizeBody(body), body);
  });

  it('adds rel="noopener noreferrer" to absolute links only and drops target', () => {
    assert.equal(
      sanitizeBody('<a href="http://a.cn/x" target="_blank" rel="opener">a</a><a href="//b.cn">b</a><a href="../c.html" rel="x">c</a>'),
      '<a href="http://a.cn/x" rel="noopener noreferrer">a</a><a href="//b.cn" rel="noopener noreferrer">b</a><a href="../c.html">c</a>',
    );
  });

  it('normalises allowed styles and drops the rest', () => {
    assert.equal(sanitizeBody('<p style="TEXT-ALIGN: center; color: red; text-indent: 2em">x</p>'), '<p style="text-align:center;text-indent:2em">x</p>');
    assert.equal(sanitizeBody('<p style="color:red">x</p>'), '<p>x</p>');
    assert.equal(sanitizeBody('<h2 style="text-align:center">标题</h2>'), '<h2>标题</h2>');
  });

  it('repairs unclosed tags, turns <h1> into <h2>, keeps text of unknown tags and escapes it', () => {
    assert.equal(sanitizeBody('<p>未闭合<b>加粗'), '<p>未闭合<b>加粗</b></p>');
    assert.equal(sanitizeBody('<h1>标题</h1>'), '<h2>标题</h2>');
    assert.equal(sanitizeBody('<font color="red">红</font><center>中</center>'), '红中');
    assert.equal(sanitizeBody('a &lt;script&gt; b'), 'a &lt;script&gt; b');
    assert.equal(sanitizeBody('<p>1 < 2 & 3 > 2</p>'), '<p>1 &lt; 2 &amp; 3 &gt; 2</p>');
  });

  it('drops images without an allowed source', () => {
    assert.equal(sanitizeBody('<img src="data:image/png;base64,AAAA" alt="x">正文'), '正文');
    assert.equal(sanitizeBody('<img src="mailto:a@b.cn">'), '');
  });

  it('is idempotent', () => {
    for (const v of VECTORS) assert.equal(sanitizeBody(sanitizeBody(v)), sanitizeBody(v), v);
  });
});
