import type { Validity } from '../vocabulary.js';

/**
 * Relations between documents. 《政府网站发展指引》(国办发〔2017〕47号): 文件资料 must mark 修改、废止、失效
 * on the original, so a relation that amends or repeals changes the original's 有效性 when it goes public.
 */
export const RELATION_KINDS = ['amends', 'repeals', 'interprets'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
export const RELATION_LABELS: Record<RelationKind, { forward: string; backward: string }> = {
  amends: { forward: '修改', backward: '被修改' },
  repeals: { forward: '废止', backward: '被废止' },
  interprets: { forward: '解读', backward: '政策解读' },
};
/** What publishing the newer document does to the original's 有效性. */
export const RELATION_EFFECT: Partial<Record<RelationKind, Validity>> = { amends: 'amended', repeals: 'repealed' };

/** 清理结果: 继续有效 / 修改 / 废止 / 宣布失效, and the 有效性 each one writes at publication. */
export const CLEANUP_RESULTS = ['keep', 'amend', 'repeal', 'expire'] as const;
export type CleanupResult = (typeof CLEANUP_RESULTS)[number];
export const CLEANUP_RESULT_LABELS: Record<CleanupResult, string> = { keep: '继续有效', amend: '修改', repeal: '废止', expire: '宣布失效' };
export const CLEANUP_EFFECT: Record<CleanupResult, Validity | null> = { keep: null, amend: 'amended', repeal: 'repealed', expire: 'expired' };

export const CLEANUP_STATUSES = ['draft', 'published'] as const;
export type CleanupStatus = (typeof CLEANUP_STATUSES)[number];
export const CLEANUP_STATUS_LABELS: Record<CleanupStatus, string> = { draft: '草稿', published: '已公布' };

/** Register filters: 现行有效 (effective or amended and not past 有效期) is the default view. */
export const REGISTER_FILTERS = ['current', 'effective', 'amended', 'repealed', 'expired', 'all'] as const;
export type RegisterFilter = (typeof REGISTER_FILTERS)[number];
export const REGISTER_FILTER_LABELS: Record<RegisterFilter, string> = {
  current: '现行有效（含已修改）', effective: '现行有效', amended: '已修改', repealed: '已废止', expired: '已失效', all: '全部',
};

/**
 * The 有效性 a reader sees today: a 规范性文件 whose 有效期 (valid_to, inclusive) has passed is 已失效 even
 * before the expiry job has written it; an unmarked 规范性文件 counts as 现行有效.
 */
export function effectiveValidity(row: { validity: string | null; valid_to: string | null; is_normative: number }, today: string): Validity | null {
  const v = row.validity as Validity | null;
  if (v === 'repealed' || v === 'expired') return v;
  if (row.valid_to && row.valid_to < today && (v !== null || row.is_normative === 1)) return 'expired';
  if (v === null && row.is_normative === 1) return 'effective';
  return v;
}
