import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NotFoundError } from '../errors/index.js';
import { createFileStore, InvalidFileKeyError } from './store.js';

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'gongkai-files-'));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

const sha = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('createFileStore', () => {
  it('stores content under ab/cd/<sha256> and reads it back', async () => {
    const store = createFileStore(root);
    const buf = Buffer.from('政府信息公开申请表');
    const stored = await store.put(buf);
    assert.deepEqual(stored, { sha256: sha(buf), size: buf.length, key: sha(buf) });
    assert.equal(store.path(stored.key), join(root, stored.key.slice(0, 2), stored.key.slice(2, 4), stored.key));
    assert.deepEqual(await store.read(stored.key), buf);
    assert.equal(await store.exists(stored.key), true);
    assert.equal(await store.exists(sha(Buffer.from('别的'))), false);
  });

  it('is idempotent for the same content, also when puts race, and leaves no temporary files', async () => {
    const store = createFileStore(root);
    const buf = Buffer.alloc(256 * 1024, 7);
    const first = await store.put(buf);
    const mtime = (await stat(store.path(first.key))).mtimeMs;
    const again = await Promise.all(Array.from({ length: 5 }, () => store.put(Buffer.from(buf))));
    for (const s of again) assert.deepEqual(s, first);
    assert.equal((await stat(store.path(first.key))).mtimeMs, mtime, 'an existing file is not rewritten');
    const raced = Buffer.from('同时上传');
    await Promise.all(Array.from({ length: 5 }, () => store.put(raced)));
    assert.deepEqual(await store.read(sha(raced)), raced);
    const files = await allFiles(root);
    assert.deepEqual(files.filter((f) => f.endsWith('.tmp')), []);
  });

  it('stores an empty file', async () => {
    const store = createFileStore(root);
    const stored = await store.put(Buffer.alloc(0));
    assert.equal(stored.size, 0);
    assert.equal((await store.read(stored.key)).length, 0);
  });

  it('refuses keys that are not a lower-case SHA-256 (no path traversal)', async () => {
    const store = createFileStore(root);
    const bad = ['../../etc/passwd', `${'a'.repeat(63)}`, 'A'.repeat(64), `${'a'.repeat(62)}/x`, `..${'a'.repeat(62)}`, '', `${'a'.repeat(64)}\0`];
    for (const key of bad) {
      assert.throws(() => store.path(key), InvalidFileKeyError, key);
      await assert.rejects(store.read(key), (err: unknown) => err instanceof InvalidFileKeyError && err.status === 400 && err.code === 'INVALID_FILE_KEY');
      await assert.rejects(store.exists(key), InvalidFileKeyError);
    }
  });

  it('answers 404 for a key with nothing stored', async () => {
    const store = createFileStore(root);
    await assert.rejects(store.read('f'.repeat(64)), (err: unknown) => err instanceof NotFoundError && err.code === 'FILE_NOT_FOUND' && /附件文件不存在/.test(err.message));
  });
});
