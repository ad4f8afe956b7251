import { createHash, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
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

/** Route options of a public, cacheable page (server-rendered HTML, feeds, sitemap). */
export const PUBLIC_PAGE = { config: { access: 'public' as const, pageCache: true }, schema: { hide: true } };

/** Statuses worth keeping: a page, a missing one (scanners ask for the same ids), a withdrawn one. */
const KEPT = new Set([200, 404, 410]);
/** Headers made per response, never replayed from the cache. */
const PER_RESPONSE = new Set(['x-request-id', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

interface Entry {
  token: string;
  at: number;
  status: number;
  etag: string | undefined;
  /** Every header the page was sent with (content type, ETag, cache-control, vary, security headers). */
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** The body gzipped once, for clients that accept it (browsers do): a fifth of the bytes to send. */
  gzip: Buffer | null;
}

/** Worth compressing: text of some size (a 404 page of 2 KB gains little, a document page 4–5×). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|problem\+json))/;
const compressible = (body: Buffer, headers: OutgoingHttpHeaders) => body.length >= 1024 && COMPRESSIBLE.test(String(headers['content-type'] ?? ''));
const acceptsGzip = (h: string | string[] | undefined) => typeof h === 'string' && /\bgzip\b/.test(h);

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
  /** Behind a trusted proxy the host comes from X-Forwarded-Host: only Fastify knows it, so no fast path. */
  trustProxy: boolean;
}

const pending = new WeakMap<FastifyRequest, { key: string; token: string }>();

/** `gk_text=large` (the 大字版 cookie, portal.routes.ts) in a Cookie header, without parsing the rest. */
function largeText(cookie: string | undefined): boolean {
  return !!cookie && /(?:^|;\s*)gk_text=large(?:;|$)/.test(cookie);
}

/**
 * Whole public pages kept in memory and served without touching the database: a document page
 * costs five queries and a render otherwise, and the portal is read far more often than written.
 * A page is kept under the change token current *before* its data was read, so a change that
 * commits while it renders makes it stale at once (platform/db/changes.ts). Least recently used
 * pages go first when the byte budget is full.
 *
 * Pages are stored by Fastify hooks (`register`) and served by `serveRaw` from the Node request
 * handler before Fastify sees the request (app.ts serverFactory): a hit then costs about what a bare
 * node:http answer costs (docs/PERFORMANCE.md). `register` also serves hits, for `inject()` and
 * whenever the fast path is off.
 */
export function createPageCache(opts: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const stats = { hits: 0, misses: 0 };

  const drop = (key: string, e: Entry) => {
    entries.delete(key);
    bytes -= e.body.length + (e.gzip?.length ?? 0);
  };

  /** The entry for a request if it is fresh; the key and token to store under otherwise. */
  function lookup(host: string | undefined, cookie: string | undefined, url: string): { hit: Entry } | { key: string; token: string } | null {
    const token = opts.changes.current();
    if (token === null) return null;
    const now = opts.clock.now();
    const key = `${host ?? ''}|${largeText(cookie) ? 'L' : 'N'}|${shanghaiDate(now)}|${url}`;
    const e = entries.get(key);
    const age = e ? now.getTime() - e.at : -1;
    // A clock set back (tests, a corrected system clock) makes an entry stale too.
    if (e && e.token === token && age >= 0 && age < opts.ttlMs) {
      stats.hits += 1;
      entries.delete(key); // most recently used goes last
      entries.set(key, e);
      return { hit: e };
    }
    if (e) drop(key, e);
    stats.misses += 1;
    return { key, token };
  }

  function store(p: { key: string; token: string }, status: number, headers: OutgoingHttpHeaders, body: Buffer) {
    if (!KEPT.has(status) || body.length > opts.maxBytes / 8 || headers['set-cookie']) return;
    const kept: OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries(headers)) if (v !== undefined && !PER_RESPONSE.has(k)) kept[k] = v;
    const gzip = compressible(body, kept) ? gzipSync(body) : null;
    const old = entries.get(p.key);
    if (old) drop(p.key, old);
    entries.set(p.key, { token: p.token, at: opts.clock.now().getTime(), status, etag: typeof kept.etag === 'string' ? kept.etag : undefined, headers: kept, body, gzip });
    bytes += body.length + (gzip?.length ?? 0);
    for (const [k, v] of entries) {
      if (bytes <= opts.maxBytes) break;
      drop(k, v);
    }
  }

  return {
    /** Stores pages of `PUBLIC_PAGE` routes and serves hits inside Fastify (inject, or no fast path). */
    register(app: FastifyInstance) {
      app.addHook('onRequest', async (req, reply) => {
        if (req.method !== 'GET' || !req.routeOptions.config?.pageCache) return;
        const found = lookup(req.host, req.headers.cookie, req.url);
        if (!found) return;
        if ('key' in found) {
          pending.set(req, found);
          return;
        }
        const e = found.hit;
        reply.headers(e.headers);
        if (e.etag && matches(req.headers['if-none-match'], e.etag)) return reply.code(304).send();
        return reply.code(e.status).send(e.body);
      });
      // Registered after the security headers' onSend, so they are part of what is kept.
      app.addHook('onSend', async (req, reply, payload) => {
        const p = pending.get(req);
        if (!p) return payload;
        pending.delete(req);
        if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
        const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
        // This page will also be sent gzipped from the cache: say so on this first answer too.
        if (compressible(body, reply.getHeaders() as OutgoingHttpHeaders)) {
          const vary = reply.getHeader('vary');
          reply.header('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
        }
        store(p, reply.statusCode, reply.getHeaders() as OutgoingHttpHeaders, body);
        return body;
      });
    },

    /** Answers a GET from the cache before Fastify; false when it is not a fresh hit (Fastify then handles it). */
    serveRaw(req: IncomingMessage, res: ServerResponse): boolean {
      if (opts.trustProxy || req.method !== 'GET' || entries.size === 0 || !req.url) return false;
      const found = lookup(req.headers.host, req.headers.cookie, req.url);
      if (!found || !('hit' in found)) {
        if (found) stats.misses -= 1; // Fastify will look again and count it
        return false;
      }
      const e = found.hit;
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
      if (e.etag && matches(req.headers['if-none-match'], e.etag)) {
        res.writeHead(304, { ...e.headers, 'x-request-id': id });
        res.end();
        return true;
      }
      // The weak ETag stays the same for both encodings: the bytes differ, the page does not (RFC 9110 §8.8.1).
      const zipped = e.gzip && acceptsGzip(req.headers['accept-encoding']) ? e.gzip : null;
      const body = zipped ?? e.body;
      res.writeHead(e.status, { ...e.headers, 'x-request-id': id, 'content-length': body.length, ...(zipped ? { 'content-encoding': 'gzip' } : {}) });
      res.end(body);
      return true;
    },

    stats: () => ({ ...stats, pages: entries.size, bytes }),
  };
}

export type PageCache = ReturnType<typeof createPageCache>;

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
