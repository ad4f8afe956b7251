import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, findOccurrences, highlightTitle, SNIPPET_CHARS, snippetHtml } from './highlight.js';

const plain = (html: string) => html.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

describe('escapeHtml', () => {
  it('escapes the five HTML characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('highlightTitle', () => {
  it('marks terms and escapes everything else', () => {
    assert.equal(highlightTitle('<script>alert(1)</script>政务公开', ['政务公开', 'script']), '&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;<mark>政务公开</mark>');
  });

  it('merges overlapping pieces into one mark', () => {
    assert.equal(highlightTitle('推进政府信息公开工作', ['政府信息公开', '政府', '信息', '公开', '信息公开']), '推进<mark>政府信息公开</mark>工作');
  });

  it('marks traditional text for simplified terms, keeping the original characters', () => {
    assert.equal(highlightTitle('關於政務公開的通知', ['政务公开']), '關於<mark>政務公開</mark>的通知');
  });

  it('matches Latin terms as whole words only', () => {
    assert.equal(highlightTitle('PDF and a pdfx', ['pdf', 'a']), '<mark>PDF</mark> and <mark>a</mark> pdfx');
  });

  it('never outputs a raw angle bracket from the text', () => {
    const html = highlightTitle('<img src=x onerror=alert(1)> <mark>', ['img', 'mark']);
    assert.ok(!/<(?!\/?mark>)/.test(html), html);
  });
});

describe('snippetHtml', () => {
  const filler = '这是一段与检索无关的说明文字，用于填充正文。';
  const text = filler.repeat(20) + '全面推进政务公开标准化规范化建设，提升政务公开质量。' + filler.repeat(20);

  it('is about 150 characters around the densest cluster, with ellipses where cut', () => {
    const html = snippetHtml(text, ['政务公开', '规范化']);
    const p = plain(html);
    assert.ok(p.startsWith('…') && p.endsWith('…'), p);
    assert.ok(p.length >= 120 && p.length <= 162, String(p.length));
    assert.ok(html.includes('<mark>政务公开</mark>'));
    assert.ok(html.includes('<mark>规范化</mark>'));
  });

  it('starts at the sentence of the cluster when it starts shortly before', () => {
    const p = plain(snippetHtml(text, ['政务公开']));
    assert.ok(p.startsWith('…全面推进政务公开'), p);
  });

  it('prefers the place where most different terms meet', () => {
    const t = '数据'.padEnd(300, '。') + '开放数据共享平台建设' + '。'.repeat(300);
    const html = snippetHtml(t, ['数据', '共享', '平台']);
    assert.ok(html.startsWith('…开放<mark>数据共享平台</mark>建设'), html);
  });

  it('falls back to the lead and keeps short texts whole', () => {
    assert.equal(snippetHtml('短文本<b>', ['无关']), '短文本&lt;b&gt;');
    const lead = plain(snippetHtml(text, ['不存在']));
    assert.ok(lead.startsWith(filler) && lead.endsWith('…'));
    assert.equal(lead.length, SNIPPET_CHARS + 1);
    assert.equal(snippetHtml('', ['x']), '');
  });

  it('collapses whitespace and does not split surrogate pairs', () => {
    const t = '😀'.repeat(100) + '政务公开' + '😀'.repeat(100);
    const html = snippetHtml(t, ['政务公开']);
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(html) && !/(?<![\ud800-\udbff])[\udc00-\udfff]/.test(html));
    assert.equal(snippetHtml('a\n\n  b', []), 'a b');
  });
});

describe('findOccurrences', () => {
  it('finds every occurrence, sorted', () => {
    assert.deepEqual(findOccurrences('公开、公开', ['公开']).map((o) => o.start), [0, 3]);
  });
});
