// Shapes of the 规范性文件 API (mirrors src/modules/publications/normative/normative.schemas.ts).
import type { OrgRef, Validity } from '../../api/types';

export type RelationKind = 'amends' | 'repeals' | 'interprets';
export type CleanupResult = 'keep' | 'amend' | 'repeal' | 'expire';
export type CleanupStatus = 'draft' | 'published';
export type RegisterFilter = 'current' | 'effective' | 'amended' | 'repealed' | 'expired' | 'all';

export interface DocRef {
  id: number;
  title: string;
  docNumber: string | null;
  indexNumber: string | null;
  org: OrgRef;
  status: string;
  publishedAt: string | null;
  validity: Validity | null;
  validityLabel: string | null;
  validFrom: string | null;
  validTo: string | null;
  isNormative: boolean;
}

export interface Relation {
  kind: RelationKind;
  label: string;
  appliedAt: string | null;
  document: DocRef;
}

export interface RelationsView {
  outgoing: Relation[];
  incoming: Relation[];
}

export interface CleanupListItem {
  id: number;
  org: OrgRef;
  title: string;
  basis: string;
  cleanupDate: string;
  status: CleanupStatus;
  statusLabel: string;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  itemCount: number;
}

export interface CleanupItem {
  document: DocRef;
  result: CleanupResult;
  resultLabel: string;
  note: string;
}

export interface CleanupView extends Omit<CleanupListItem, 'itemCount'> {
  items: CleanupItem[];
  counts: Record<CleanupResult, number>;
}

export const RELATION_LABELS: Record<RelationKind, string> = { amends: '修改', repeals: '废止', interprets: '解读' };
export const CLEANUP_RESULT_LABELS: Record<CleanupResult, string> = { keep: '继续有效', amend: '修改', repeal: '废止', expire: '宣布失效' };
export const REGISTER_FILTER_LABELS: Record<RegisterFilter, string> = {
  current: '现行有效（含已修改）', effective: '现行有效', amended: '已修改', repealed: '已废止', expired: '已失效', all: '全部',
};
/** Tag colours that pass WCAG AA on their pale backgrounds (see common/documents.ts). */
export const VALIDITY_COLORS: Record<Validity, string> = { effective: 'success', amended: 'processing', repealed: 'error', expired: 'default' };
