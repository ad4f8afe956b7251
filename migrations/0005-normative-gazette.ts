import type { Migration } from 'kysely';
import type { Db, Engine } from './helpers.js';

/** 规范性文件 relations and 清理 records, 政府公报 issues. */
export function normativeGazette(_engine: Engine): Migration {
  return {
    async up(_db: Db) {},
    async down(_db: Db) {},
  };
}
