import type { Migration } from 'kysely';
import type { Db, Engine } from './helpers.js';

/** 基本目录 (catalogue entries, document mapping) and 专栏 (columns tree, document mapping). */
export function catalogueColumns(_engine: Engine): Migration {
  return {
    async up(_db: Db) {},
    async down(_db: Db) {},
  };
}
