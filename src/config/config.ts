import path from 'node:path';
import { z } from 'zod';

/** Validated runtime configuration; built once at start from the environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  dbEngine: 'sqlite' | 'postgres';
  logLevel: string;
  /** Secure cookies only behind HTTPS (set GONGKAI_SECURE_COOKIES=1 in production). */
  secureCookies: boolean;
  /** Failed logins before an account is locked, and for how long. */
  loginMaxFailures: number;
  loginLockMinutes: number;
  sessionHours: number;
  /** Largest JSON body accepted, in bytes. */
  bodyLimit: number;
  /**
   * Addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated, e.g. `127.0.0.1`).
   * Without it, behind a proxy every visitor shares the proxy's address and the login rate limit.
   */
  trustProxy: string | false;
  /** 索引号 template (domain.md §4.3: no national format): tokens {orgCode}, {yyyy}, {seq:N}. */
  indexTemplate: string;
  /** Largest attachment accepted, in bytes. */
  attachmentLimit: number;
  /**
   * Online applications (依申请公开) one IP address may submit per hour (GONGKAI_REQUEST_SUBMITS_PER_HOUR, 20):
   * raise it when a front proxy makes many applicants share an address (and set GONGKAI_TRUST_PROXY).
   */
  requestSubmitsPerHour: number;
  /** Bytes of rendered public pages kept in memory (GONGKAI_PAGE_CACHE_MB, 0 turns it off). */
  pageCacheBytes: number;
  /**
   * SMTP server for outgoing mail (GONGKAI_SMTP_URL, e.g. `smtp://127.0.0.1:2525` or
   * `smtps://user:pass@smtp.example.gov.cn`); null keeps mails queued in the outbox until it is set.
   */
  smtpUrl: string | null;
  /** Sender of outgoing mail (GONGKAI_MAIL_FROM). */
  mailFrom: string;
  /** Master key for personal data at rest (GONGKAI_SECRET_KEY, base64 of 32 bytes); unset: `<data dir>/keys/data.key`. */
  secretKey: string | null;
  /**
   * 条例第四十九条: departments publish last year's annual report by 1月31日, governments by 3月31日
   * (GONGKAI_REPORT_DUE_DEPARTMENT, GONGKAI_REPORT_DUE_GOVERNMENT as MM-DD; local rules may set earlier dates).
   */
  reportDeadlines: { department: string; government: string };
  /** 分工方案台账: tasks due within this many working days are "due soon" and their units get a reminder (GONGKAI_PLAN_REMIND_WORKDAYS, 5). */
  planRemindWorkdays: number;
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  GONGKAI_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GONGKAI_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
  GONGKAI_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  GONGKAI_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  GONGKAI_SESSION_HOURS: z.coerce.number().int().min(1).default(12),
  GONGKAI_BODY_LIMIT: z.coerce.number().int().min(1024).default(1024 * 1024),
  GONGKAI_TRUST_PROXY: z.string().trim().optional(),
  GONGKAI_INDEX_TEMPLATE: z.string().trim().min(1).default('{orgCode}/{yyyy}-{seq:5}'),
  GONGKAI_ATTACHMENT_LIMIT_MB: z.coerce.number().int().min(1).max(1024).default(50),
  GONGKAI_REQUEST_SUBMITS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(20),
  GONGKAI_PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
  GONGKAI_SMTP_URL: z
    .string()
    .trim()
    .refine((v) => v === '' || /^smtps?:\/\/[^/?#\s]+/i.test(v), { message: '应为 smtp://主机:端口 或 smtps://用户名:密码@主机:端口' })
    .optional(),
  GONGKAI_MAIL_FROM: z.string().trim().min(1).default('政务公开平台 <noreply@localhost>'),
  GONGKAI_SECRET_KEY: z.string().trim().optional(),
  GONGKAI_REPORT_DUE_DEPARTMENT: z.string().trim().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '应为 MM-DD，如 01-31').default('01-31'),
  GONGKAI_REPORT_DUE_GOVERNMENT: z.string().trim().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '应为 MM-DD，如 03-31').default('03-31'),
  GONGKAI_PLAN_REMIND_WORKDAYS: z.coerce.number().int().min(0).max(60).default(5),
});

/**
 * Reads and validates the environment. The server and every CLI command use it,
 * so both honour PORT, HOST, GONGKAI_DATA_DIR and DATABASE_URL the same way.
 * @throws Error with a Chinese message naming the bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`环境变量配置有误：${issues}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.GONGKAI_DATA_DIR);
  const databaseUrl = e.DATABASE_URL && e.DATABASE_URL.trim() !== '' ? e.DATABASE_URL : `sqlite:${path.join(dataDir, 'gongkai.db')}`;
  const config: Config = {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl,
    dbEngine: engineOf(databaseUrl),
    logLevel: e.LOG_LEVEL,
    secureCookies: e.GONGKAI_SECURE_COOKIES === '1',
    loginMaxFailures: e.GONGKAI_LOGIN_MAX_FAILURES,
    loginLockMinutes: e.GONGKAI_LOGIN_LOCK_MINUTES,
    sessionHours: e.GONGKAI_SESSION_HOURS,
    bodyLimit: e.GONGKAI_BODY_LIMIT,
    trustProxy: e.GONGKAI_TRUST_PROXY ? e.GONGKAI_TRUST_PROXY : false,
    indexTemplate: e.GONGKAI_INDEX_TEMPLATE,
    attachmentLimit: e.GONGKAI_ATTACHMENT_LIMIT_MB * 1024 * 1024,
    pageCacheBytes: e.GONGKAI_PAGE_CACHE_MB * 1024 * 1024,
    requestSubmitsPerHour: e.GONGKAI_REQUEST_SUBMITS_PER_HOUR,
    smtpUrl: e.GONGKAI_SMTP_URL ? e.GONGKAI_SMTP_URL : null,
    mailFrom: e.GONGKAI_MAIL_FROM,
    secretKey: e.GONGKAI_SECRET_KEY ? e.GONGKAI_SECRET_KEY : null,
    reportDeadlines: { department: e.GONGKAI_REPORT_DUE_DEPARTMENT, government: e.GONGKAI_REPORT_DUE_GOVERNMENT },
    planRemindWorkdays: e.GONGKAI_PLAN_REMIND_WORKDAYS,
  };
  return { ...config, ...overrides };
}

/** @throws Error when the URL names neither SQLite nor PostgreSQL. */
export function engineOf(databaseUrl: string): 'sqlite' | 'postgres' {
  if (databaseUrl.startsWith('sqlite:')) return 'sqlite';
  if (databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://')) return 'postgres';
  throw new Error(`DATABASE_URL 只支持 sqlite:路径 或 postgres://… ，当前为：${databaseUrl}`);
}

/** The SQLite file path of a `sqlite:` URL (`sqlite::memory:` for in-memory). */
export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.slice('sqlite:'.length);
}
