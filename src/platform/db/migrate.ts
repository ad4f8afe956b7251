import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { allMigrations } from '../../../migrations/index.js';
import type { DbEngine } from './database.js';

class StaticProvider implements MigrationProvider {
  constructor(private readonly engine: DbEngine) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return allMigrations(this.engine);
  }
}

/**
 * Brings the schema up to date.
 * @throws Error naming the failed migration.
 */
export async function migrateToLatest(db: Kysely<any>, engine: DbEngine): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider(engine) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`数据库迁移失败：${failed?.migrationName ?? ''} ${String(error)}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}
