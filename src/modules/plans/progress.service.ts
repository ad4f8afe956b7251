import type { Kysely } from 'kysely';
import type { AuditActor } from '../../platform/audit/index.js';
import { type Principal, inScope } from '../../platform/auth/index.js';
import { AppError, ForbiddenError, ValidationError } from '../../platform/errors/index.js';
import { ALLOWED_TYPES, detectFileType, unsupportedAttachmentError } from '../../platform/files/index.js';
import { shanghaiDate } from '../../platform/time/index.js';
import type { OrgRow } from '../orgs/index.js';
import { documentUrl } from '../publications/index.js';
import { dueOnFor } from './deadlines.js';
import { type PlanContext, type UnitDraft, dedupeUnits } from './plan-context.js';
import type { ParsedDeadline } from './plan-types.js';
import { assertCanReport, assertOwnerOffice } from './plans.policy.js';
import { EvidenceInvalid, PlanStateConflict, PlanTaskStateConflict, PlanTaskVersionConflict } from './plans.errors.js';
import { type PlanRow, type TaskRow, type UnitRow, plansRepository as repo } from './plans.repository.js';
import type { EvidenceInput, PatchTaskInput, ProgressInput, SubmitInput, UnitAssignmentInput } from './plans.schemas.js';
import type { EvidenceItem } from './presenter.js';
import { TASK_STATUS_LABELS, type TaskStatus, UNIT_ROLES } from './vocabulary.js';

type Loaded = Awaited<ReturnType<PlanContext['taskFor']>>;

/** Cleans a client-given file name: no path, no control characters, bounded length. */
function safeName(name: string): string {
  const base = [...name.replace(/^.*[\\/]/, '')].filter((ch) => ch.charCodeAt(0) > 0x1f && ch.charCodeAt(0) !== 0x7f && !'<>:"|?*'.includes(ch)).join('').trim();
  return (base || '佐证材料').slice(0, 200);
}

/**
 * The units' side and the office's side of a task: 报送进展 with 佐证材料, 完成申请验收, 验收销号, 退回重新整改,
 * and the office's edits (deadline, due date, units). Each step is one transaction: the task row
 * (optimistic `version`), its event and the audit entry.
 */
export function createProgressUseCases(ctx: PlanContext) {
  const { db, deps } = ctx;

  /** Loads the task in the transaction and checks the plan is adopted and the version (when given). */
  async function load(p: Principal, trx: Kysely<any>, id: number, version?: number): Promise<Loaded> {
    const r = await ctx.taskFor(p, id, trx);
    if (r.plan.status !== 'adopted') {
      throw new PlanStateConflict('PLAN_NOT_ADOPTED', r.plan.status === 'draft' ? '方案尚未下达，任务还不能办理' : '方案已归档，任务不能再办理', r.plan.status);
    }
    if (version !== undefined && r.task.version !== version) throw new PlanTaskVersionConflict(r.task.version);
    return r;
  }

  /** The unit a report is made for: named (assigned, in the caller's scope), else the caller's own, else one it supervises. */
  function reportingOrg(p: Principal, r: Loaded, code?: string): OrgRow {
    const orgs = ctx.orgById(r.all);
    const assigned = r.units.filter((u) => u.org_id !== null).map((u) => orgs.get(u.org_id!)!).filter(Boolean);
    const office = inScope(p, r.owner.path);
    if (code) {
      const org = assigned.find((o) => o.code === code);
      if (!org || !(office || inScope(p, org.path))) throw new ValidationError(`${code}不是该任务的责任单位，或不在您的管辖范围内`, [{ path: 'body.orgCode', message: '不是该任务的责任单位' }]);
      return org;
    }
    const own = assigned.find((o) => o.id === p.orgId) ?? assigned.find((o) => inScope(p, o.path));
    if (own) return own;
    if (office) return r.all.find((o) => o.id === p.orgId) ?? r.owner;
    throw new ForbiddenError('您所在单位不是该任务的牵头、责任或配合单位，不能报送进展');
  }

  function assertReporter(p: Principal, r: Loaded): void {
    assertCanReport(p);
    const orgs = ctx.orgById(r.all);
    const assigned = r.units.some((u) => u.org_id !== null && orgs.has(u.org_id) && inScope(p, orgs.get(u.org_id)!.path));
    if (!assigned && !inScope(p, r.owner.path)) throw new ForbiddenError('您所在单位不是该任务的牵头、责任或配合单位，不能报送进展');
  }

  /** A report is taken while the task is open and not waiting for acceptance. */
  function assertReportable(task: TaskRow, what: string): void {
    if (task.status === 'closed') throw new PlanTaskStateConflict('PLAN_TASK_CLOSED', `该任务已销号，不能再${what}`, task.status);
    if (task.status === 'submitted') throw new PlanTaskStateConflict('PLAN_TASK_SUBMITTED', `该任务已完成并申请验收，等待验收；如需${what}，请政务公开办先退回`, task.status);
  }

  /** Evidence as stored: documents must be public (title and link from the document), links http(s), files uploaded. */
  async function checkEvidence(items: EvidenceInput[]): Promise<EvidenceItem[]> {
    const out: EvidenceItem[] = [];
    for (const [i, e] of items.entries()) {
      const path = `body.evidence.${i}`;
      if (e.kind === 'document') {
        let doc: { id: number; title: string; status: string };
        try {
          doc = await deps.documents.document(e.documentId);
        } catch (err) {
          if (err instanceof AppError && err.status === 404) throw new EvidenceInvalid(`编号为${e.documentId}的政府信息不存在或尚未公开，只能引用已公开的政府信息`, path);
          throw err;
        }
        if (doc.status !== 'published') throw new EvidenceInvalid(`“${doc.title}”已撤回，不能作为佐证材料`, path);
        out.push({ kind: 'document', documentId: doc.id, title: doc.title, url: documentUrl(doc.id) });
      } else if (e.kind === 'url') {
        let url: URL;
        try {
          url = new URL(e.url);
        } catch {
          throw new EvidenceInvalid(`“${e.url.slice(0, 100)}”不是有效的网址`, path);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new EvidenceInvalid('链接只能是 http:// 或 https:// 开头的网址', path);
        out.push({ kind: 'url', url: url.href, title: e.title || null });
      } else {
        if (!(await deps.files.exists(e.fileKey))) throw new EvidenceInvalid(`文件“${e.name}”未上传或已失效，请重新上传`, path);
        const size = (await deps.files.read(e.fileKey)).length;
        out.push({ kind: 'file', fileKey: e.fileKey, name: safeName(e.name), size });
      }
    }
    return out;
  }

  async function record(trx: Kysely<any>, actor: AuditActor, r: Loaded, e: {
    type: string; action: string; summary: string; set: Partial<TaskRow>; org?: OrgRow | null; text?: string | null; percent?: number | null;
    evidence?: EvidenceItem[]; data?: Record<string, unknown>;
  }) {
    const now = deps.clock.now().toISOString();
    const { task } = r;
    if (!(await repo.updateTask(trx, task.id, task.version, { ...e.set, updated_at: now }))) throw new PlanTaskVersionConflict(task.version + 1);
    await repo.addEvent(trx, {
      task_id: task.id, type: e.type, org_id: e.org?.id ?? null, text: e.text ?? null, percent: e.percent ?? null,
      evidence: JSON.stringify(e.evidence ?? []), data: JSON.stringify(e.data ?? {}), actor_id: actor.userId, actor_name: actor.name, on_date: ctx.today(), at: now,
    });
    await deps.audit.record(trx, actor, {
      action: e.action, entityType: 'plan_task', entityId: task.id, orgId: r.owner.id, summary: e.summary,
      before: { status: task.status, percent: task.percent, due_on: task.due_on }, after: { ...e.set, evidence: e.evidence?.length ?? 0 },
    });
  }

  const label = (t: TaskRow) => `“${t.path_label} ${t.heading ?? t.text.slice(0, 30)}”`;

  return {
    /** 报送进展: text, percent and evidence; the task is 推进中 from then on. */
    async progress(p: Principal, actor: AuditActor, id: number, input: ProgressInput) {
      const evidence = await checkEvidence(input.evidence);
      await db.transaction().execute(async (trx) => {
        const r = await load(p, trx, id, input.version);
        assertReporter(p, r);
        assertReportable(r.task, '报送进展');
        const org = reportingOrg(p, r, input.orgCode);
        await record(trx, actor, r, {
          type: 'progress', action: 'plan_task.progress', org, text: input.text, percent: input.percent, evidence,
          set: { status: 'in_progress', percent: input.percent },
          summary: `${org.name}报送任务${label(r.task)}进展（${input.percent}%${evidence.length ? `，佐证材料${evidence.length}项` : ''}）`,
        });
      });
      return id;
    },

    /** 完成，申请验收: the unit says the task is done (100%); the office then accepts or returns it. */
    async submit(p: Principal, actor: AuditActor, id: number, input: SubmitInput) {
      const evidence = await checkEvidence(input.evidence);
      await db.transaction().execute(async (trx) => {
        const r = await load(p, trx, id, input.version);
        assertReporter(p, r);
        assertReportable(r.task, '提交验收');
        const org = reportingOrg(p, r, input.orgCode);
        await record(trx, actor, r, {
          type: 'submitted', action: 'plan_task.submit', org, text: input.text, percent: 100, evidence,
          set: { status: 'submitted', percent: 100 }, summary: `${org.name}完成任务${label(r.task)}，申请验收`,
        });
      });
      return id;
    },

    /** 验收通过并销号: only the owning office (or above), only a submitted task. */
    async accept(p: Principal, actor: AuditActor, id: number, input: { note?: string; version?: number }) {
      await db.transaction().execute(async (trx) => {
        const r = await load(p, trx, id, input.version);
        assertOwnerOffice(p, r.owner.path, '验收销号');
        if (r.task.status === 'closed') throw new PlanTaskStateConflict('PLAN_TASK_CLOSED', '该任务已销号', r.task.status);
        if (r.task.status !== 'submitted') {
          throw new PlanTaskStateConflict('PLAN_TASK_NOT_SUBMITTED', `只有验收通过的任务才能销号：该任务${TASK_STATUS_LABELS[r.task.status as TaskStatus]}，尚未完成申请验收`, r.task.status);
        }
        const today = ctx.today();
        await record(trx, actor, r, {
          type: 'accepted', action: 'plan_task.accept', org: r.owner, text: input.note || '验收通过，予以销号', percent: 100,
          set: { status: 'closed', percent: 100, closed_on: today }, summary: `验收通过并销号：任务${label(r.task)}`,
        });
      });
      return id;
    },

    /** 退回重新整改: the office sends a submitted task back with its reason; the task is 推进中 again. */
    async return(p: Principal, actor: AuditActor, id: number, input: { reason: string; version?: number }) {
      await db.transaction().execute(async (trx) => {
        const r = await load(p, trx, id, input.version);
        assertOwnerOffice(p, r.owner.path, '退回任务');
        if (r.task.status === 'closed') throw new PlanTaskStateConflict('PLAN_TASK_CLOSED', '该任务已销号，不能退回', r.task.status);
        if (r.task.status !== 'submitted') throw new PlanTaskStateConflict('PLAN_TASK_NOT_SUBMITTED', '只有已完成并申请验收的任务才能退回', r.task.status);
        const events = await repo.events(trx, r.task.id);
        const lastProgress = [...events].reverse().find((e) => e.type === 'progress');
        const percent = Math.min(lastProgress?.percent ?? 0, 99);
        await record(trx, actor, r, {
          type: 'returned', action: 'plan_task.return', org: r.owner, text: input.reason, percent,
          set: { status: 'in_progress', percent }, summary: `退回任务${label(r.task)}重新整改：${input.reason}`,
        });
      });
      return id;
    },

    /** The office edits an adopted task: deadline (due date recomputed from the adoption date unless given), due date, units. */
    async edit(p: Principal, actor: AuditActor, id: number, input: PatchTaskInput) {
      const cal = deps.calendar.current();
      await db.transaction().execute(async (trx) => {
        const r = await load(p, trx, id, input.version);
        assertOwnerOffice(p, r.owner.path, '修改任务');
        if (r.task.status === 'closed') throw new PlanTaskStateConflict('PLAN_TASK_CLOSED', '该任务已销号，不能修改', r.task.status);
        const set: Partial<TaskRow> = {};
        const changes: Record<string, unknown> = {};
        if (input.deadline !== undefined) {
          const d = input.deadline;
          Object.assign(set, { deadline_raw: d?.raw ?? null, deadline_kind: d?.kind ?? null, deadline_date: d?.date ?? null });
          set.due_on = dueOnFor(d as ParsedDeadline | null, adoptedOn(r.plan), cal);
          changes.deadline = { from: r.task.deadline_raw, to: d?.raw ?? null };
        }
        if (input.dueOn !== undefined) set.due_on = input.dueOn;
        if (set.due_on !== undefined && set.due_on !== r.task.due_on) changes.dueOn = { from: r.task.due_on, to: set.due_on };
        if (input.units) {
          const units = assignments(r, input.units);
          await repo.deleteUnits(trx, r.task.id);
          await repo.insertUnits(trx, units.map((u, k) => ({ ...u, task_id: r.task.id, sort_order: k })));
          changes.units = { from: describeUnits(r.units), to: describeUnits(units) };
        }
        await record(trx, actor, r, {
          type: 'edited', action: 'plan_task.edit', org: r.owner, text: input.note ?? null, set, data: changes,
          summary: `修改任务${label(r.task)}：${Object.keys(changes).map((k) => ({ deadline: '完成时限', dueOn: '到期日', units: '责任单位' })[k]).join('、') || '无变化'}`,
        });
      });
      return id;
    },

    /** Stores an evidence file (like an attachment) for a report to reference; refuses unknown types and oversize files. */
    async uploadEvidence(p: Principal, id: number, file: { filename: string; data: Buffer }) {
      const r = await ctx.taskFor(p, id);
      if (r.plan.status !== 'adopted') throw new PlanStateConflict('PLAN_NOT_ADOPTED', '方案尚未下达或已归档，不能上传佐证材料', r.plan.status);
      assertReporter(p, r);
      assertReportable(r.task, '上传佐证材料');
      const name = safeName(file.filename);
      const kind = detectFileType(file.data, name);
      if (!(ALLOWED_TYPES as readonly string[]).includes(kind.type)) throw unsupportedAttachmentError(file.data, name);
      if (file.data.length === 0) throw new ValidationError('文件是空的', [{ path: 'file', message: '文件是空的' }]);
      const stored = await deps.files.put(file.data);
      return { fileKey: stored.key, name, size: stored.size };
    },

    /** An evidence file of a task the caller sees (only files its log references). */
    async evidenceFile(p: Principal, id: number, fileKey: string) {
      const r = await ctx.taskFor(p, id);
      const events = await repo.events(db, r.task.id);
      const item = events.flatMap((e) => JSON.parse(e.evidence) as EvidenceItem[]).find((e): e is Extract<EvidenceItem, { kind: 'file' }> => e.kind === 'file' && e.fileKey === fileKey);
      if (!item) throw new AppError({ code: 'FILE_NOT_FOUND', status: 404, title: '未找到', detail: '佐证材料不存在或您无权查看' });
      const data = await deps.files.read(fileKey);
      return { name: item.name, mime: detectFileType(data, item.name).mime, data };
    },
  };

  /** The office's unit list: a code assigns that organisation, null keeps the name as text, nothing resolves the name. */
  function assignments(r: Loaded, input: Record<(typeof UNIT_ROLES)[number], UnitAssignmentInput[]>): UnitDraft[] {
    const resolver = ctx.resolverFor(r.all, r.owner);
    const out: UnitDraft[] = [];
    for (const role of UNIT_ROLES) {
      for (const [i, u] of input[role].entries()) {
        if (u.orgCode) {
          const org = r.all.find((o) => o.code === u.orgCode && o.status === 'active');
          if (!org) throw new ValidationError(`机构编码${u.orgCode}不存在或已停用`, [{ path: `body.units.${role}.${i}.orgCode`, message: '机构编码不存在或已停用' }]);
          out.push({ role, org_id: org.id, name: u.name, collective: null });
        } else if (u.orgCode === null) {
          out.push({ role, org_id: null, name: u.name, collective: null });
        } else {
          const res = resolver.resolve(u.name);
          if (res.match) out.push({ role, org_id: res.match.orgId, name: u.name, collective: null });
          else if (res.expandsTo.length) out.push(...res.expandsTo.map((o) => ({ role, org_id: o.orgId, name: o.name, collective: u.name })));
          else out.push({ role, org_id: null, name: u.name, collective: null });
        }
      }
    }
    return dedupeUnits(out);
  }
}

/** The adoption day (Asia/Shanghai): the start of relative deadlines ("印发后10个工作日内"). */
function adoptedOn(plan: PlanRow): string {
  return plan.adopted_at ? shanghaiDate(new Date(plan.adopted_at)) : shanghaiDate(new Date(plan.created_at));
}

function describeUnits(units: readonly (Pick<UnitRow, 'role' | 'name'>)[]): string[] {
  return units.map((u) => `${u.role}:${u.name}`);
}

export type ProgressUseCases = ReturnType<typeof createProgressUseCases>;
