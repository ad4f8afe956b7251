import { type Kysely, type Transaction, sql } from 'kysely';
import type { ChangeSignal } from '../db/changes.js';
import type { DbEngine } from '../db/database.js';
import type { Clock } from '../time/clock.js';
import type { AuditTables } from './audit.tables.js';
import { GENESIS_HASH, digestOf, entryHash } from './chain.js';

/** Who did it: a logged-in user, or the system itself (seeding, jobs). */
export interface AuditActor {
  userId: number | null;
  name: string;
  orgId: number | null;
  requestId?: string | null;
  ip?: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, name: '系统', orgId: null };

export interface AuditRecord {
  /** Dotted verb, e.g. `user.create`, `calendar.year.update`. */
  action: string;
  entityType: string;
  entityId: string | number | null;
  /** One Chinese sentence a reviewer can read. */
  summary: string;
  before?: unknown;
  after?: unknown;
  /** Org the change belongs to (for scoped browsing); defaults to the actor's org. */
  orgId?: number | null;
}

export interface VerifyResult {
  ok: boolean;
  count: number;
  firstBadId: number | null;
  message: string;
}

// Any 64-bit constant: serialises appends to the chain across PostgreSQL connections.
const PG_AUDIT_LOCK = 7_340_011;

/**
 * The append-only, hash-chained audit trail (全程留痕、过往可溯).
 * `record` must be called with the transaction of the change it describes,
 * so the change and its entry commit or roll back together.
 */
export class AuditLog {
  constructor(
    private readonly engine: DbEngine,
    private readonly clock: Clock,
    /** Told of every entry inside its transaction, so caches of public pages see the change once it commits. */
    private readonly changes?: Pick<ChangeSignal, 'touch'>,
  ) {}

  /** Appends one entry inside `trx`. */
  async record(trx: Transaction<any> | Kysely<any>, actor: AuditActor, rec: AuditRecord): Promise<number> {
    const db = trx as Kysely<AuditTables>;
    if (this.engine === 'postgres') await sql`select pg_advisory_xact_lock(${PG_AUDIT_LOCK})`.execute(db);
    const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
    const fields = {
      occurred_at: this.clock.now().toISOString(),
      actor_id: actor.userId,
      actor_name: actor.name,
      org_id: rec.orgId === undefined ? actor.orgId : rec.orgId,
      action: rec.action,
      entity_type: rec.entityType,
      entity_id: rec.entityId === null ? null : String(rec.entityId),
      summary: rec.summary,
      before_digest: digestOf(rec.before),
      after_digest: digestOf(rec.after),
      request_id: actor.requestId ?? null,
      ip: actor.ip ?? null,
      prev_hash: head?.last_hash ?? GENESIS_HASH,
    };
    const hash = entryHash(fields);
    const row = await db.insertInto('audit_entries').values({ ...fields, hash }).returning('id').executeTakeFirstOrThrow();
    if (head) {
      await db
        .updateTable('audit_head')
        .set({ last_id: row.id, last_hash: hash, entry_count: head.entry_count + 1 })
        .where('id', '=', 1)
        .execute();
    } else {
      await db.insertInto('audit_head').values({ id: 1, last_id: row.id, last_hash: hash, entry_count: 1 }).execute();
    }
    await this.changes?.touch(db);
    return row.id;
  }

  /**
   * Walks the whole chain; reports the first entry whose hash or link is wrong, or that
   * is missing / extra at the tail according to `audit_head`. Reads one consistent
   * snapshot, so appends committed meanwhile never look like tampering.
   */
  async verify(db: Kysely<any>): Promise<VerifyResult> {
    const tx = db.transaction();
    // SQLite: the transaction holds the single connection, so nothing commits in between.
    const snapshot = this.engine === 'postgres' ? tx.setIsolationLevel('repeatable read').setAccessMode('read only') : tx;
    return snapshot.execute((trx) => walkChain(trx as unknown as Kysely<AuditTables>));
  }
}

async function walkChain(adb: Kysely<AuditTables>): Promise<VerifyResult> {
  const head = await adb.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
  let prev = GENESIS_HASH;
  let count = 0;
  let lastId = 0;
  let firstId: number | null = null;
  let firstBeyondHead: number | null = null;
  for (;;) {
    const batch = await adb.selectFrom('audit_entries').selectAll().where('id', '>', lastId).orderBy('id').limit(2000).execute();
    if (batch.length === 0) break;
    for (const e of batch) {
      if (e.prev_hash !== prev || entryHash(e) !== e.hash) {
        return { ok: false, count, firstBadId: e.id, message: `审计链在第 ${e.id} 条记录处断裂：该记录或其之前的记录被篡改或删除` };
      }
      firstId ??= e.id;
      if (head && e.id > head.last_id) firstBeyondHead ??= e.id;
      prev = e.hash;
      lastId = e.id;
      count++;
    }
  }
  if (!head) {
    if (count === 0) return { ok: true, count, firstBadId: null, message: '审计链完整，共 0 条记录' };
    return { ok: false, count, firstBadId: firstId, message: `审计链头记录（audit_head）缺失，但有 ${count} 条记录：链头被删除或篡改` };
  }
  if (firstBeyondHead !== null) {
    return {
      ok: false,
      count,
      firstBadId: firstBeyondHead,
      message: `审计链末尾有未登记的记录：最新记录应为第 ${head.last_id} 条，第 ${firstBeyondHead} 条及之后的记录系事后插入`,
    };
  }
  if (lastId < head.last_id) {
    const firstBad = lastId + 1;
    return {
      ok: false,
      count,
      firstBadId: firstBad,
      message: `审计链末尾不完整：应有 ${head.entry_count} 条记录（最新为第 ${head.last_id} 条），实有 ${count} 条，第 ${firstBad} 条起的记录被删除`,
    };
  }
  if (head.last_hash !== prev || head.entry_count !== count) {
    return {
      ok: false,
      count,
      firstBadId: lastId,
      message: `审计链在第 ${lastId} 条记录处与链头不符：该记录被改写，或其之前的记录被删除后重新计算了哈希`,
    };
  }
  return { ok: true, count, firstBadId: null, message: `审计链完整，共 ${count} 条记录` };
}
