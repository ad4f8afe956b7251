/** The plans module's words: statuses, roles, event types and deadline kinds with their Chinese labels. */
export const PLAN_STATUSES = ['draft', 'adopted', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { draft: '草稿', adopted: '已下达', archived: '已归档' };

export const TASK_STATUSES = ['not_started', 'in_progress', 'submitted', 'closed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: '未启动',
  in_progress: '推进中',
  submitted: '已完成（待验收）',
  closed: '已销号',
};
/** 逾期 is derived (open and past its due date), shown instead of the stored status. */
export const OVERDUE_LABEL = '逾期';

export const UNIT_ROLES = ['lead', 'responsible', 'cooperating'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];
export const UNIT_ROLE_LABELS: Record<UnitRole, string> = { lead: '牵头单位', responsible: '责任单位', cooperating: '配合单位' };

export const EVENT_TYPES = ['created', 'progress', 'submitted', 'accepted', 'returned', 'edited', 'reminded'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_LABELS: Record<EventType, string> = {
  created: '任务下达',
  progress: '报送进展',
  submitted: '完成，申请验收',
  accepted: '验收通过并销号',
  returned: '退回重新整改',
  edited: '修改任务',
  reminded: '到期提醒',
};

export const DEADLINE_KINDS = ['by-date', 'year-end', 'long-term', 'periodic', 'other'] as const;
export const DEADLINE_KIND_LABELS: Record<(typeof DEADLINE_KINDS)[number], string> = {
  'by-date': '限期完成',
  'year-end': '年底前完成',
  'long-term': '长期坚持',
  periodic: '定期开展',
  other: '其他',
};

export const EVIDENCE_KINDS = ['document', 'url', 'file'] as const;
export const EVIDENCE_KIND_LABELS: Record<(typeof EVIDENCE_KINDS)[number], string> = { document: '已公开的政府信息', url: '网页链接', file: '文件' };

/** Everything above, for the admin console (GET /api/v1/plans/vocabulary). */
export function planVocabulary() {
  return {
    planStatuses: PLAN_STATUSES.map((value) => ({ value, label: PLAN_STATUS_LABELS[value] })),
    taskStatuses: [...TASK_STATUSES.map((value) => ({ value, label: TASK_STATUS_LABELS[value] })), { value: 'overdue', label: OVERDUE_LABEL }],
    unitRoles: UNIT_ROLES.map((value) => ({ value, label: UNIT_ROLE_LABELS[value] })),
    eventTypes: EVENT_TYPES.map((value) => ({ value, label: EVENT_LABELS[value] })),
    deadlineKinds: DEADLINE_KINDS.map((value) => ({ value, label: DEADLINE_KIND_LABELS[value] })),
    evidenceKinds: EVIDENCE_KINDS.map((value) => ({ value, label: EVIDENCE_KIND_LABELS[value] })),
  };
}
