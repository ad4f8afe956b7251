// Words of the annual report screens that are not the statutory format's: the tables' labels come from the server
// (GET /api/v1/annual-reports/vocabulary, see vocabulary.ts). Role rules mirror annual-reports.policy.ts (the
// server's policy is the authority; these only decide which screens and buttons to offer).
import type { Role } from '../../api/types';
import type { SupervisionStatus, WorkspaceStatus } from './types';

export const SCOPE_LABELS = { self: '本机关', subtree: '含下辖机构' } as const;

export const WORKSPACE_STATUS_LABELS: Record<WorkspaceStatus, string> = { new: '未保存', draft: '草稿', published: '已发布' };

export const SUPERVISION_STATUS_LABELS: Record<SupervisionStatus, string> = {
  published: '已发布',
  draft: '草稿未发布',
  external: '平台外报送',
  missing: '未编制',
};
// Preset colours whose text passes WCAG AA with the console's theme (see common/documents.ts).
export const SUPERVISION_STATUS_COLORS: Record<SupervisionStatus, string> = { published: 'success', draft: 'processing', external: 'purple', missing: 'error' };

/** `1.5` → `1.5`, `2` → `2`: at most four decimals, as the report prints (render/report-text.ts formatNumber). */
export const formatNumber = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4))));

const has = (roles: readonly Role[] | undefined, ...wanted: Role[]) => !!roles && wanted.some((r) => roles.includes(r));

/** 年度报告 screens: REPORT_READERS (those who read requests: the drill-down lists them). */
export const canSeeAnnualReports = (roles?: readonly Role[]) => has(roles, 'office_admin', 'handler', 'leader', 'sysadmin');
/** 保存、发布、导入、删除: REPORT_WRITERS, the 政务公开办. */
export const canWriteAnnualReports = (roles?: readonly Role[]) => has(roles, 'office_admin', 'sysadmin');
