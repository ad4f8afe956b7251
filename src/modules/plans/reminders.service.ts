import { type AuditActor, SYSTEM_ACTOR } from '../../platform/audit/index.js';
import { workdaysBetween } from '../../platform/calendar/index.js';
import type { Job } from '../../platform/jobs/index.js';
import type { PlanContext } from './plan-context.js';
import { plansRepository as repo } from './plans.repository.js';
import { statusLabel } from './presenter.js';

/** pino-compatible. */
export interface ReminderLogger {
  warn(obj: object, msg: string): void;
}

export interface ReminderSummary {
  dueSoon: number;
  overdue: number;
  mails: number;
}

/** The admin console's page of a task (the link in reminder mails). */
export const taskLink = (id: number) => `/admin/plans/tasks/${id}`;

/**
 * 到期提醒: open tasks of adopted plans (未启动, 推进中; not those awaiting acceptance) due within N working
 * days get one mail per staff member with an address in each 牵头/责任 unit, once (a 'reminded' event
 * with `{ kind: 'dueSoon', dueOn }`); once overdue, one more (`kind: 'overdue'`). A changed due date arms
 * both again. The mails go through the outbox in the event's transaction, so a crash sends none twice.
 */
export function createReminderUseCases(ctx: PlanContext) {
  const { db, deps } = ctx;
  const actor: AuditActor = { ...SYSTEM_ACTOR, name: '系统（任务到期提醒）' };

  function workdaysLeft(today: string, dueOn: string): number | null {
    try {
      return workdaysBetween(deps.calendar.current(), today, dueOn);
    } catch {
      return null;
    }
  }

  return {
    async run(log?: ReminderLogger): Promise<ReminderSummary> {
      const today = ctx.today();
      const soonBy = ctx.soonBy(today);
      const candidates = await repo.reminderCandidates(db, soonBy);
      const sent = await repo.remindedKeys(db, candidates.map((c) => c.id));
      const all = await ctx.allOrgs();
      const orgs = ctx.orgById(all);
      const summary: ReminderSummary = { dueSoon: 0, overdue: 0, mails: 0 };
      for (const task of candidates) {
        const dueOn = task.due_on!;
        const kind = dueOn < today ? 'overdue' : 'dueSoon';
        if (sent.has(`${task.id}:${kind}:${dueOn}`)) continue;
        try {
          const mails = await db.transaction().execute(async (trx) => {
            // Another runner may have sent it meanwhile: look again inside the transaction.
            if ((await repo.remindedKeys(trx, [task.id])).has(`${task.id}:${kind}:${dueOn}`)) return -1;
            const units = (await repo.units(trx, [task.id])).filter((u) => (u.role === 'lead' || u.role === 'responsible') && u.org_id !== null);
            const boxes = await repo.mailboxes(trx, [...new Set(units.map((u) => u.org_id!))]);
            const owner = orgs.get(task.plan_org_id);
            const left = kind === 'dueSoon' ? workdaysLeft(today, dueOn) : null;
            const what = `${task.path_label}${task.heading ? ` ${task.heading}` : ''}`;
            const seen = new Set<string>();
            for (const b of boxes) {
              if (seen.has(b.email.toLowerCase()) || !deps.mail) continue;
              seen.add(b.email.toLowerCase());
              const unit = orgs.get(b.org_id)?.name ?? '';
              const head = kind === 'dueSoon'
                ? `您单位（${unit}）承担的“${task.plan_title}”任务将于${dueOn}到期${left !== null ? `（还剩${left}个工作日）` : ''}，请抓紧推进，按时完成并在平台报送进展、申请验收。`
                : `您单位（${unit}）承担的“${task.plan_title}”任务已于${dueOn}到期，目前尚未完成，已列入逾期任务。请尽快推进，并在平台报送进展、说明逾期原因。`;
              await deps.mail.enqueue(trx, {
                to: b.email, related: { type: 'plan_task', id: task.id },
                subject: `${kind === 'dueSoon' ? '【任务到期提醒】' : '【任务逾期提醒】'}${what}（${kind === 'dueSoon' ? `${dueOn}到期` : `已于${dueOn}到期`}）`,
                text: [
                  `${b.display_name}：`, '', head, '',
                  `方案：${task.plan_title}`, `任务：${what}`, `内容：${task.text.length > 500 ? `${task.text.slice(0, 500)}…` : task.text}`,
                  `完成时限：${task.deadline_raw ?? dueOn}（到期日 ${dueOn}）`, `当前状态：${statusLabel(task, today)}（${task.percent}%）`, '',
                  `办理：${taskLink(task.id)}`, '', owner?.name ?? '',
                ].join('\n'),
              });
            }
            const now = deps.clock.now().toISOString();
            await repo.addEvent(trx, {
              task_id: task.id, type: 'reminded', org_id: null, text: `${kind === 'dueSoon' ? '到期提醒' : '逾期提醒'}：已发邮件${seen.size}封`, percent: null,
              data: JSON.stringify({ kind, dueOn, recipients: seen.size }), actor_id: null, actor_name: actor.name, on_date: today, at: now,
            });
            await deps.audit.record(trx, actor, {
              action: 'plan_task.remind', entityType: 'plan_task', entityId: task.id, orgId: task.plan_org_id,
              summary: `${kind === 'dueSoon' ? '到期' : '逾期'}提醒：任务“${what}”（${dueOn}到期），邮件${seen.size}封`, after: { kind, dueOn, recipients: seen.size },
            });
            return seen.size;
          });
          if (mails < 0) continue;
          summary[kind] += 1;
          summary.mails += mails;
        } catch (err) {
          // One task's problem must not stop the others.
          log?.warn({ err, taskId: task.id }, 'could not remind a plan task');
        }
      }
      return summary;
    },
  };
}

export type ReminderUseCases = ReturnType<typeof createReminderUseCases>;

/** The hourly job (server.ts): reminders before and after deadlines. */
export function planReminderJob(plans: { reminders: { run(log?: ReminderLogger): Promise<ReminderSummary> } }, log?: ReminderLogger, everyMs = 60 * 60_000): Job {
  return { name: 'plan-reminders', everyMs, run: () => plans.reminders.run(log) };
}
