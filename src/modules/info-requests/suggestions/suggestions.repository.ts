import { type Kysely, sql } from 'kysely';
import type { InfoRequestTables } from '../info-requests.tables.js';

type Db = Kysely<InfoRequestTables>;

/** What the 依申请转主动 analysis reads of a request: no personal data but the applicant's keyed digest. */
export interface SuggestionSourceRow {
  id: number;
  handling_org_id: number;
  applicant_digest: string;
  description: string;
  received_on: string | null;
  submitted_at: string;
  status: string;
  result: string | null;
}

/** The only SQL of the suggestions: one lean read of the requests of a period. */
export const suggestionsRepository = {
  /**
   * Requests of some organisations received on or after `since` (YYYY-MM-DD); those not yet confirmed
   * (no receipt date) count from their submission (`sinceIso`, the instant that day starts in Shanghai).
   */
  receivedSince(db: Db, orgIds: number[] | null, since: string, sinceIso: string): Promise<SuggestionSourceRow[]> {
    let q = db.selectFrom('info_requests')
      .select(['id', 'handling_org_id', 'applicant_digest', 'description', 'received_on', 'submitted_at', 'status', 'result'])
      .where((eb) => eb.or([eb('received_on', '>=', since), eb.and([eb('received_on', 'is', null), eb('submitted_at', '>=', sinceIso)])]));
    if (orgIds) q = orgIds.length ? q.where('handling_org_id', 'in', orgIds) : q.where(sql<boolean>`1 = 0`);
    return q.orderBy('id').execute();
  },
};
