// Shapes of the annual report staff API (mirrors src/modules/annual-reports: report-shape.ts, inputs.ts, checks.ts,
// report.service.ts workspace(), supervision.service.ts, sources.ts, vocabulary.ts). Types only: the labels and key
// lists of the tables come from the server (GET /api/v1/annual-reports/vocabulary, see vocabulary.ts here).

export type ReportScope = 'self' | 'subtree';
export type ColumnKey = 'natural' | 'commercial' | 'research' | 'publicInterest' | 'legalService' | 'other' | 'total';
export type ReviewGroupKey = 'review' | 'litigationDirect' | 'litigationAfterReview';
export type ReviewCellKey = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';

export interface DocumentCounts {
  issued: number;
  repealed: number;
  inForce: number;
}
export type ReviewCells = Record<ReviewCellKey, number>;

export interface Sections {
  overview: string;
  problems: string;
  other: string;
}

/** The report as JSON (shared/docs/annual-report-json.md). Rows are keyed by ROW_KEYS, seven figures each. */
export interface AnnualReport {
  format: '2021';
  org: { code: string; name: string };
  year: number;
  scope: ReportScope;
  sections: Sections;
  proactive: {
    regulations: DocumentCounts;
    normativeDocuments: DocumentCounts;
    licensing: { decisions: number };
    punishment: { decisions: number };
    enforcement: { decisions: number };
    fees: { amountTenThousandYuan: number };
  };
  requests: { columns: ColumnKey[]; rows: Record<string, number[]> };
  reviewLitigation: Record<ReviewGroupKey, ReviewCells>;
}

export type ProactiveItem = keyof AnnualReport['proactive'];
export type DocumentCountKey = keyof DocumentCounts;
export type SectionKey = 'overview' | 'proactive' | 'requests' | 'reviewLitigation' | 'problems' | 'other';
/** Header texts of the tables that label no figure (render/report-grid.ts TABLE_LABELS). */
export type TableLabelKey = 'content' | 'decisions' | 'feeAmount' | 'applicants' | 'legalPersons' | 'results' | 'crossCheckNote';

interface Labelled<K extends string = string> {
  key: K;
  label: string;
}

/** GET /api/v1/annual-reports/vocabulary (src/modules/annual-reports/vocabulary.ts): every word of the tables, lists in printed order. */
export interface ReportVocabulary {
  format: '2021';
  /** `fullLabel`: 法人或其他组织（商业企业）. */
  columns: (Labelled<ColumnKey> & { fullLabel: string })[];
  /** `fullLabel`: 三、（三）不予公开1.属于国家秘密. */
  rows: (Labelled & { fullLabel: string })[];
  resultGroups: (Labelled & { rows: string[] })[];
  proactive: { items: (Labelled<ProactiveItem> & { article: string })[]; documentCounts: Labelled<DocumentCountKey>[] };
  review: { groups: Labelled<ReviewGroupKey>[]; cells: Labelled<ReviewCellKey>[] };
  sections: Record<SectionKey, string>;
  tableLabels: Record<TableLabelKey, string>;
  rules: Record<CheckRule, string>;
}

export interface Entered {
  licensing: number;
  punishment: number;
  enforcement: number;
  feesTenThousandYuan: number;
}

export type DocumentOverride = Partial<DocumentCounts>;
export interface Overrides {
  regulations?: DocumentOverride;
  normativeDocuments?: DocumentOverride;
  reason?: string;
}

/** What the office writes (inputs.ts). */
export interface ReportInputs {
  scope: ReportScope;
  sections: Sections;
  entered: Entered;
  overrides: Overrides;
}

export type CheckRule = 'structure' | 'rowTotal' | 'columnTotal' | 'balance' | 'reviewTotal' | 'inForce' | 'carriedOver';

export interface CheckProblem {
  rule: CheckRule;
  /** JSON path of the cell, e.g. `requests.rows.total[6]`. */
  path: string;
  row?: string;
  column?: ColumnKey;
  expected?: number;
  actual?: number;
  message: string;
}

export interface CheckResult {
  ok: boolean;
  problems: CheckProblem[];
}

export interface ReportVersion {
  version: number;
  note: string | null;
  published_at: string;
}

export type WorkspaceStatus = 'new' | 'draft' | 'published';

export interface Workspace {
  org: { id: number; code: string; name: string; kind: string };
  year: number;
  scope: ReportScope;
  status: WorkspaceStatus;
  /** Optimistic version of the saved inputs (0: never saved). */
  version: number;
  inputs: ReportInputs;
  /** The platform's own table 二 document counts, before corrections. */
  computed: { regulations: DocumentCounts; normativeDocuments: DocumentCounts };
  report: AnnualReport;
  checks: CheckResult & { previous: { year: number; source: 'platform' | 'history'; format: '2019' | '2021' } | null };
  warnings: string[];
  published: { version: number; publishedAt: string; report: AnnualReport; changed: boolean; versions: ReportVersion[] } | null;
  previousSections: Sections | null;
  due: { on: string; late: boolean };
}

export interface SaveInput extends ReportInputs {
  version: number;
}

export interface PublishInput {
  version: number;
  note?: string;
  acceptPrevious?: string;
}

export interface CountedRequest {
  id: number;
  trackingCode: string;
  registerNo: string | null;
  applicantType: string;
  applicantDisplay: string;
  receivedOn: string | null;
  closedOn: string | null;
  result: string | null;
  status: string;
  handlingOrg: string;
}

export interface CountedAppeal {
  id: number;
  requestId: number;
  trackingCode: string;
  registerNo: string | null;
  kind: string;
  filedOn: string;
  bodyName: string;
  caseNumber: string | null;
  /** As of the end of the report's year. */
  outcome: string;
  currentOutcome: string;
  decidedOn: string | null;
}

export interface CellPage<T> {
  total: number;
  items: T[];
  page: number;
  pageSize: number;
}

export type SupervisionStatus = 'published' | 'draft' | 'external' | 'missing';

export interface SupervisionItem {
  org: { id: number; code: string; name: string; kind: string; level: string; depth: number };
  status: SupervisionStatus;
  due: string;
  publishedAt: string | null;
  version: number;
  late: boolean;
  ok: boolean | null;
  problemCount: number | null;
  problems: string[];
  explanation: string | null;
  figures: { newReceived: number; closed: number; carriedForward: number; review: number; litigation: number } | null;
}

export interface Supervision {
  org: { code: string; name: string };
  year: number;
  items: SupervisionItem[];
  summary: { total: number; published: number; external: number; draft: number; missing: number; late: number; inconsistent: number };
}

export interface HistoryItem {
  id: number;
  org: { code: string; name: string };
  year: number;
  format: '2019' | '2021';
  source: string;
  problemCount: number;
  importedAt: string;
}

export interface ImportResult extends CheckResult {
  id: number;
  replaced: boolean;
  org: { code: string; name: string };
  year: number;
  format: '2019' | '2021';
}
