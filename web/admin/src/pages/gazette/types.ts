// Shapes of the 政府公报 API (mirrors src/modules/publications/gazette/gazette.schemas.ts).
import type { OrgRef } from '../../api/types';

export type IssueStatus = 'draft' | 'published' | 'withdrawn';

export interface IssueListItem {
  id: number;
  org: OrgRef;
  year: number;
  number: number;
  totalNumber: number;
  title: string;
  issueDate: string;
  status: IssueStatus;
  statusLabel: string;
  version: number;
  publishedAt: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  pdfSize: number | null;
  createdAt: string;
  updatedAt: string;
  itemCount: number;
}

export interface IssueItem {
  id: number;
  title: string;
  docNumber: string | null;
  indexNumber: string | null;
  org: OrgRef;
  publishedAt: string | null;
  /** Still public (a document withdrawn since stays listed, marked). */
  public: boolean;
}

export interface IssueView extends Omit<IssueListItem, 'itemCount'> {
  sections: { title: string; items: IssueItem[] }[];
}

export const ISSUE_STATUS_COLORS: Record<IssueStatus, string> = { draft: 'default', published: 'success', withdrawn: 'warning' };
