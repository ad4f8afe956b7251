import { type Kysely, sql } from 'kysely';
import { prepareEntry } from './entry.js';
import { postgresDriver } from './postgres-driver.js';
import { runSearch } from './search-core.js';
import { sqliteDriver } from './sqlite-driver.js';
import type { SearchEntry, SearchIndex, SearchQuery, SearchResult } from './types.js';
import { removeEntry, type SearchEngine, writeEntries } from './writer.js';

/** Entries per transaction in upsertMany: segmentation runs before each batch's transaction opens. */
export const UPSERT_BATCH = 200;

/**
 * The search index of the engine in use. Writes go through the connection the caller
 * passes (often its open transaction, so the index changes with the document);
 * searches read through `db`.
 *
 * @example
 *   const search = createSearchIndex(db, 'sqlite');
 *   await search.upsert(trx, { type: 'document', id: 7, title: '关于…的通知', … });
 *   const r = await search.search({ text: '政務公開', now: clock.now().toISOString() });
 */
export function createSearchIndex(db: Kysely<any>, engine: SearchEngine): SearchIndex {
  const driver = engine === 'postgres' ? postgresDriver(db) : sqliteDriver(db);
  return {
    async upsert(conn: Kysely<any>, entry: SearchEntry): Promise<void> {
      await writeEntries(conn, engine, [prepareEntry(entry)]);
    },

    async upsertMany(conn: Kysely<any>, entries: SearchEntry[]): Promise<void> {
      for (let i = 0; i < entries.length; i += UPSERT_BATCH) {
        await writeEntries(conn, engine, entries.slice(i, i + UPSERT_BATCH).map(prepareEntry));
      }
    },

    async remove(conn: Kysely<any>, type: string, id: number): Promise<void> {
      if (typeof type !== 'string' || !Number.isSafeInteger(id)) return;
      await removeEntry(conn, engine, type.trim(), id);
    },

    async optimize(): Promise<void> {
      if (engine === 'sqlite') await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
      else await sql`analyze search_entries`.execute(db);
    },

    search(q: SearchQuery): Promise<SearchResult> {
      return runSearch(driver as Parameters<typeof runSearch>[0], q);
    },
  };
}
