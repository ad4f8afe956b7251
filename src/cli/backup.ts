import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { type Config, sqlitePath } from '../config/config.js';

const run = promisify(execFile);

/** Which engine a backup file was written by, from its magic bytes. */
export function backupKind(file: string): 'sqlite' | 'postgres' | null {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(16);
  try {
    fs.readSync(fd, buf, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (buf.toString('latin1', 0, 15) === 'SQLite format 3') return 'sqlite';
  if (buf.toString('latin1', 0, 5) === 'PGDMP') return 'postgres';
  return null;
}

/** What a failed pg_dump / pg_restore said, without the command line (it holds the database URL and its password). */
function toolMessage(e: unknown, url: string): string {
  const stderr = String((e as { stderr?: unknown }).stderr ?? '').trim();
  const code = (e as { code?: unknown }).code;
  const text = stderr || (code === 'ENOENT' ? '找不到该程序' : `退出码 ${String(code ?? '未知')}`);
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    // not a URL: nothing to hide
  }
  return password ? text.split(password).join('***') : text;
}

/** The SQLite file is readable, intact and holds this platform's schema. */
function sqliteBackupProblem(file: string): string | null {
  let check: BetterSqlite3.Database | undefined;
  try {
    check = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const ok = check.pragma('integrity_check', { simple: true }) === 'ok';
    const hasSchema = check.prepare("select count(*) as n from sqlite_master where name in ('kysely_migration', 'audit_entries')").get() as { n: number };
    if (!ok) return '备份文件已损坏（完整性检查未通过）';
    if (hasSchema.n < 2) return '备份文件不是本平台的数据库';
    return null;
  } catch {
    return '备份文件已损坏或不是 SQLite 数据库';
  } finally {
    check?.close();
  }
}

/**
 * Writes a consistent snapshot while the server keeps running: SQLite's online backup API,
 * or pg_dump (custom format) for PostgreSQL.
 */
export async function runBackup(config: Config, out: string, print: (s: string) => void, printErr: (s: string) => void): Promise<number> {
  const target = path.resolve(out);
  const partial = `${target}.partial`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(partial, { force: true });
  if (config.dbEngine === 'sqlite') {
    const file = sqlitePath(config.databaseUrl);
    if (!fs.existsSync(file)) {
      printErr(`数据库文件不存在：${file}`);
      return 1;
    }
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      await db.backup(partial);
    } catch (e) {
      fs.rmSync(partial, { force: true });
      printErr(`备份失败：${(e as Error).message}`);
      return 1;
    } finally {
      db.close();
    }
  } else {
    try {
      await run('pg_dump', ['--format=custom', '--no-owner', '--file', partial, config.databaseUrl]);
    } catch (e) {
      fs.rmSync(partial, { force: true });
      printErr(`pg_dump 失败（需安装 PostgreSQL 客户端 postgresql-client）：${toolMessage(e, config.databaseUrl)}`);
      return 1;
    }
  }
  // Written beside and renamed, so a failed run never leaves a half-written backup under the real name.
  fs.renameSync(partial, target);
  print(`已备份到 ${target}（${(fs.statSync(target).size / 1024).toFixed(0)} KB）`);
  return 0;
}

/** Replaces the database with a backup. Stop the server first: a running server keeps the old data open. */
export async function runRestore(config: Config, file: string, print: (s: string) => void, printErr: (s: string) => void): Promise<number> {
  const source = path.resolve(file);
  if (!fs.existsSync(source) || !fs.statSync(source).isFile()) {
    printErr(`备份文件不存在：${source}，未做任何修改`);
    return 1;
  }
  const kind = backupKind(source);
  if (kind !== config.dbEngine) {
    printErr(`备份文件类型（${kind ?? '无法识别'}）与当前数据库（${config.dbEngine}）不一致，未做任何修改`);
    return 1;
  }
  if (kind === 'sqlite') {
    const problem = sqliteBackupProblem(source);
    if (problem) {
      printErr(`${problem}，未做任何修改`);
      return 1;
    }
    const dest = sqlitePath(config.databaseUrl);
    fs.mkdirSync(path.dirname(path.resolve(dest)), { recursive: true });
    // Copy beside, then rename: the database is never left half-written.
    const tmp = `${dest}.restoring`;
    fs.copyFileSync(source, tmp);
    for (const ext of ['-wal', '-shm']) fs.rmSync(`${dest}${ext}`, { force: true });
    fs.renameSync(tmp, dest);
  } else {
    let list: string;
    try {
      list = (await run('pg_restore', ['--list', source], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch (e) {
      printErr(`备份文件已损坏或无法读取，未做任何修改：${toolMessage(e, config.databaseUrl)}`);
      return 1;
    }
    if (!/ TABLE \S+ kysely_migration(\s|$)/m.test(list) || !/ TABLE \S+ audit_entries(\s|$)/m.test(list)) {
      printErr('备份文件不是本平台的数据库，未做任何修改');
      return 1;
    }
    try {
      // One transaction: a failure half-way leaves the database as it was.
      await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', '--dbname', config.databaseUrl, source]);
    } catch (e) {
      printErr(`pg_restore 失败，数据库未做修改：${toolMessage(e, config.databaseUrl)}`);
      return 1;
    }
  }
  print(`已从 ${source} 恢复数据库`);
  return 0;
}
