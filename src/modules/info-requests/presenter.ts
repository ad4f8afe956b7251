import type { ClockStatus } from './clock/index.js';
import type { RequestEventRow } from './info-requests.repository.js';
import { EVENT_LABELS } from './request-context.js';

export const STATUS_LABELS: Record<ClockStatus, string> = {
  awaiting_confirmation: '待确认受理',
  in_progress: '办理中',
  awaiting_correction: '待补正',
  consulting: '征求意见中',
  awaiting_payment: '待缴费',
  closed: '已办结',
};

/** What the applicant may see of the log: steps and dates, never staff notes or names. */
export function publicTimeline(events: readonly RequestEventRow[]): { on: string; label: string; detail?: string }[] {
  const shown = new Set(['submitted', 'received', 'correction_requested', 'corrected', 'consultation_started', 'consultation_ended', 'extended', 'fee_notified', 'fee_paid', 'closed', 'delivered']);
  return events.filter((e) => shown.has(e.type)).map((e) => {
    const data = JSON.parse(e.data) as Record<string, unknown>;
    const detail = e.type === 'correction_requested' && Array.isArray(data.items) ? `需补正：${(data.items as string[]).join('；')}（请于${String(data.correctBy)}前补正）`
      : e.type === 'extended' ? `延长${String(data.workdays)}个工作日` : undefined;
    return { on: e.on_date, label: EVENT_LABELS[e.type] ?? e.type, ...(detail ? { detail } : {}) };
  });
}
