import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encrypts personal data at rest (申请人身份证件号码、电话、地址 …) with AES-256-GCM, and gives
 * keyed digests (HMAC-SHA-256) to find records by such a value without storing it in clear:
 * duplicate detection and per-person rate limits compare digests, never plaintext.
 *
 * Stored form: `v1.<iv>.<tag>.<ciphertext>` (base64url). The master key comes from
 * `GONGKAI_SECRET_KEY` (32 bytes, base64) or, when unset, from `<data dir>/keys/data.key`, created
 * with mode 0600 on first use — back it up with the database: without it the data cannot be read.
 * The encryption and digest keys are derived from the master key (HKDF), so one secret serves both.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  /** @throws Error when the value was not made with this key (tampered, or another key). */
  decrypt(stored: string): string;
  /** Stable keyed digest of a normalised value, for lookups (`purpose` separates uses). */
  digest(purpose: string, value: string): string;
  /** Constant-time comparison of a value with a digest made by `digest`. */
  matches(purpose: string, value: string, stored: string): boolean;
}

const VERSION = 'v1';

export function createFieldCipher(masterKey: Buffer): FieldCipher {
  if (masterKey.length !== 32) throw new Error('数据加密密钥必须为 32 字节（Base64 编码后 44 个字符）');
  const encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'gongkai field encryption', 32));
  const macKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'gongkai lookup digest', 32));
  const digest = (purpose: string, value: string) => createHmac('sha256', macKey).update(`${purpose}\u0000${value}`).digest('base64url');
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    decrypt(stored) {
      const [v, iv, tag, body] = stored.split('.');
      if (v !== VERSION || !iv || !tag || body === undefined) throw new Error('无法识别的加密数据格式');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    digest,
    matches(purpose, value, stored) {
      const a = Buffer.from(digest(purpose, value));
      const b = Buffer.from(stored);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}

/**
 * The master key: from the environment (base64 of 32 bytes), else from the data folder's key file,
 * created on first use.
 * @throws Error with a Chinese message when the configured key is malformed.
 */
export function loadMasterKey(opts: { envKey?: string; dataDir: string }): Buffer {
  if (opts.envKey) {
    const key = Buffer.from(opts.envKey, 'base64');
    if (key.length !== 32) throw new Error('环境变量 GONGKAI_SECRET_KEY 应为 32 字节密钥的 Base64 编码（例如 openssl rand -base64 32 的输出）');
    return key;
  }
  const file = path.join(opts.dataDir, 'keys', 'data.key');
  if (fs.existsSync(file)) {
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`密钥文件 ${file} 已损坏：应为 32 字节密钥的 Base64 编码`);
    return key;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  // 'wx': never overwrite a key another process has just written.
  try {
    fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadMasterKey(opts);
    throw err;
  }
}
