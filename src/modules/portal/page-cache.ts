import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ChangeSignal } from '../../platform/db/index.js';
import { type Clock, shanghaiDate } from '../../platform/time/index.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A public page whose bytes depend only on the address, the text-size cookie, the data and the
     * date: served from the page cache while no audited change has committed since it was made.
     */
    pageCache?: boolean;
  }
}

const TEXT_COOKIE = 'gk_text';

/** Route options of a public, cacheable page (server-rendered HTML, feeds, sitemap). */
export const PUBLIC_PAGE = { config: { access: 'public' as const, pageCache: true }, schema: { hide: true } };
/** Statuses worth keeping: a page, a missing one (scanners ask for the same ids), a withdrawn one. */
const KEPT = new Set([200, 404, 410]);

interface Entry {
  token: string;
  at: number;
  status: number;
  type: string;
  etag: string | undefined;
  body: Buffer;
}

export interface PageCacheOptions {
  changes: Pick<ChangeSignal, 'current'>;
  clock: Clock;
  /** Total size of the kept bodies. */
  maxBytes: number;
  /**
   * How long a page may be kept even with no change: documents scheduled for a time become visible
   * by the clock (the publish-due job audits them within 30 s), and that is not a committed change.
   */
  ttlMs: number;
}

const pending = new WeakMap<FastifyRequest, { key: string; token: string }>();

/**
 * Whole public pages kept in memory and served without touching the database: a document page
 * costs five queries and a render otherwise, and the portal is read far more often than written.
 * A page is kept under the change token current *before* its data was read, so a change that
 * commits while it renders makes it stale at once (platform/db/changes.ts). Least recently used
 * pages go first when the byte budget is full.
 */
export function registerPageCache(app: FastifyInstance, opts: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const stats = { hits: 0, misses: 0 };

  const drop = (key: string, e: Entry) => {
    entries.delete(key);
    bytes -= e.body.length;
  };

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' || !req.routeOptions.config?.pageCache) return;
    const token = opts.changes.current();
    if (token === null) return;
    const now = opts.clock.now();
    const large = req.cookies?.[TEXT_COOKIE] === 'large' ? 'L' : 'N';
    const key = `${req.host}|${large}|${shanghaiDate(now)}|${req.url}`;
    const e = entries.get(key);
    const age = e ? now.getTime() - e.at : -1;
    // A clock set back (tests, a corrected system clock) makes an entry stale too.
    if (e && e.token === token && age >= 0 && age < opts.ttlMs) {
      stats.hits += 1;
      entries.delete(key); // most recently used goes last
      entries.set(key, e);
      reply.header('cache-control', 'no-cache').header('vary', 'Cookie');
      if (e.etag) {
        reply.header('etag', e.etag);
        if (matches(req.headers['if-none-match'], e.etag)) return reply.code(304).send();
      }
      return reply.code(e.status).type(e.type).send(e.body);
    }
    if (e) drop(key, e);
    stats.misses += 1;
    pending.set(req, { key, token });
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const p = pending.get(req);
    if (!p) return payload;
    pending.delete(req);
    if (!KEPT.has(reply.statusCode) || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length > opts.maxBytes / 8) return payload;
    const etag = reply.getHeader('etag');
    const old = entries.get(p.key);
    if (old) drop(p.key, old);
    entries.set(p.key, {
      token: p.token, at: opts.clock.now().getTime(), status: reply.statusCode,
      type: String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'),
      etag: typeof etag === 'string' ? etag : undefined, body,
    });
    bytes += body.length;
    for (const [k, v] of entries) {
      if (bytes <= opts.maxBytes) break;
      drop(k, v);
    }
    return body;
  });

  return {
    stats: () => ({ ...stats, pages: entries.size, bytes }),
  };
}

/** If-None-Match (a list, weak or strong) names this ETag (weak comparison, RFC 9110 §13.1.2). */
export function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === bare);
}

/** A weak validator of exactly these bytes: safe for pages that change with data and the clock. */
export function weakEtag(body: string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}
