/** Public surface of the identity module: staff users, roles and sessions. */
export { createSessionService, type SessionService } from './session.service.js';
export { createUserService, type UserService } from './users.service.js';
export { registerIdentityRoutes } from './identity.routes.js';
export type { IdentityTables } from './identity.tables.js';
export type { User } from './identity.schemas.js';
