// Shapes of the /api/v1 JSON the admin console uses (mirrors the server's zod schemas).

export type Role = 'sysadmin' | 'office_admin' | 'editor' | 'reviewer' | 'leader' | 'handler';
export type Status = 'active' | 'disabled';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  orgCode: string;
  roles: Role[];
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export type OrgKind = 'region' | 'department' | 'institution';
export type OrgLevel = 'province' | 'city' | 'county' | 'township';

export interface Org {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgKind;
  level: OrgLevel;
  parentId: number | null;
  sortOrder: number;
  status: Status;
}

export interface CreateOrgInput {
  parentId: number;
  code: string;
  name: string;
  shortName?: string | null;
  kind: OrgKind;
  level: OrgLevel;
  sortOrder?: number;
}

export type UpdateOrgInput = Partial<Pick<Org, 'name' | 'shortName' | 'code' | 'sortOrder' | 'status' | 'kind' | 'level'>>;

export interface User {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  roles: Role[];
  status: Status;
  email: string | null;
  phone: string | null;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface UserQuery {
  orgId?: number;
  q?: string;
  status?: Status;
  page: number;
  pageSize: number;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  orgId: number;
  roles: Role[];
  email?: string | null;
  phone?: string | null;
}

export type UpdateUserInput = Partial<Pick<User, 'displayName' | 'orgId' | 'roles' | 'status' | 'email' | 'phone'>>;

export interface AuditItem {
  id: number;
  occurredAt: string;
  actorName: string;
  orgName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
}

export interface AuditQuery {
  action?: string;
  actor?: string;
  entityType?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface AuditVerifyResult {
  ok: boolean;
  count: number;
  firstBadId: number | null;
  message: string;
}

export type CalendarDayKind = 'holiday' | 'adjusted-workday';

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface CalendarYearSummary {
  year: number;
  source: string;
  dayCount: number;
  updatedAt: string;
}

export interface CalendarYear {
  year: number;
  source: string;
  updatedAt?: string;
  days: CalendarDay[];
}

export interface NamedDay {
  date: string;
  name: string;
}

export interface DeadlineResult {
  due: string;
  explanation: {
    summary: string;
    holidays: NamedDay[];
    adjustedWorkdays: NamedDay[];
    countedDays: { date: string; ordinal: number }[];
    weekendDaysSkipped?: number;
  };
}

/** RFC 9457 problem document with Chinese title/detail. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: { path: string; message: string }[];
  [ext: string]: unknown;
}
