import type { Migration } from 'kysely';
import type { Engine } from './helpers.js';
import { foundation } from './0001-foundation.js';

/** Every migration in order. Frozen once released: add new ones, never edit old ones. */
export function allMigrations(engine: Engine): Record<string, Migration> {
  return {
    '0001-foundation': foundation(engine),
  };
}
