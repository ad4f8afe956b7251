import { createHash } from 'node:crypto';

/** The hash the first entry links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so equal data always gives an equal digest. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    return Object.fromEntries(
      Object.keys(v as Record<string, unknown>)
        .sort()
        .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

/** sha256 hex digest of a state snapshot (null stays null: "did not exist"). */
export function digestOf(state: unknown): string | null {
  if (state === null || state === undefined) return null;
  return createHash('sha256').update(canonicalJson(state)).digest('hex');
}

/** Fields of an entry covered by its hash (everything but id and hash itself). */
export interface ChainedFields {
  occurred_at: string;
  actor_id: number | null;
  actor_name: string;
  org_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
  before_digest: string | null;
  after_digest: string | null;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
}

/** Hash of an entry: sha256 over its canonical fields, which include the previous hash (the chain link). */
export function entryHash(e: ChainedFields): string {
  const fields: ChainedFields = {
    occurred_at: e.occurred_at,
    actor_id: e.actor_id,
    actor_name: e.actor_name,
    org_id: e.org_id,
    action: e.action,
    entity_type: e.entity_type,
    entity_id: e.entity_id,
    summary: e.summary,
    before_digest: e.before_digest,
    after_digest: e.after_digest,
    request_id: e.request_id,
    ip: e.ip,
    prev_hash: e.prev_hash,
  };
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}
