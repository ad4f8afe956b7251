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
  fs.readSync(fd, buf, 0, 16, 0);
  fs.closeSync(fd);
  if (buf.toString('latin1', 0, 15) === 'SQLite format 3') return 'sqlite';
  if (buf.toString('latin1', 0, 5) === 'PGDMP') return 'postgres';
  return null;
}

/**
 * Writes a consistent snapshot while the server keeps running: SQLite's online backup API,
 * or pg_dump (custom format) for PostgreSQL.
 */
export async function runBackup(config: Config, out: string, print: (s: string) => void, printErr: (s: string) => void): Promise<number> {
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (config.dbEngine === 'sqlite') {
    const file = sqlitePath(config.databaseUrl);
    if (!fs.existsSync(file)) {
      printErr(`数据库文件不存在：${file}`);
      return 1;
    }
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      await db.backup(target);
    } finally {
      db.close();
    }
  } else {
    try {
      await run('pg_dump', ['--format=custom', '--no-owner', '--file', target, config.databaseUrl]);
    } catch (e) {
      printErr(`pg_dump 失败（需安装 PostgreSQL 客户端 postgresql-client）：${(e as Error).message}`);
      return 1;
    }
  }
  print(`已备份到 ${target}（${(fs.statSync(target).size / 1024).toFixed(0)} KB）`);
  return 0;
}

/** Replaces the database with a backup. Stop the server first: a running server keeps the old data open. */
export async function runRestore(config: Config, file: string, print: (s: string) => void, printErr: (s: string) => void): Promise<number> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) {
    printErr(`备份文件不存在：${source}`);
    return 1;
  }
  const kind = backupKind(source);
  if (kind !== config.dbEngine) {
    printErr(`备份文件类型（${kind ?? '无法识别'}）与当前数据库（${config.dbEngine}）不一致，未做任何修改`);
    return 1;
  }
  if (kind === 'sqlite') {
    const check = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
    const ok = check.pragma('integrity_check', { simple: true }) === 'ok';
    const hasSchema = check.prepare("select count(*) as n from sqlite_master where name = 'kysely_migration'").get() as { n: number };
    check.close();
    if (!ok || hasSchema.n === 0) {
      printErr('备份文件损坏或不是本平台的数据库，未做任何修改');
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
    try {
      await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', config.databaseUrl, source]);
    } catch (e) {
      printErr(`pg_restore 失败：${(e as Error).message}`);
      return 1;
    }
  }
  print(`已从 ${source} 恢复数据库`);
  return 0;
}
