import type { CreateTableBuilder, Kysely } from 'kysely';

/** Engine the migration runs on; the few DDL differences branch here only. */
export type Engine = 'sqlite' | 'postgres';

/** Adds an auto-incrementing integer primary key named `id`. */
export function withId<T extends string>(engine: Engine, t: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  return engine === 'postgres'
    ? t.addColumn('id', 'serial', (c) => c.primaryKey())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Timestamps are ISO 8601 UTC strings on both engines so every query is portable and sorts correctly. */
export function withTimestamps<T extends string, C extends string>(t: CreateTableBuilder<T, C>): CreateTableBuilder<T, C | 'created_at' | 'updated_at'> {
  return t.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());
}

export type Db = Kysely<any>; // migrations are frozen: they never import src/ types
