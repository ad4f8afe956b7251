// Words, colours and role rules of the 季通报 screens. The role rules mirror bulletins.policy.ts (the server is the
// authority: readers are staff whose scope holds the bulletin's organisation; these only decide what to offer).
import type { Role } from '../../api/types';
import { shanghaiToday } from '../../common/format';
import type { BulletinStatus, OverdueTask, TaskStateAsOf } from './types';

export const QUARTER_NAMES: Record<number, string> = { 1: '第一季度', 2: '第二季度', 3: '第三季度', 4: '第四季度' };
export const QUARTERS = [1, 2, 3, 4] as const;

export const BULLETIN_STATUS_LABELS: Record<BulletinStatus, string> = { draft: '草稿', published: '已发布' };
// Preset colours whose text passes WCAG AA with the console's theme (see common/documents.ts).
export const BULLETIN_STATUS_COLORS: Record<BulletinStatus, string> = { draft: 'processing', published: 'success' };

/** A task's state on the bulletin's day (figures.ts TaskStateAsOf). */
export const STATE_AS_OF_LABELS: Record<TaskStateAsOf, string> = { not_started: '未启动', in_progress: '推进中', submitted: '已完成待验收', closed: '已销号' };

const has = (roles: readonly Role[] | undefined, ...wanted: Role[]) => !!roles && wanted.some((r) => roles.includes(r));

/** 季度通报 screens: any staff member (the server lists the bulletins of the organisations in the caller's scope). */
export const canSeeBulletins = (roles?: readonly Role[]) => !!roles && roles.length > 0;
/** 生成、修改、重新生成、发布: BULLETIN_WRITERS, the 政务公开办. */
export const canWriteBulletins = (roles?: readonly Role[]) => has(roles, 'office_admin', 'sysadmin');

/** `66.7` → `66.7%`; null (no tasks) → `—`. */
export const formatRate = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${r}%`);

/** `2026-03-20` → `2026年3月20日`. */
export const chineseDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** How late an overdue task is, as the bulletin prints it (render/bulletin-text.ts). */
export function lateness(o: Pick<OverdueTask, 'kind' | 'daysLate' | 'closedOn'>): string {
  if (o.kind === 'closedLate' && o.closedOn) return `逾期${o.daysLate}天完成（${Number(o.closedOn.slice(5, 7))}月${Number(o.closedOn.slice(8, 10))}日销号）`;
  return `未完成，已逾期${o.daysLate}天`;
}

/** The quarter of today in Beijing (the latest one a bulletin can be generated for). */
export function currentQuarter(): { year: number; quarter: number } {
  const today = shanghaiToday();
  return { year: Number(today.slice(0, 4)), quarter: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 };
}
