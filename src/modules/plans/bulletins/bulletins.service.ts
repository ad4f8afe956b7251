import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../../../platform/audit/index.js';
import { type Principal, hasRole } from '../../../platform/auth/index.js';
import { ConflictError, NotFoundError } from '../../../platform/errors/index.js';
import { type Clock, shanghaiDate, shanghaiIso } from '../../../platform/time/index.js';
import type { OrgRow, OrgService } from '../../orgs/index.js';
import { BulletinExists, BulletinNotFound, BulletinNothingToReport, BulletinPublished, BulletinQuarterNotStarted, BulletinVersionConflict } from './bulletins.errors.js';
import { assertBulletinReader, assertBulletinWriter } from './bulletins.policy.js';
import { type BulletinRow, bulletinsRepository as repo } from './bulletins.repository.js';
import type { GenerateBulletinInput, ListBulletinsQuery, UpdateBulletinInput } from './bulletins.schemas.js';
import { type BulletinFigures, computeFigures, quarterBounds } from './figures.js';
import { renderBulletinDocx } from './render/bulletin-docx.js';
import { bulletinUrl } from './urls.js';
import { chineseDate, defaultClosing, defaultIntro, defaultTitle, quarterName } from './render/bulletin-text.js';

/** Position of each organisation in the tree read top-down (siblings by sort order): the order of the unit tables. */
function treeOrder(all: OrgRow[]): Map<number, number> {
  const children = new Map<number | null, OrgRow[]>();
  for (const o of all) children.set(o.parent_id, [...(children.get(o.parent_id) ?? []), o]);
  const out = new Map<number, number>();
  const walk = (parent: number | null) => {
    for (const o of (children.get(parent) ?? []).sort((a, b) => a.sort_order - b.sort_order || a.id - b.id)) {
      out.set(o.id, out.size);
      walk(o.id);
    }
  };
  walk(null);
  return out;
}

export interface BulletinDeps {
  db: Kysely<any>;
  audit: AuditLog;
  clock: Clock;
  orgs: OrgService;
}

const STATUS_LABELS: Record<string, string> = { draft: '草稿', published: '已发布' };

/**
 * 季通报: generated from the ledger as of the quarter's last day (or today, while the quarter runs), its
 * figures frozen in the row; the office edits the texts, regenerates the figures while it is a draft,
 * publishes it (final); DOCX in 公文 layout; the portal shows the published ones. Every change is audited
 * in its transaction.
 */
export function createBulletinUseCases(deps: BulletinDeps) {
  const { db, audit, clock, orgs } = deps;
  const today = () => shanghaiDate(clock.now());
  // DOCX of published bulletins never change (keyed by id and version): a few dozen kept.
  const files = new Map<string, Promise<Buffer>>();

  async function ownerOf(conn: Kysely<any>, orgId: number): Promise<{ owner: OrgRow; all: OrgRow[] }> {
    const all = await orgs.listAllRows(conn);
    return { owner: all.find((o) => o.id === orgId)!, all };
  }

  /** The figures of an organisation's plans (or one of them) for a quarter, as of its end (or today while it runs). */
  async function figuresFor(conn: Kysely<any>, owner: OrgRow, all: OrgRow[], q: { year: number; quarter: number; planId: number | null }): Promise<BulletinFigures> {
    const { start, end } = quarterBounds(q.year, q.quarter);
    const now = today();
    if (start > now) throw new BulletinQuarterNotStarted(`${q.year}年${quarterName(q.quarter)}尚未开始（${chineseDate(start)}起），不能生成通报`);
    const asOf = end < now ? end : now;
    if (q.planId) {
      const plan = await repo.findPlan(conn, q.planId);
      if (!plan || plan.org_id !== owner.id) throw new NotFoundError('分工方案', 'PLAN_NOT_FOUND');
      if (!plan.adopted_at) throw new ConflictError('PLAN_NOT_ADOPTED', '该方案尚未下达，没有可通报的任务', { planStatus: plan.status });
    }
    const plans = (await repo.adoptedPlans(conn, { orgId: owner.id, year: q.year, planId: q.planId ?? undefined }))
      .filter((p) => shanghaiDate(new Date(p.adopted_at!)) <= asOf);
    if (plans.length === 0) {
      throw new BulletinNothingToReport(q.planId
        ? `该方案在${chineseDate(asOf)}之后才下达，${q.year}年${quarterName(q.quarter)}没有可通报的任务`
        : `${owner.name}没有在${chineseDate(asOf)}前下达的${q.year}年度分工方案，没有可通报的任务`);
    }
    const tasks = await repo.tasks(conn, plans.map((p) => p.id));
    const ids = tasks.map((t) => t.id);
    const [units, events] = await Promise.all([repo.units(conn, ids), repo.events(conn, ids)]);
    const order = treeOrder(all);
    return computeFigures({
      asOf, year: q.year, quarter: q.quarter,
      org: { id: owner.id, code: owner.code, name: owner.name },
      plans: plans.map((p) => ({ id: p.id, title: p.title, docNumber: p.doc_number })),
      tasks: tasks.map((t) => ({ id: t.id, planId: t.plan_id, seq: t.seq, pathLabel: t.path_label, heading: t.heading, text: t.text, deadlineRaw: t.deadline_raw, dueOn: t.due_on, closedOn: t.closed_on })),
      events: events.map((e) => ({ taskId: e.task_id, type: e.type, onDate: e.on_date, percent: e.percent, data: e.data })),
      units: units.map((u) => ({ taskId: u.task_id, role: u.role, orgId: u.org_id, name: u.name })),
      orgs: new Map(all.map((o) => [o.id, { code: o.code, name: o.name, order: order.get(o.id) ?? Number.MAX_SAFE_INTEGER }])),
    });
  }

  function present(row: BulletinRow, owner: OrgRow, opts: { figures?: boolean } = {}) {
    const figures = JSON.parse(row.figures) as BulletinFigures;
    return {
      id: row.id,
      org: { code: owner.code, name: owner.name },
      plan: row.plan_id ? { id: row.plan_id, title: figures.plans.find((p) => p.id === row.plan_id)?.title ?? '' } : null,
      year: row.year,
      quarter: row.quarter,
      quarterLabel: `${row.year}年${quarterName(row.quarter)}`,
      title: row.title,
      number: row.number,
      issuer: row.issuer,
      intro: row.body_intro,
      closing: row.body_closing,
      asOf: row.as_of,
      status: row.status,
      statusLabel: STATUS_LABELS[row.status] ?? row.status,
      generatedAt: shanghaiIso(row.generated_at),
      publishedAt: row.published_at ? shanghaiIso(row.published_at) : null,
      version: row.version,
      totals: figures.totals,
      ...(opts.figures ? { figures } : {}),
      docxUrl: `/api/v1/plan-bulletins/${row.id}.docx`,
      portalUrl: row.status === 'published' ? bulletinUrl(row.id) : null,
    };
  }

  /** The row, its organisation, and the caller's right to see it. */
  async function load(p: Principal, id: number, conn: Kysely<any> = db) {
    const row = await repo.find(conn, id);
    if (!row) throw new BulletinNotFound();
    const { owner, all } = await ownerOf(conn, row.org_id);
    assertBulletinReader(p, owner.path);
    return { row, owner, all };
  }

  async function loadForWrite(p: Principal, trx: Kysely<any>, id: number, version: number, what: string) {
    const r = await load(p, id, trx);
    assertBulletinWriter(p, r.owner.path);
    if (r.row.status === 'published') throw new BulletinPublished(what);
    if (r.row.version !== version) throw new BulletinVersionConflict(r.row.version);
    return r;
  }

  async function docxOf(row: BulletinRow): Promise<Buffer> {
    const render = () => renderBulletinDocx({
      title: row.title, number: row.number, issuer: row.issuer, intro: row.body_intro, closing: row.body_closing,
      figures: JSON.parse(row.figures) as BulletinFigures, date: row.published_at ? shanghaiDate(new Date(row.published_at)) : today(),
    });
    if (row.status !== 'published') return render();
    const key = `${row.id}/${row.version}`;
    let f = files.get(key);
    if (!f) {
      f = render();
      f.catch(() => files.delete(key));
      files.set(key, f);
      if (files.size > 48) files.delete(files.keys().next().value!);
    }
    return f;
  }

  async function get(p: Principal, id: number) {
    const { row, owner } = await load(p, id);
    return present(row, owner, { figures: true });
  }

  const fileName = (row: BulletinRow) => `${row.title}${row.status === 'published' ? '' : '（草稿）'}.docx`;

  return {
    /** 生成: a draft with the figures as of the quarter's end; the default title and texts the office then edits. */
    async generate(p: Principal, actor: AuditActor, input: GenerateBulletinInput) {
      const id = await db.transaction().execute(async (trx) => {
        const all = await orgs.listAllRows(trx);
        const owner = all.find((o) => o.code === input.orgCode);
        if (!owner) throw new NotFoundError('组织机构', 'ORG_NOT_FOUND');
        assertBulletinWriter(p, owner.path);
        const scopeKey = input.planId ? `plan:${input.planId}` : 'all';
        const existing = await repo.findByScope(trx, { orgId: owner.id, year: input.year, quarter: input.quarter, scopeKey });
        if (existing) throw new BulletinExists(existing.id, existing.status);
        const figures = await figuresFor(trx, owner, all, { year: input.year, quarter: input.quarter, planId: input.planId ?? null });
        const now = clock.now().toISOString();
        const title = defaultTitle(owner.name, input.year, input.quarter);
        const insert = repo.insert(trx, {
          org_id: owner.id, plan_id: input.planId ?? null, scope_key: scopeKey, year: input.year, quarter: input.quarter,
          title, number: input.number || null, issuer: owner.name, body_intro: defaultIntro(figures), body_closing: defaultClosing(figures),
          figures: JSON.stringify(figures), as_of: figures.asOf, generated_at: now, status: 'draft', published_at: null, published_by: null,
          created_by: actor.userId, updated_by: actor.userId, created_at: now, updated_at: now,
        });
        const id = await insert.catch((err: unknown) => {
          // PostgreSQL: the same quarter and scope generated meanwhile by someone else (SQLite serialises writes).
          const code = (err as { code?: unknown })?.code;
          if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE') throw new BulletinExists(0, 'draft');
          throw err;
        });
        await audit.record(trx, actor, {
          action: 'plan_bulletin.generate', entityType: 'plan_bulletin', entityId: id, orgId: owner.id,
          summary: `生成季度通报“${title}”（截至${chineseDate(figures.asOf)}，任务${figures.totals.tasks}项，逾期${figures.totals.overdue}项）`,
          after: { year: input.year, quarter: input.quarter, planId: input.planId ?? null, asOf: figures.asOf, totals: figures.totals },
        });
        return id;
      });
      return get(p, id);
    },

    /** Bulletins of the organisations in the caller's scope (narrowed by org, year, status, plan). */
    async list(p: Principal, q: ListBulletinsQuery) {
      const all = await orgs.listAllRows();
      const byId = new Map(all.map((o) => [o.id, o]));
      let orgIds: number[] | null = hasRole(p, 'sysadmin') ? null : all.filter((o) => o.path.startsWith(p.orgPath)).map((o) => o.id);
      if (q.org) {
        const org = all.find((o) => o.code === q.org);
        if (!org) throw new NotFoundError('组织机构', 'ORG_NOT_FOUND');
        orgIds = orgIds === null || orgIds.includes(org.id) ? [org.id] : [];
      }
      const rows = await repo.list(db, { orgIds, year: q.year, status: q.status, planId: q.plan });
      return {
        items: rows.map((r) => {
          const o = byId.get(r.org_id)!;
          return {
            id: r.id, org: { code: o.code, name: o.name }, planId: r.plan_id, year: r.year, quarter: r.quarter, quarterLabel: `${r.year}年${quarterName(r.quarter)}`,
            title: r.title, number: r.number, asOf: r.as_of, status: r.status, statusLabel: STATUS_LABELS[r.status] ?? r.status,
            generatedAt: shanghaiIso(r.generated_at), publishedAt: r.published_at ? shanghaiIso(r.published_at) : null, version: r.version,
          };
        }),
      };
    },

    get,

    /** 修改: title, 文号, issuer, intro and closing of a draft (optimistic `version`). */
    async update(p: Principal, actor: AuditActor, id: number, input: UpdateBulletinInput) {
      await db.transaction().execute(async (trx) => {
        const { row, owner } = await loadForWrite(p, trx, id, input.version, '修改');
        const set: Partial<BulletinRow> = {};
        if (input.title !== undefined) set.title = input.title;
        if (input.number !== undefined) set.number = input.number || null;
        if (input.issuer !== undefined) set.issuer = input.issuer;
        if (input.intro !== undefined) set.body_intro = input.intro;
        if (input.closing !== undefined) set.body_closing = input.closing;
        const now = clock.now().toISOString();
        if (!(await repo.update(trx, id, row.version, { ...set, updated_by: actor.userId, updated_at: now }))) throw new BulletinVersionConflict(row.version + 1);
        const labels: Record<string, string> = { title: '标题', number: '文号', issuer: '发文机关', body_intro: '导语', body_closing: '结束语' };
        const changed = Object.keys(set).filter((k) => set[k as keyof BulletinRow] !== row[k as keyof BulletinRow]);
        await audit.record(trx, actor, {
          action: 'plan_bulletin.update', entityType: 'plan_bulletin', entityId: id, orgId: owner.id,
          summary: `修改季度通报“${row.title}”：${changed.map((k) => labels[k]).join('、') || '无变化'}`,
          before: Object.fromEntries(changed.map((k) => [k, row[k as keyof BulletinRow]])), after: Object.fromEntries(changed.map((k) => [k, set[k as keyof BulletinRow]])),
        });
      });
      return get(p, id);
    },

    /** 重新生成数据: recompute the figures of a draft (the texts the office wrote stay). */
    async regenerate(p: Principal, actor: AuditActor, id: number, version: number) {
      await db.transaction().execute(async (trx) => {
        const { row, owner, all } = await loadForWrite(p, trx, id, version, '重新生成');
        const before = JSON.parse(row.figures) as BulletinFigures;
        const figures = await figuresFor(trx, owner, all, { year: row.year, quarter: row.quarter, planId: row.plan_id });
        const now = clock.now().toISOString();
        if (!(await repo.update(trx, id, row.version, { figures: JSON.stringify(figures), as_of: figures.asOf, generated_at: now, updated_by: actor.userId, updated_at: now }))) {
          throw new BulletinVersionConflict(row.version + 1);
        }
        await audit.record(trx, actor, {
          action: 'plan_bulletin.regenerate', entityType: 'plan_bulletin', entityId: id, orgId: owner.id,
          summary: `重新生成季度通报“${row.title}”的数据（截至${chineseDate(figures.asOf)}，任务${figures.totals.tasks}项，逾期${figures.totals.overdue}项）`,
          before: { asOf: before.asOf, totals: before.totals }, after: { asOf: figures.asOf, totals: figures.totals },
        });
      });
      return get(p, id);
    },

    /** 发布: final; the bulletin appears on the portal with its DOCX. */
    async publish(p: Principal, actor: AuditActor, id: number, version: number) {
      await db.transaction().execute(async (trx) => {
        const { row, owner } = await loadForWrite(p, trx, id, version, '发布');
        const now = clock.now().toISOString();
        if (!(await repo.update(trx, id, row.version, { status: 'published', published_at: now, published_by: actor.userId, updated_by: actor.userId, updated_at: now }))) {
          throw new BulletinVersionConflict(row.version + 1);
        }
        await audit.record(trx, actor, {
          action: 'plan_bulletin.publish', entityType: 'plan_bulletin', entityId: id, orgId: owner.id,
          summary: `发布季度通报“${row.title}”${row.number ? `（${row.number}）` : ''}`, before: { status: row.status }, after: { status: 'published', publishedAt: now },
        });
      });
      return get(p, id);
    },

    /** The Word file (a draft's is dated today and named 草稿). */
    async docx(p: Principal, id: number) {
      const { row } = await load(p, id);
      return { body: await docxOf(row), fileName: fileName(row) };
    },

    /** The portal's reads: published bulletins only. */
    public: {
      async list(q: { org?: string; year?: number } = {}) {
        const all = await orgs.listAllRows();
        const byId = new Map(all.map((o) => [o.id, o]));
        const org = q.org ? all.find((o) => o.code === q.org) : undefined;
        if (q.org && !org) return [];
        const rows = await repo.list(db, { orgIds: org ? [org.id] : null, year: q.year, status: 'published' });
        return rows.map((r) => ({
          id: r.id, org: { code: byId.get(r.org_id)!.code, name: byId.get(r.org_id)!.name }, year: r.year, quarter: r.quarter,
          title: r.title, number: r.number, asOf: r.as_of, publishedOn: shanghaiDate(new Date(r.published_at!)), url: bulletinUrl(r.id),
        }));
      },
      async get(id: number) {
        const row = await repo.find(db, id);
        if (!row || row.status !== 'published') return null;
        const { owner } = await ownerOf(db, row.org_id);
        return { ...present(row, owner, { figures: true }), figures: JSON.parse(row.figures) as BulletinFigures, publishedOn: shanghaiDate(new Date(row.published_at!)) };
      },
      async docx(id: number) {
        const row = await repo.find(db, id);
        if (!row || row.status !== 'published') return null;
        return { body: await docxOf(row), fileName: fileName(row) };
      },
    },
  };
}

export type BulletinUseCases = ReturnType<typeof createBulletinUseCases>;
