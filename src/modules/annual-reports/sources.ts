import type { DocumentCounts, ReviewCells, ReviewGroupKey } from './report-shape.js';

/**
 * What the report reads from the modules that hold the data, wired in the composition root: the
 * request and appeal counts of the info-requests module and the document counts of publications.
 * The report never reads their tables (docs/architecture.md: reactions across modules go through the
 * other module's service).
 */
export const APPLICANT_COLUMNS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other'] as const;

export interface RequestCounts {
  newReceived: Record<string, number>;
  carriedOver: Record<string, number>;
  results: Record<string, Record<string, number>>;
  carriedForward: Record<string, number>;
  unclassified: number;
}

export interface CountedRequest {
  id: number; trackingCode: string; registerNo: string | null; applicantType: string; applicantDisplay: string;
  receivedOn: string | null; closedOn: string | null; result: string | null; status: string; handlingOrgId: number;
}

export interface CountedAppeal {
  id: number; requestId: number; trackingCode: string; registerNo: string | null; kind: string; filedOn: string; bodyName: string;
  caseNumber: string | null; outcome: string; currentOutcome: string; decidedOn: string | null; orgId: number;
}

export interface ReportSources {
  requestTable(q: { orgIds: number[]; year: number }): Promise<RequestCounts>;
  countedRequests(q: { orgIds: number[]; year: number; row: string; applicantType?: string; offset: number; limit: number }): Promise<{ total: number; items: CountedRequest[] }>;
  appealTable(q: { orgIds: number[]; year: number }): Promise<Record<ReviewGroupKey, ReviewCells>>;
  countedAppeals(q: { orgIds: number[]; year: number; kind: ReviewGroupKey; outcome?: string; offset: number; limit: number }): Promise<{ total: number; items: CountedAppeal[] }>;
  documentCounts(q: { orgIds: number[]; year: number }): Promise<{ regulations: DocumentCounts; normativeDocuments: DocumentCounts }>;
}
