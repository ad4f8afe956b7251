import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractLinks } from './links.js';

describe('extractLinks', () => {
  it('lists links and images in document order, marking which', () => {
    const html =
      '<p>详见<a href="https://www.gov.cn/zhengce/?a=1&amp;b=2" title="t">中国政府网\n <b>政策</b></a>。</p>' +
      '<p><IMG SRC=" /uploads/a.png " ALT="图 1"><img src="b.jpg"></p><a name="top">锚</a><a href="">空</a><a href="mailto:xxgk@heze.gov.cn">邮箱</a><img alt="无源">';
    assert.deepEqual(extractLinks(html), [
      { kind: 'a', href: 'https://www.gov.cn/zhengce/?a=1&b=2', text: '中国政府网 政策' },
      { kind: 'img', href: '/uploads/a.png', text: '图 1' },
      { kind: 'img', href: 'b.jpg', text: '' },
      { kind: 'a', href: '', text: '空' },
      { kind: 'a', href: 'mailto:xxgk@heze.gov.cn', text: '邮箱' },
    ]);
  });
  it('reads an unclosed link and an image inside a link', () => {
    assert.deepEqual(extractLinks('<a href="/x"><img src="/i.png" alt="图">附件'), [
      { kind: 'a', href: '/x', text: '附件' },
      { kind: 'img', href: '/i.png', text: '图' },
    ]);
  });
  it('returns nothing for text', () => {
    assert.deepEqual(extractLinks('没有链接'), []);
  });
});
