import { type Kysely, type RawBuilder, sql } from 'kysely';
import { InvalidSearchEntryError, monthOfSecond, type PreparedEntry, secondOfId, secondRange } from './entry.js';
import { attrsOf } from './fts5.js';
import { tsvectorLiteral } from './tsvector.js';

export type SearchEngine = 'sqlite' | 'postgres';

// pg_advisory_xact_lock(int, int) keys: this class id keeps search's locks apart from others'.
const PG_LOCK_CLASS = 0x5ea2c4;
/** Rows per multi-row INSERT (15 parameters a row stays far below both engines' limits). */
const INSERT_CHUNK = 100;

/** Runs `fn` in `conn` when it is already a transaction, else in a new one. */
export async function inTransaction<T>(conn: Kysely<any>, fn: (trx: Kysely<any>) => Promise<T>): Promise<T> {
  return conn.isTransaction ? fn(conn) : conn.transaction().execute(fn);
}

async function insertChunked<T>(trx: Kysely<any>, rows: T[], head: RawBuilder<unknown>, values: (row: T) => RawBuilder<unknown>, tail = sql``): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await sql`${head} values ${sql.join(rows.slice(i, i + INSERT_CHUNK).map(values))} ${tail}`.execute(trx);
  }
}

/** Deletes entries and their index rows; returns the stats change per month (negative). */
async function deleteIds(trx: Kysely<any>, engine: SearchEngine, ids: number[], stats: Map<number, number>): Promise<void> {
  if (!ids.length) return;
  const list = sql.join(ids);
  if (engine === 'sqlite') await sql`delete from search_fts where rowid in (${sql.join(ids.map((id) => -id))})`.execute(trx);
  await sql`delete from search_exact_terms where entry_id in (${list})`.execute(trx);
  await sql`delete from search_entries where id in (${list})`.execute(trx);
  for (const id of ids) bump(stats, monthOfSecond(secondOfId(id)), -1);
}

function bump(stats: Map<number, number>, month: number, delta: number): void {
  stats.set(month, (stats.get(month) ?? 0) + delta);
}

async function applyStats(trx: Kysely<any>, stats: Map<number, number>): Promise<void> {
  const rows = [...stats].filter(([, d]) => d !== 0);
  await insertChunked(trx, rows, sql`insert into search_stats (month, entries)`, ([m, d]) => sql`(${m}, ${d})`, sql`on conflict (month) do update set entries = search_stats.entries + excluded.entries`);
}

/** The highest id in use per publication second (ids order entries by publication time). */
async function maxIdsBySecond(trx: Kysely<any>, engine: SearchEngine, seconds: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!seconds.length) return out;
  // PostgreSQL writers run concurrently: serialise allocation per second (released at commit),
  // locking in one order so two batches never wait for each other crosswise.
  if (engine === 'postgres') {
    const keys = [...new Set(seconds.map((s) => s | 0))].sort((a, b) => a - b);
    await sql`select pg_advisory_xact_lock(${PG_LOCK_CLASS}, k) from unnest(${sql.raw(`array[${keys.join(',')}]::int[]`)}) as k`.execute(trx);
  }
  for (let i = 0; i < seconds.length; i += INSERT_CHUNK) {
    const probes = seconds.slice(i, i + INSERT_CHUNK).map((s) => {
      const [lo, hi] = secondRange(s);
      return sql`select ${s} as s, (select max(id) from search_entries where id between ${lo} and ${hi}) as m`;
    });
    const { rows } = await sql<{ s: number | string; m: number | string | null }>`${sql.join(probes, sql` union all `)}`.execute(trx);
    for (const r of rows) if (r.m !== null) out.set(Number(r.s), Number(r.m));
  }
  return out;
}

/**
 * Writes prepared entries in `conn` (one transaction unless `conn` is one already), a few
 * multi-row statements per batch: replaced entries are deleted and inserted again (same id
 * when the publication second is unchanged), stats change by month in one upsert.
 * @throws InvalidSearchEntryError when more than 2^20 entries share a publication second.
 */
export async function writeEntries(conn: Kysely<any>, engine: SearchEngine, input: PreparedEntry[]): Promise<void> {
  const byKey = new Map(input.map((p) => [`${p.type}\u0000${p.entityId}`, p])); // the last one wins
  const entries = [...byKey.values()];
  if (!entries.length) return;
  await inTransaction(conn, async (trx) => {
    const { rows: existing } = await sql<{ id: number | string; type: string; entity_id: number | string }>`
      select id, type, entity_id from search_entries
      where (type, entity_id) in (values ${sql.join(entries.map((p) => sql`(${p.type}, cast(${p.entityId} as bigint))`))})`.execute(trx);
    const oldId = new Map(existing.map((r) => [`${r.type}\u0000${Number(r.entity_id)}`, Number(r.id)]));
    const stats = new Map<number, number>();
    await deleteIds(trx, engine, [...oldId.values()], stats);

    const ids = new Map<PreparedEntry, number>();
    const toAllocate: PreparedEntry[] = [];
    for (const p of entries) {
      const old = oldId.get(`${p.type}\u0000${p.entityId}`);
      if (old !== undefined && secondOfId(old) === p.publishedSec) ids.set(p, old);
      else toAllocate.push(p);
    }
    const maxIds = await maxIdsBySecond(trx, engine, [...new Set(toAllocate.map((p) => p.publishedSec))]);
    for (const p of toAllocate) {
      const [lo, hi] = secondRange(p.publishedSec);
      const next = (maxIds.get(p.publishedSec) ?? lo - 1) + 1;
      if (next > hi) throw new InvalidSearchEntryError(`同一秒内发布的检索条目超过 ${hi - lo + 1} 条（${p.publishedAt}）`);
      maxIds.set(p.publishedSec, next);
      ids.set(p, next);
    }
    for (const p of entries) bump(stats, p.month, 1);

    const pg = engine === 'postgres';
    await insertChunked(
      trx,
      entries,
      sql`insert into search_entries (id, type, entity_id, published_at, org_id, org_path, category, category_top, kind, status, year, title, title_norm, extra_terms, body${pg ? sql`, tsv` : sql``})`,
      (p) => sql`(${ids.get(p)}, ${p.type}, ${p.entityId}, ${p.publishedAt}, ${p.orgId}, ${p.orgPath}, ${p.category}, ${p.categoryTop}, ${p.kind}, ${p.status},
        ${p.year}, ${p.title}, ${p.titleNorm}, ${p.extraTermsJson}, ${p.body}${pg ? sql`, ${tsvectorLiteral(p)}::tsvector` : sql``})`,
    );
    if (!pg) {
      // rowid = −id: FTS5 walks ascending rowids fastest, and newest first is what queries want.
      await insertChunked(trx, entries, sql`insert into search_fts (rowid, title, body, extra, attrs)`, (p) =>
        sql`(${-ids.get(p)!}, ${p.titleTokens.join(' ')}, ${p.bodyTokens.join(' ')}, ${p.extraTokens.join(' ')}, ${attrsOf(p)})`,
      );
    }
    const exact = entries.flatMap((p) => p.exactKeys.map((key) => [key, ids.get(p)!] as const));
    await insertChunked(trx, exact, sql`insert into search_exact_terms (key, entry_id)`, ([key, id]) => sql`(${key}, ${id})`);
    await applyStats(trx, stats);
  });
}

/** Removes `(type, entityId)` and its index rows; no-op when absent. */
export async function removeEntry(conn: Kysely<any>, engine: SearchEngine, type: string, entityId: number): Promise<void> {
  await inTransaction(conn, async (trx) => {
    const { rows } = await sql<{ id: number | string }>`select id from search_entries where type = ${type} and entity_id = ${entityId}`.execute(trx);
    const stats = new Map<number, number>();
    await deleteIds(trx, engine, rows.map((r) => Number(r.id)), stats);
    await applyStats(trx, stats);
  });
}
