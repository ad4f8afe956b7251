import type { Role } from './roles.js';

/**
 * What every route must declare in `config.access` (the app refuses to start otherwise):
 * - `public`: anyone, no session needed;
 * - `authenticated`: any logged-in staff member (scope checks still apply in the service);
 * - a list of roles: a logged-in user holding at least one of them.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}
