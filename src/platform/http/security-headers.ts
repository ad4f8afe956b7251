import type { FastifyInstance, FastifyReply } from 'fastify';

// Precomputed once: helmet's per-request work halves throughput on hot public pages
// (docs/dependencies.md), and these values never change per request.
const COMMON: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-dns-prefetch-control': 'off',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};
// antd's CSS-in-JS injects <style> elements, hence 'unsafe-inline' for styles only; scripts stay 'self'.
const HTML_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";

/** Sets the security headers on one reply (its content type must be set already). */
export function setSecurityHeaders(reply: FastifyReply): void {
  reply.headers(COMMON);
  const type = reply.getHeader('content-type');
  if (typeof type === 'string' && type.startsWith('text/html')) reply.header('content-security-policy', HTML_CSP);
}

/** Adds the security headers to every response, and a CSP to HTML. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    setSecurityHeaders(reply);
    return payload;
  });
}
