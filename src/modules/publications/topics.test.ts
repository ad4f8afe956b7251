import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TOPICS, findTopic, topicLabel } from './topics.js';

describe('主题分类 topic tree', () => {
  it('has the 22 top-level categories of gov.cn with their children', () => {
    assert.equal(TOPICS.length, 22);
    assert.equal(TOPICS[1].label, '综合政务');
    assert.ok(TOPICS.find((t) => t.label === '城乡建设、环境保护')!.children.some((c) => c.label === '气象、水文、测绘、地震'));
  });

  it('finds topics from 一级/二级, codes and unambiguous child labels', () => {
    assert.equal(findTopic('综合政务/政务公开'), '02-01');
    assert.equal(findTopic('综合政务 ／ 政务公开'), '02-01');
    assert.equal(findTopic('02-01'), '02-01');
    assert.equal(findTopic('财政、金融、审计'), '04');
    assert.equal(findTopic('政务公开'), '02-01');
    assert.equal(findTopic('其他'), '22', 'the top-level 其他 wins over the many child 其他 entries');
    assert.equal(findTopic('不存在的分类'), undefined);
    assert.equal(findTopic('综合政务/不存在'), undefined);
    assert.equal(topicLabel('10-05'), '城乡建设、环境保护/气象、水文、测绘、地震');
  });
});
