import type { AuditTables } from './platform/audit/index.js';
import type { CalendarTables } from './modules/calendar/index.js';
import type { IdentityTables } from './modules/identity/index.js';
import type { OrgTables } from './modules/orgs/index.js';
import type { PublicationTables } from './modules/publications/index.js';

/** Every table, composed from the owners' declarations (composition root only). */
export type Database = AuditTables & CalendarTables & IdentityTables & OrgTables & PublicationTables;
