/**
 * Pieces shared by the public 规范性文件 and 政府公报 pages: lenient reading of a visitor's parameters (odd
 * values are dropped with a notice, never an error), the 404 page, the organisation select, the notices.
 */
import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { PublicOrg } from '../../orgs/index.js';
import { PUBLIC_PAGE, sendPortalNotFound } from '../../portal/index.js';

export const PUBLIC_ROUTE = PUBLIC_PAGE;

const first = (v: unknown): string | undefined => {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'string' && x.trim() ? x.trim() : undefined;
};
/** A visitor's value quoted back in a notice, never longer than a short phrase. */
export const quote = (s: string) => `“${s.length > 20 ? `${s.slice(0, 20)}…` : s}”`;
/** A numeric row id in an address, or null. */
export const rowIdOf = (s: unknown) => (typeof s === 'string' && /^[1-9]\d{0,9}$/.test(s) && Number(s) <= 2_147_483_647 ? Number(s) : null);

/** The query string as single trimmed values, with the `org` code checked against the public organisations. */
export function readQuery(req: FastifyRequest, orgs: PublicOrg[], orgLabel: string) {
  const q = (req.query ?? {}) as Record<string, unknown>;
  const notices: string[] = [];
  let org = first(q.org);
  if (org && !orgs.some((o) => o.code === org)) {
    notices.push(`${orgLabel}${quote(org)}无效，已显示全部机构。`);
    org = undefined;
  }
  return { org, notices, value: (k: string) => first(q[k]) };
}

/** The portal's 404 page with what was not found. */
export const sendNotFound = sendPortalNotFound;

export function nullIfNotFound(err: unknown): null {
  if (err instanceof NotFoundError) return null;
  throw err;
}

/** The organisation select (全部机构 first), shared with the other portal pages. */
export { OrgSelect } from '../../portal/index.js';

export function PageNotices({ notices }: { notices: string[] }) {
  return notices.length > 0 ? <div className="notice" role="note">{notices.map((n, i) => <p key={i}>{n}</p>)}</div> : null;
}
