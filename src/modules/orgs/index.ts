/** Public surface of the orgs module: the organisation tree that scopes everything. */
export { createOrgService, type OrgService, type OrgServiceDeps } from './orgs.service.js';
export { registerOrgRoutes } from './orgs.routes.js';
export type { Org, PublicOrg } from './orgs.schemas.js';
export { ORG_KINDS, ORG_LEVELS } from './orgs.schemas.js';
export type { OrgTables } from './orgs.tables.js';
export type { OrgRow } from './orgs.repository.js';
