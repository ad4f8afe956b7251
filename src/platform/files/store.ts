import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, NotFoundError } from '../errors/index.js';

/** Where a stored file lives: its SHA-256 (lower-case hex) is its key. */
export interface StoredFile {
  sha256: string;
  size: number;
  key: string;
}

/** Content-addressed attachment storage (see {@link createFileStore}). */
export interface FileStore {
  /** Stores the bytes (idempotent: the same content gives the same key and is written once). */
  put(buf: Buffer): Promise<StoredFile>;
  /** @throws InvalidFileKeyError (400) for a malformed key; NotFoundError (404, FILE_NOT_FOUND) when nothing is stored under it. */
  read(key: string): Promise<Buffer>;
  /** Absolute path of the file for a key (for streaming). @throws InvalidFileKeyError (400). */
  path(key: string): string;
  /** @throws InvalidFileKeyError (400). */
  exists(key: string): Promise<boolean>;
}

/** 400: a file key that is not a SHA-256 in lower-case hex (it could name a path outside the store). */
export class InvalidFileKeyError extends AppError {
  constructor() {
    super({ code: 'INVALID_FILE_KEY', status: 400, title: '请求内容有误', detail: '文件标识格式不正确' });
  }
}

const KEY = /^[0-9a-f]{64}$/;

/**
 * Content-addressed file store under `rootDir/ab/cd/<sha256>`. A file is written to a
 * temporary name in its final folder, flushed and renamed, so a reader never sees a
 * half-written file and a crash leaves at most a stray `.tmp`. Keys are checked against
 * `^[0-9a-f]{64}$`, so no key can reach outside `rootDir`.
 *
 * @throws never at creation (folders are made on first put).
 * @example const store = createFileStore(join(dataDir, 'files')); const { key } = await store.put(buf);
 */
export function createFileStore(rootDir: string): FileStore {
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new InvalidFileKeyError();
    return join(rootDir, key.slice(0, 2), key.slice(2, 4), key);
  };
  const exists = async (key: string) => {
    const file = pathOf(key);
    try {
      return (await stat(file)).isFile();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  };

  return {
    path: pathOf,
    exists,
    async put(buf) {
      const sha256 = createHash('sha256').update(buf).digest('hex');
      const stored = { sha256, size: buf.length, key: sha256 };
      const file = pathOf(sha256);
      if (await exists(sha256)) return stored;
      const dir = join(rootDir, sha256.slice(0, 2), sha256.slice(2, 4));
      await mkdir(dir, { recursive: true });
      const temp = join(dir, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        const handle = await open(temp, 'wx');
        try {
          await handle.writeFile(buf);
          await handle.sync(); // on disk before the name points at it
        } finally {
          await handle.close();
        }
        await rename(temp, file); // atomic; a concurrent put of the same bytes renames identical content
      } catch (err) {
        await unlink(temp).catch(() => undefined);
        throw err;
      }
      return stored;
    },
    async read(key) {
      try {
        return await readFile(pathOf(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError('附件文件', 'FILE_NOT_FOUND');
        throw err;
      }
    },
  };
}
