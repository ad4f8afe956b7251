import type { AuditTables } from './platform/audit/index.js';
import type { CalendarTables } from './modules/calendar/index.js';
import type { IdentityTables } from './modules/identity/index.js';
import type { OrgTables } from './modules/orgs/index.js';
import type { GuideTables, PublicationTables } from './modules/publications/index.js';
import type { NormativeTables } from './modules/publications/normative/index.js';
import type { GazetteTables } from './modules/publications/gazette/index.js';
import type { CatalogueTables } from './modules/publications/catalogue/index.js';
import type { ColumnTables } from './modules/publications/columns/index.js';
import type { InfoRequestTables } from './modules/info-requests/index.js';
import type { MailTables } from './platform/mail/index.js';
import type { AnnualReportTables } from './modules/annual-reports/index.js';
import type { PlanTables } from './modules/plans/index.js';
import type { BulletinTables } from './modules/plans/bulletins/index.js';
import type { AssessmentTables } from './modules/plans/assessment/index.js';

/** Every table, composed from the owners' declarations (composition root only). */
export type Database = AuditTables & CalendarTables & IdentityTables & OrgTables & PublicationTables & NormativeTables & GazetteTables & CatalogueTables & ColumnTables & GuideTables & MailTables & InfoRequestTables & AnnualReportTables & PlanTables & BulletinTables & AssessmentTables;
