// Labels, colours and role rules of the 主动公开 screens (the server's policy is the authority; these only
// decide which buttons to offer).
import type { DocumentStatus, FindingSeverity, Role } from '../api/types';

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: '草稿',
  returned: '已退回',
  in_review: '待保密审查',
  approved: '审查通过待签发',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
  filed: '已登记',
};

// Tag colours whose text passes WCAG AA (4.5:1) on their own background with the console's theme: antd's
// cyan/gold/orange presets do not, and its warning status needs the darker text of WARNING_TAG_STYLE.
export const DOCUMENT_STATUS_COLORS: Record<DocumentStatus, string> = {
  draft: 'default',
  returned: 'error',
  in_review: 'processing',
  approved: 'geekblue',
  scheduled: 'magenta',
  published: 'success',
  withdrawn: 'warning',
  filed: 'purple',
};

/** For `<Tag color="warning">`: antd's warning text on its pale background is 4.2:1, below AA. */
export const WARNING_TAG_STYLE = { color: '#874d00' } as const;

export const SEVERITY_LABELS: Record<FindingSeverity, string> = { block: '须处理', warn: '提示', excepted: '已记录例外' };
export const SEVERITY_COLORS: Record<FindingSeverity, string> = { block: 'error', warn: 'warning', excepted: 'blue' };

/** Document statuses in which the draft can still be changed (server: EDITABLE). */
export const isEditableStatus = (s: DocumentStatus) => s === 'draft' || s === 'returned';

const has = (roles: readonly Role[] | undefined, ...wanted: Role[]) => !!roles && wanted.some((r) => roles.includes(r));

/** 起草、修改、提交、去标识化. */
export const canEditDocuments = (roles?: readonly Role[]) => has(roles, 'editor', 'office_admin', 'sysadmin');
/** 保密审查. */
export const canReview = (roles?: readonly Role[]) => has(roles, 'reviewer', 'sysadmin');
/** 签发. */
export const canPublish = (roles?: readonly Role[]) => has(roles, 'leader', 'sysadmin');
/** 撤回已发布的文件. */
export const canWithdraw = (roles?: readonly Role[]) => has(roles, 'leader', 'office_admin', 'sysadmin');
/** The 文件发布 screens: everyone in the workflow. */
export const canSeeDocuments = (roles?: readonly Role[]) => has(roles, 'editor', 'reviewer', 'leader', 'office_admin', 'sysadmin');
/** 敏感词库. */
export const canManageWords = (roles?: readonly Role[]) => has(roles, 'office_admin', 'sysadmin');

/** The list a role starts on: what waits for them (a reviewer 待保密审查, a leader 待签发). */
export function todoStatusFor(roles?: readonly Role[]): DocumentStatus | undefined {
  if (has(roles, 'sysadmin', 'office_admin')) return undefined;
  if (has(roles, 'leader')) return 'approved';
  if (has(roles, 'reviewer')) return 'in_review';
  return undefined;
}

/** `12345` → `12.1 KB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A wall-clock time picked in the console is Beijing time whatever the browser's zone: `2026-03-02T09:00:00+08:00`. */
export function beijingIso(wallClock: { format(f: string): string }): string {
  return `${wallClock.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}
