import { type Kysely, sql } from 'kysely';
import { ValidationError } from '../../../platform/errors/index.js';
import { shanghaiStartOfDay } from '../../../platform/time/index.js';
import type { PublicationTables } from '../publications.tables.js';

/*
 * Table 二, 第二十条第（一）项 of the annual report (国办公开办函〔2021〕30号): 规章 and 行政规范性文件 of the
 * organisations, each with 本年制发件数 (issued), 本年废止件数 (repealed) and 现行有效件数 (inForce).
 *
 * Rules for year Y (dates are Asia/Shanghai days):
 * - A document belongs to its primary issuer (`org_id`); joint issuers do not count it again.
 *   规章 = genre '规章'; 行政规范性文件 = is_normative = 1 and genre not '规章'.
 * - Only documents made public by the end of Y count: status published, scheduled (a 定时发布 whose time
 *   came) or withdrawn (撤回 takes the page off the site; the document was issued all the same), with
 *   published_at before Y+1-01-01 00:00 +08:00. 依申请公开 / 不予公开 documents (`filed`) never count.
 * - issued: the day it became an issued, public document — the later of 成文日期 (written_at) and the day
 *   it was published — falls in Y. That is 成文日期 in Y for the usual case; a document written late in
 *   December and published in January counts in the year of publication, and each document counts once.
 * - repealed: its 有效性 became 已废止 or 已失效 in Y (`ended_on` in Y, written by the validity writer and the
 *   expiry job); a document still marked in force whose 有效期止 (valid_to) passed counts in the year of
 *   the day after valid_to, as the public pages already show it 已失效 (effectiveValidity).
 * - inForce: in force on Y-12-31 — issued (as above) by then, valid_from null or ≤ Y-12-31, valid_to null
 *   or ≥ Y-12-31, and not ended by then (ended_on after Y-12-31, or not marked 已废止/已失效 at all).
 */

export interface DocumentFigures {
  issued: number;
  repealed: number;
  inForce: number;
}

export interface DocumentStatistics {
  regulations: DocumentFigures;
  normativeDocuments: DocumentFigures;
}

const CHUNK = 2000;

/** Table 二 第二十条第（一）项 for the organisations and the year: one aggregate query per group of organisations. */
export async function documentStatistics(db: Kysely<any>, q: { orgIds: number[]; year: number }): Promise<DocumentStatistics> {
  const y = q.year;
  if (!Number.isInteger(y) || y < 2000 || y > 9998) throw new ValidationError(`统计年度应为2000年以后的四位年份（收到：${String(y)}）`, [{ path: 'year', message: '年份无效' }]);
  const start = `${y}-01-01`;
  const end = `${y}-12-31`;
  const startIso = shanghaiStartOfDay(start).toISOString();
  const endIso = shanghaiStartOfDay(`${y + 1}-01-01`).toISOString(); // published_at before it: published by 12-31
  const out: DocumentStatistics = { regulations: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 0, repealed: 0, inForce: 0 } };
  const ids = [...new Set(q.orgIds)];
  const live = sql`(validity is null or validity not in ('repealed', 'expired'))`;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await (db as Kysely<PublicationTables>).selectFrom('documents')
      .select([
        // Literal SQL only in the grouped expression (PostgreSQL matches it with the GROUP BY text).
        sql<number>`case when genre = '规章' then 1 else 0 end`.as('regulation'),
        sql<number>`sum(case when (written_at is null or written_at <= ${end}) and (written_at >= ${start} or published_at >= ${startIso}) then 1 else 0 end)`.as('issued'),
        sql<number>`sum(case when (ended_on >= ${start} and ended_on <= ${end})
          or (ended_on is null and ${live} and valid_to >= ${`${y - 1}-12-31`} and valid_to <= ${`${y}-12-30`}) then 1 else 0 end)`.as('repealed'),
        sql<number>`sum(case when (written_at is null or written_at <= ${end}) and (valid_from is null or valid_from <= ${end})
          and (valid_to is null or valid_to >= ${end}) and (ended_on > ${end} or (ended_on is null and ${live})) then 1 else 0 end)`.as('in_force'),
      ])
      .where('org_id', 'in', ids.slice(i, i + CHUNK))
      // Exactly the condition of the partial index documents_table2_idx (migration 0010).
      .where(sql<boolean>`(genre = '规章' or is_normative = 1)`)
      .where('status', 'in', ['published', 'scheduled', 'withdrawn'])
      .where('published_at', '<', endIso)
      .groupBy(sql`case when genre = '规章' then 1 else 0 end`)
      .execute();
    for (const r of rows) {
      const f = Number(r.regulation) === 1 ? out.regulations : out.normativeDocuments;
      f.issued += Number(r.issued);
      f.repealed += Number(r.repealed);
      f.inForce += Number(r.in_force);
    }
  }
  return out;
}
