// Colours and role rules of the 分工方案 screens. The words (statuses, roles, deadline kinds) come from the server
// (GET /api/v1/plans/vocabulary, see vocabulary.ts); the role rules mirror plans.policy.ts (the server is the
// authority, and a task's page follows the `can` the API returns; these only decide which screens to offer).
import type { Role } from '../../api/types';
import type { PlanStatus, TaskStatus } from './types';

// Preset colours whose text passes WCAG AA with the console's theme (see common/documents.ts).
export const TASK_STATUS_COLORS: Record<TaskStatus | 'overdue', string> = {
  not_started: 'default',
  in_progress: 'processing',
  submitted: 'purple',
  closed: 'success',
  overdue: 'error',
};

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = { draft: 'default', adopted: 'processing', archived: 'purple' };

const has = (roles: readonly Role[] | undefined, ...wanted: Role[]) => !!roles && wanted.some((r) => roles.includes(r));

/** 导入、修改、下达方案, 验收销号, 退回, 修改任务: PLAN_WRITERS, the 政务公开办. */
export const canWritePlans = (roles?: readonly Role[]) => has(roles, 'office_admin', 'sysadmin');
/** 报送进展, 申请验收: PROGRESS_REPORTERS. */
export const canReportProgress = (roles?: readonly Role[]) => has(roles, 'office_admin', 'editor', 'handler', 'leader', 'sysadmin');
/** 方案台账 and 我的任务: any staff member (the server shows each their plans and tasks). */
export const canSeePlans = (roles?: readonly Role[]) => !!roles && roles.length > 0;

/** `2,048` → `2,048 字节`, `12345` → `12.1 KB`. */
export function fileSize(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
