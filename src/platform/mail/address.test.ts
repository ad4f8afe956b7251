import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseMailAddress } from './address.js';
import { InvalidMailAddressError } from './errors.js';
import { retryDelayMs } from './retry.js';

describe('normaliseMailAddress', () => {
  it('keeps the local part, lower-cases the domain and folds full-width input', () => {
    assert.equal(normaliseMailAddress(' Zhang.San+gk@Example.GOV.cn '), 'Zhang.San+gk@example.gov.cn');
    assert.equal(normaliseMailAddress('ｌｉ＠ｅｘａｍｐｌｅ。ｃｎ'), 'li@example.cn');
    assert.equal(normaliseMailAddress('x@菏泽.中国'), 'x@xn--sxwt00c.xn--fiqs8s');
  });

  it('names what is wrong', () => {
    const reason = (s: string) => {
      try {
        normaliseMailAddress(s);
      } catch (err) {
        assert.ok(err instanceof InvalidMailAddressError);
        return err.detail!;
      }
      assert.fail(`accepted ${s}`);
    };
    assert.match(reason('zhangsan.example.cn'), /缺少“@”/);
    assert.match(reason('a@b.cn;c@d.cn'), /只能填写一个地址/);
    assert.match(reason('.a@b.cn'), /不能以点开头/);
    assert.match(reason('a@-b.cn'), /域名不正确/);
    assert.match(reason('a@1.2.3.4'), /域名不正确/);
    assert.match(reason(`${'a'.repeat(65)}@b.cn`), /过长/);
    assert.match(reason('   '), /地址为空/);
  });
});

describe('retryDelayMs', () => {
  it('doubles from one minute and stops at an hour', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 50, 1e6].map((n) => retryDelayMs(n) / 60_000), [1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
  });
});
