import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createFieldCipher, loadMasterKey } from './field-cipher.js';

describe('field cipher', () => {
  const key = Buffer.alloc(32, 7);
  const c = createFieldCipher(key);

  it('round-trips Chinese text and never stores it in clear; each encryption differs (random IV)', () => {
    const a = c.encrypt('山东省菏泽市牡丹区中华路1号 370102199003071234');
    const b = c.encrypt('山东省菏泽市牡丹区中华路1号 370102199003071234');
    assert.notEqual(a, b);
    assert.ok(!a.includes('370102'));
    assert.equal(c.decrypt(a), '山东省菏泽市牡丹区中华路1号 370102199003071234');
  });

  it('refuses tampered data and data made with another key', () => {
    const s = c.encrypt('13905300001');
    const parts = s.split('.');
    const flipped = Buffer.from(parts[3], 'base64url');
    flipped[0] ^= 1;
    assert.throws(() => c.decrypt([...parts.slice(0, 3), flipped.toString('base64url')].join('.')));
    assert.throws(() => createFieldCipher(Buffer.alloc(32, 8)).decrypt(s));
    assert.throws(() => c.decrypt('not-encrypted'), /无法识别/);
  });

  it('digests are stable per purpose and key, and compare in constant time', () => {
    const d = c.digest('id', '370102199003071234');
    assert.equal(d, c.digest('id', '370102199003071234'));
    assert.notEqual(d, c.digest('phone', '370102199003071234'));
    assert.notEqual(d, createFieldCipher(Buffer.alloc(32, 9)).digest('id', '370102199003071234'));
    assert.ok(c.matches('id', '370102199003071234', d));
    assert.ok(!c.matches('id', '370102199003071235', d));
  });

  it('loads the key from the environment, or creates a 0600 key file once and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-key-'));
    try {
      const k1 = loadMasterKey({ dataDir: dir });
      const file = path.join(dir, 'keys', 'data.key');
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
      assert.deepEqual(loadMasterKey({ dataDir: dir }), k1);
      const env = Buffer.alloc(32, 3).toString('base64');
      assert.deepEqual(loadMasterKey({ envKey: env, dataDir: dir }), Buffer.alloc(32, 3));
      assert.throws(() => loadMasterKey({ envKey: 'c2hvcnQ=', dataDir: dir }), /GONGKAI_SECRET_KEY/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
