import type { Migration } from 'kysely';
import type { Engine } from './helpers.js';
import { foundation } from './0001-foundation.js';
import { publications } from './0002-publications.js';
import { searchIndex } from './0003-search.js';

/** Every migration in order. Frozen once released: add new ones, never edit old ones. */
export function allMigrations(engine: Engine): Record<string, Migration> {
  return {
    '0001-foundation': foundation(engine),
    '0002-publications': publications(engine),
    '0003-search': searchIndex(engine),
  };
}
