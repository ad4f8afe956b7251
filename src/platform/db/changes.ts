import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import pg from 'pg';
import type { DbHandle } from './database.js';

/** The PostgreSQL channel on which every committed audited change is announced. */
export const CHANGES_CHANNEL = 'gongkai_changes';

/**
 * Tells caches whether anything may have changed: a token that differs once any audited change has
 * committed, in this process or any other sharing the database. Every change of state is audited
 * (docs/architecture.md), so the audit trail's `record` is the one place that touches it.
 *
 * - SQLite: a counter bumped by `touch` (the single connection serialises readers behind the
 *   writing transaction, so a reader never sees the new token with the old data) plus
 *   `PRAGMA data_version`, which moves when another process (the CLI importing documents) commits.
 * - PostgreSQL: `touch` bumps the counter and runs `pg_notify` inside the change's transaction —
 *   delivered only on commit, to every listening process; a dedicated connection LISTENs and bumps
 *   the counter again. While that connection is down the token is null: nothing may be cached.
 */
export interface ChangeSignal {
  /** The current token; null when changes cannot be followed (then callers must not cache). */
  current(): string | null;
  /** Called inside the transaction of an audited change. */
  touch(trx: Transaction<any> | Kysely<any>): Promise<void>;
  close(): Promise<void>;
}

export function createChangeSignal(handle: Pick<DbHandle<unknown>, 'engine' | 'url' | 'sqlite'>): ChangeSignal {
  if (handle.engine === 'sqlite') return sqliteSignal(handle.sqlite);
  return postgresSignal(handle.url);
}

function sqliteSignal(sqlite: DbHandle<unknown>['sqlite']): ChangeSignal {
  let local = 0;
  // Prepared once: `pragma()` prepares a statement per call (measured 2× slower on every page hit).
  const dataVersion = sqlite?.prepare('PRAGMA data_version').pluck();
  // Other processes' commits are read at most once a millisecond (a hot page is asked for tens of
  // thousands of times a second); this process's own changes move `local` at once.
  let checkedAt = -1;
  let external = 0;
  return {
    current: () => {
      if (!dataVersion) return null;
      const now = Date.now();
      if (now !== checkedAt) {
        checkedAt = now;
        external = dataVersion.get() as number;
      }
      return `${local}.${external}`;
    },
    touch: async () => {
      local += 1;
    },
    close: async () => {},
  };
}

const RECONNECT_MS = 2_000;

function postgresSignal(url: string): ChangeSignal {
  let local = 0;
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const lost = () => {
    listening = false;
    client = null;
    if (!closed && !retry) retry = setTimeout(() => { retry = null; connect(); }, RECONNECT_MS);
  };
  // Started on first use: processes that never read the token (CLI, jobs-only) open no connection.
  function connect() {
    if (closed || client) return;
    const c = new pg.Client({ connectionString: url });
    client = c;
    c.on('notification', () => { local += 1; });
    c.on('error', () => { c.end().catch(() => {}); if (client === c) lost(); });
    c.on('end', () => { if (client === c) lost(); });
    c.connect()
      .then(() => c.query(`LISTEN ${CHANGES_CHANNEL}`))
      .then(() => {
        if (client !== c) return;
        // Whatever committed while we were not listening is unknown: start from a new token.
        local += 1;
        listening = true;
      })
      .catch(() => { c.end().catch(() => {}); if (client === c) lost(); });
  }
  return {
    current() {
      if (!listening) {
        connect();
        return null;
      }
      return String(local);
    },
    async touch(trx) {
      // Bumped here as well as on the notification: a request this process answers after the commit (the
      // change's own response, then a page view) must not meet a page cached before the change while the
      // notification is still on its way. A reader between this and the commit may cache the old data
      // under the new token; the notification, delivered after the commit, makes that page stale too.
      local += 1;
      await sql`select pg_notify(${CHANGES_CHANNEL}, '')`.execute(trx);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      listening = false;
      if (c) await c.end().catch(() => {});
    },
  };
}
