// Shapes of the 依申请公开 staff API (mirrors src/modules/info-requests: queries.service.ts, clock/clock-events.ts,
// letters/reply-types.ts, templates.service.ts).

export type RequestStatus = 'awaiting_confirmation' | 'in_progress' | 'awaiting_correction' | 'consulting' | 'awaiting_payment' | 'closed';
export type ListView = 'open' | 'overdue' | 'dueSoon';

export interface ClockSummary {
  dueOn: string | null;
  workdaysLeft: number | null;
  overdue: boolean;
  dueSoon: boolean;
  pausedWorkdays: number;
}

export interface RequestSummary {
  id: number;
  trackingCode: string;
  registerNo: string | null;
  channel: string;
  channelLabel: string;
  /** Masked (张**) for a person, the full name for an organisation. */
  applicant: string;
  applicantType: string;
  applicantTypeLabel: string;
  description: string;
  org: string;
  handlingOrg: string;
  handlingOrgId: number;
  status: RequestStatus;
  statusLabel: string;
  submittedAt: string;
  receivedOn: string | null;
  dueOn: string | null;
  closedOn: string | null;
  result: string | null;
  onTime: boolean | null;
  version: number;
}

export interface RequestListItem extends RequestSummary {
  clock: ClockSummary | null;
}

export interface RequestPage {
  items: RequestListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface RequestQuery {
  view?: ListView;
  q?: string;
  page: number;
  pageSize: number;
}

export interface ClockPause {
  from: string;
  to: string | null;
  reason: 'consultation' | 'fee';
}

export interface ClockConsultation {
  consultationId: string;
  startedOn: string;
  endedOn: string | null;
  answerBy: string | null;
}

export interface ClockState {
  status: RequestStatus;
  submittedOn: string | null;
  receivedOn: string | null;
  clockStart: string | null;
  allowedWorkdays: number;
  extendedBy: number;
  dueOn: string | null;
  correctionNoticeBy: string | null;
  correctionRequested: boolean;
  correctBy: string | null;
  payBy: string | null;
  pauses: ClockPause[];
  pausedWorkdays: number;
  workdaysLeft: number | null;
  overdue: boolean;
  dueSoon: boolean;
  result: string | null;
  closedOn: string | null;
  onTime: boolean | null;
  consultations: ClockConsultation[];
  lastStepOn: string | null;
  deadlineProblem: string | null;
}

export interface RequestEvent {
  seq: number;
  type: string;
  label: string;
  on: string;
  at: string;
  actor: string;
  data: Record<string, unknown>;
  note: string | null;
}

/** Masked unless `revealed`: name, idNumber / creditCode, phone, email, address (+ the full record's other keys). */
export interface ApplicantDetail {
  type: 'natural' | 'organization';
  name?: string;
  idType?: string;
  idNumber?: string;
  creditCode?: string;
  orgType?: string;
  legalRepresentative?: string;
  contactName?: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface RequestDetail extends RequestSummary {
  purpose: string | null;
  delivery: string;
  applicantDetail: ApplicantDetail;
  revealed: boolean;
  clock: ClockState;
  events: RequestEvent[];
}

export interface Letter {
  id: number;
  number: string;
  kind: string;
  result: string;
  issuedOn: string;
  docxUrl: string;
  pdfUrl: string;
}

export interface DashboardRow {
  orgId: number;
  org: string;
  open: number;
  overdue: number;
  dueSoon: number;
  awaitingApplicant: number;
}

export interface Dashboard {
  today: string;
  rows: DashboardRow[];
  totals: Omit<DashboardRow, 'orgId' | 'org'>;
}

export interface TemplateField {
  key: string;
  label: string;
  required: boolean;
  kind: 'text' | 'date' | 'amount';
  hint?: string;
}

export interface ReplyTemplate {
  code: string;
  label: string;
  group: string;
  article: string;
  articleWhen?: { field: string; article: string };
  letterTitle: string;
  body: string;
  fields: TemplateField[];
  remedy: boolean;
  version: number;
  edited: boolean;
}

export interface LetterSettings {
  orgId: number;
  letterPrefix: string;
  reviewBody: string;
  court: string;
  isDefault: boolean;
}

export type NaturalApplicantInput = { type: 'natural'; name: string; idType: string; idNumber: string; phone: string; email?: string; address?: string };
export type OrganizationApplicantInput = {
  type: 'organization';
  orgType: string;
  name: string;
  creditCode: string;
  legalRepresentative: string;
  contactName: string;
  phone: string;
  email?: string;
  address?: string;
};

export interface RegisterInput {
  to: string;
  channel: string;
  receivedOn: string;
  applicant: NaturalApplicantInput | OrganizationApplicantInput;
  description: string;
  purpose?: string;
  delivery: string;
  note?: string;
}

export type AppealKind = 'review' | 'litigationDirect' | 'litigationAfterReview';
export type AppealOutcome = 'upheld' | 'corrected' | 'other' | 'pending';

/** A 行政复议 / 行政诉讼 record (appeals/appeals.schemas.ts appealSchema). */
export interface Appeal {
  id: number;
  requestId: number;
  kind: AppealKind;
  kindLabel: string;
  filedOn: string;
  bodyName: string;
  caseNumber: string | null;
  outcome: AppealOutcome;
  outcomeLabel: string;
  decidedOn: string | null;
  note: string | null;
  lateFiling: boolean;
  lateFilingNote: string | null;
  version: number;
}

export interface AppealInput {
  kind: AppealKind;
  filedOn: string;
  bodyName: string;
  caseNumber?: string;
  outcome: AppealOutcome;
  decidedOn?: string;
  note?: string;
}

export interface AppealUpdate {
  version: number;
  outcome: AppealOutcome;
  decidedOn: string | null;
  bodyName: string;
  caseNumber: string | null;
  note: string | null;
}
