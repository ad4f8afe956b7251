import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../../../platform/audit/index.js';
import type { Principal } from '../../../platform/auth/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import { type Clock, shanghaiDate, shanghaiIso } from '../../../platform/time/index.js';
import { type OnTimeCounts, requestOnTime as requestOnTimeOf } from '../../info-requests/index.js';
import type { OrgRow, OrgService } from '../../orgs/index.js';
import { AssessmentIncomplete, AssessmentIndicatorsInvalid, AssessmentPublished, AssessmentScoreInvalid, AssessmentVersionConflict } from './assessment.errors.js';
import { assertAssessmentReader, assertAssessmentWriter } from './assessment.policy.js';
import { type IndicatorRow, type ResultRow, type ScoreRow, assessmentRepository as repo } from './assessment.repository.js';
import { PARAMS_SCHEMAS, RULES, RULE_LABELS, type ReplaceIndicatorsInput, type Rule, type RuleParams, type ScoreInput } from './assessment.schemas.js';
import { type Share, round2, ranks, scoreFromShare, taskSharesByUnit } from './compute.js';
import { assessmentUrl } from './urls.js';

export interface AssessmentDeps {
  db: Kysely<any>;
  audit: AuditLog;
  clock: Clock;
  orgs: OrgService;
  /**
   * 依申请公开 closed on time per handling organisation, read on the given connection (the transaction of
   * the computation: SQLite has one connection); by default the info-requests module's `requestOnTime`.
   */
  requestOnTime?: (conn: Kysely<any>, q: { orgIds: number[]; year: number }) => Promise<OnTimeCounts[]>;
}

export interface IndicatorView {
  id: number;
  name: string;
  weight: number;
  rule: Rule;
  ruleLabel: string;
  params: RuleParams;
  description: string | null;
}

export interface ScoreView {
  indicatorId: number;
  /** Null: not scored yet (manual) or not computed yet. */
  score: number | null;
  computedValue: number | null;
  detail: Record<string, unknown>;
  note: string | null;
  scoredAt: string | null;
}

export interface UnitView {
  org: { code: string; name: string };
  scores: ScoreView[];
  total: number;
  /** Cells without a score. */
  missing: number;
  rank: number;
}

export interface AssessmentView {
  org: { code: string; name: string };
  year: number;
  status: 'draft' | 'published';
  statusLabel: string;
  version: number;
  computedAt: string | null;
  publishedAt: string | null;
  totalWeight: number;
  indicators: IndicatorView[];
  units: UnitView[];
  portalUrl: string | null;
}

const isUniqueViolation = (err: unknown) => {
  const code = (err as { code?: unknown })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

const STATUS_LABELS = { draft: '草稿', published: '已发布' } as const;
const parse = (s: string): Record<string, unknown> => { try { return JSON.parse(s) as Record<string, unknown>; } catch { return {}; } };
const sameParams = (a: string, b: RuleParams) => JSON.stringify(parse(a)) === JSON.stringify(b);

/**
 * 考核: per assessing organisation and year, the indicator table (weights, rules), the assessed units (the
 * departments and regions directly under it, and any organisation assigned in its adopted plans of the
 * year), computed scores from the ledger and the 依申请公开 statistics, manual scores with notes, totals and
 * ranks; publishing freezes the table for the portal. Every write goes through the year's result row
 * (optimistic `version`) and is audited in its transaction.
 */
export function createAssessmentUseCases(deps: AssessmentDeps) {
  const { db, audit, clock, orgs } = deps;
  const onTime = deps.requestOnTime ?? requestOnTimeOf;

  async function ownerByCode(conn: Kysely<any>, code: string): Promise<{ owner: OrgRow; all: OrgRow[] }> {
    const all = await orgs.listAllRows(conn);
    const owner = all.find((o) => o.code === code);
    if (!owner) throw new NotFoundError('组织机构', 'ORG_NOT_FOUND');
    return { owner, all };
  }

  /** Directly under the organisation (active), then anyone assigned in its plans of the year (not itself). */
  async function assessedUnits(conn: Kysely<any>, owner: OrgRow, all: OrgRow[], year: number): Promise<OrgRow[]> {
    const children = all.filter((o) => o.parent_id === owner.id && o.status === 'active');
    const have = new Set([owner.id, ...children.map((o) => o.id)]);
    const assigned = new Set(await repo.assignedOrgIds(conn, owner.id, year));
    const extra = all.filter((o) => assigned.has(o.id) && !have.has(o.id)).sort((a, b) => a.path.localeCompare(b.path));
    return [...children, ...extra];
  }

  const presentIndicator = (i: IndicatorRow): IndicatorView => ({
    id: i.id, name: i.name, weight: i.weight, rule: i.rule as Rule, ruleLabel: RULE_LABELS[i.rule as Rule] ?? i.rule, params: parse(i.params) as RuleParams, description: i.description,
  });

  /** The live table (draft), or the frozen one once published. */
  async function view(conn: Kysely<any>, owner: OrgRow, all: OrgRow[], year: number, result: ResultRow | undefined): Promise<AssessmentView> {
    if (result?.status === 'published' && result.frozen) return { ...(JSON.parse(result.frozen) as AssessmentView), version: result.version };
    const indicators = await repo.indicators(conn, owner.id, year);
    const units = await assessedUnits(conn, owner, all, year);
    const scores = await repo.scores(conn, indicators.map((i) => i.id));
    const cell = new Map(scores.map((s) => [`${s.indicator_id}:${s.org_id}`, s]));
    const rows = units.map((u) => {
      const cells: ScoreView[] = indicators.map((i) => {
        const s = cell.get(`${i.id}:${u.id}`);
        return { indicatorId: i.id, score: s?.score ?? null, computedValue: s?.computed_value ?? null, detail: s ? parse(s.detail) : {}, note: s?.note ?? null, scoredAt: s ? shanghaiIso(s.scored_at) : null };
      });
      return {
        org: { code: u.code, name: u.name }, scores: cells,
        total: round2(cells.reduce((n, c) => n + (c.score ?? 0), 0)), missing: cells.filter((c) => c.score === null).length, rank: 0,
      };
    });
    const r = ranks(rows.map((x) => x.total));
    rows.forEach((x, i) => { x.rank = r[i]!; });
    return {
      org: { code: owner.code, name: owner.name }, year, status: 'draft', statusLabel: STATUS_LABELS.draft, version: result?.version ?? 0,
      computedAt: result?.computed_at ? shanghaiIso(result.computed_at) : null, publishedAt: null,
      totalWeight: round2(indicators.reduce((n, i) => n + i.weight, 0)), indicators: indicators.map(presentIndicator), units: rows, portalUrl: null,
    };
  }

  /**
   * The year's result row for a write: created as a draft when missing; refuses a published one and a stale
   * `version`. `bump` then moves the version (the row serialises concurrent writes to the table).
   */
  async function lockResult(trx: Kysely<any>, actor: AuditActor, owner: OrgRow, year: number, version: number | undefined, what: string) {
    const now = clock.now().toISOString();
    let row = await repo.result(trx, owner.id, year);
    if (!row) {
      if (version !== undefined && version !== 0) throw new AssessmentVersionConflict(0);
      try {
        row = await repo.insertResult(trx, { org_id: owner.id, year, status: 'draft', computed_at: null, published_at: null, published_by: null, frozen: null, created_by: actor.userId, updated_by: actor.userId, created_at: now, updated_at: now });
      } catch (err) {
        // PostgreSQL: another first write of the same year committed meanwhile (SQLite serialises writes).
        if (isUniqueViolation(err)) throw new AssessmentVersionConflict(1);
        throw err;
      }
    } else {
      if (row.status === 'published') throw new AssessmentPublished(what);
      if (version !== undefined && version !== row.version) throw new AssessmentVersionConflict(row.version);
    }
    const current = row;
    return {
      row: current,
      async bump(set: Partial<ResultRow> = {}) {
        if (!(await repo.updateResult(trx, current.id, current.version, { ...set, updated_by: actor.userId, updated_at: clock.now().toISOString() }))) {
          throw new AssessmentVersionConflict(current.version + 1);
        }
      },
    };
  }

  /** Runs a write in a transaction after the scope checks, and answers with the table as it then stands. */
  async function write(p: Principal, input: { orgCode: string; year: number }, work: (trx: Kysely<any>, owner: OrgRow, all: OrgRow[]) => Promise<void>): Promise<AssessmentView> {
    await db.transaction().execute(async (trx) => {
      const { owner, all } = await ownerByCode(trx, input.orgCode);
      assertAssessmentWriter(p, owner.path);
      await work(trx, owner, all);
    });
    return table(p, { org: input.orgCode, year: input.year });
  }

  async function table(p: Principal, q: { org: string; year: number }): Promise<AssessmentView> {
    const { owner, all } = await ownerByCode(db, q.org);
    assertAssessmentReader(p, owner.path);
    return view(db, owner, all, q.year, await repo.result(db, owner.id, q.year));
  }

  /** Shares of a computed rule for every unit. */
  async function shares(conn: Kysely<any>, owner: OrgRow, all: OrgRow[], year: number, units: OrgRow[], rule: Rule, params: RuleParams): Promise<Map<number, Share & Record<string, number>>> {
    const out = new Map<number, Share & Record<string, number>>();
    if (rule === 'computed:requestOnTime') {
      const scope = params.scope ?? 'self';
      const idsOf = (u: OrgRow) => (scope === 'subtree' ? all.filter((o) => o.path.startsWith(u.path)).map((o) => o.id) : [u.id]);
      const counts = new Map((await onTime(conn, { orgIds: [...new Set(units.flatMap(idsOf))], year })).map((c) => [c.orgId, c]));
      for (const u of units) {
        const sum = { closed: 0, onTime: 0, late: 0, unknown: 0 };
        for (const id of idsOf(u)) {
          const c = counts.get(id);
          if (c) { sum.closed += c.closed; sum.onTime += c.onTime; sum.late += c.late; sum.unknown += c.unknown; }
        }
        out.set(u.id, { numerator: sum.onTime, denominator: sum.onTime + sum.late, closed: sum.closed, unknown: sum.unknown });
      }
      return out;
    }
    const facts = await repo.unitTasks(conn, { orgId: owner.id, year, planId: params.planId });
    const byUnit = taskSharesByUnit(facts.map((f) => ({ orgId: f.org_id!, taskId: f.task_id, dueOn: f.due_on, closedOn: f.closed_on })));
    for (const u of units) {
      const s = byUnit.get(u.id) ?? { tasks: 0, closed: 0, onTime: 0 };
      out.set(u.id, { numerator: rule === 'computed:taskOnTime' ? s.onTime : s.closed, denominator: s.tasks, tasks: s.tasks, closed: s.closed, onTime: s.onTime });
    }
    return out;
  }

  function checkParams(rule: Rule, params: Record<string, unknown>, path: string): RuleParams {
    const r = PARAMS_SCHEMAS[rule].safeParse(params);
    if (!r.success) throw new AssessmentIndicatorsInvalid(`“${RULE_LABELS[rule]}”的参数有误：${r.error.issues.map((i) => i.message).join('；')}`, path);
    return r.data as RuleParams;
  }

  return {
    table,

    /**
     * 设置指标: replaces the table (ids keep an indicator and its scores; no id adds one; a missing one is
     * removed with its scores). A changed rule or params clears the indicator's scores; a changed weight
     * clears computed scores (to be computed again) and manual scores above the new weight.
     */
    async replaceIndicators(p: Principal, actor: AuditActor, input: ReplaceIndicatorsInput) {
      return write(p, input, async (trx, owner) => {
        const lock = await lockResult(trx, actor, owner, input.year, input.version, '修改考核指标');
        const current = await repo.indicators(trx, owner.id, input.year);
        const byId = new Map(current.map((i) => [i.id, i]));
        const names = new Set<string>();
        const planned = input.indicators.map((ind, k) => {
          const path = `body.indicators.${k}`;
          if (ind.id !== undefined && !byId.has(ind.id)) throw new AssessmentIndicatorsInvalid(`指标编号${ind.id}不属于${owner.name}${input.year}年度的考核表`, `${path}.id`);
          if (names.has(ind.name)) throw new AssessmentIndicatorsInvalid(`指标名称“${ind.name}”重复`, `${path}.name`);
          names.add(ind.name);
          return { ...ind, params: checkParams(ind.rule, ind.params, `${path}.params`) };
        });
        const kept = new Set(planned.filter((i) => i.id !== undefined).map((i) => i.id!));
        const removed = current.filter((i) => !kept.has(i.id));
        await repo.deleteIndicators(trx, removed.map((i) => i.id));
        const now = clock.now().toISOString();
        let cleared = 0;
        for (const [k, ind] of planned.entries()) {
          const values = { name: ind.name, weight: ind.weight, rule: ind.rule, params: JSON.stringify(ind.params), description: ind.description, sort_order: k + 1, updated_at: now };
          if (ind.id === undefined) {
            await repo.insertIndicator(trx, { ...values, org_id: owner.id, year: input.year, created_at: now });
            continue;
          }
          const old = byId.get(ind.id)!;
          if (old.rule !== ind.rule || !sameParams(old.params, ind.params)) cleared += await repo.deleteScores(trx, ind.id);
          else if (old.weight !== ind.weight) cleared += await repo.deleteScores(trx, ind.id, ind.rule === 'manual' ? ind.weight : undefined);
          await repo.updateIndicator(trx, ind.id, values);
        }
        await lock.bump();
        const total = round2(planned.reduce((n, i) => n + i.weight, 0));
        await audit.record(trx, actor, {
          action: 'assessment.indicators.replace', entityType: 'assessment', entityId: lock.row.id, orgId: owner.id,
          summary: `设置${owner.name}${input.year}年度考核指标：${planned.length}项，合计${total}分${removed.length ? `（删除${removed.length}项）` : ''}${cleared ? `，清除需重新评分的得分${cleared}项` : ''}`,
          before: current.map((i) => ({ id: i.id, name: i.name, weight: i.weight, rule: i.rule, params: i.params })),
          after: planned.map((i) => ({ id: i.id ?? null, name: i.name, weight: i.weight, rule: i.rule, params: i.params })),
        });
      });
    },

    /** 计算: fills every computed indicator's score for every assessed unit from the platform's data as it is now. */
    async compute(p: Principal, actor: AuditActor, input: { orgCode: string; year: number; version?: number }) {
      return write(p, input, async (trx, owner, all) => {
        const lock = await lockResult(trx, actor, owner, input.year, input.version, '计算得分');
        const indicators = (await repo.indicators(trx, owner.id, input.year)).filter((i) => i.rule !== 'manual');
        const units = await assessedUnits(trx, owner, all, input.year);
        const now = clock.now().toISOString();
        let cells = 0;
        for (const ind of indicators) {
          const params = parse(ind.params) as RuleParams;
          const byUnit = await shares(trx, owner, all, input.year, units, ind.rule as Rule, params);
          for (const u of units) {
            const share = byUnit.get(u.id)!;
            const s = scoreFromShare(ind.weight, share, params.whenNone);
            await repo.putScore(trx, {
              indicator_id: ind.id, org_id: u.id, score: s.score, computed_value: s.value,
              detail: JSON.stringify({ ...share, ...(share.denominator === 0 ? { none: true, whenNone: params.whenNone ?? 'full' } : {}) }),
              note: null, scored_by: actor.userId, scored_at: now,
            });
            cells += 1;
          }
        }
        await lock.bump({ computed_at: now });
        await audit.record(trx, actor, {
          action: 'assessment.compute', entityType: 'assessment', entityId: lock.row.id, orgId: owner.id,
          summary: `计算${owner.name}${input.year}年度考核得分：${indicators.length}项平台计算指标，${units.length}个被考核单位，${cells}项得分`,
          after: { indicators: indicators.map((i) => i.id), units: units.map((u) => u.code), cells },
        });
      });
    },

    /** 人工评分: a manual indicator's score for one unit, 0 ≤ score ≤ weight, with a note. */
    async score(p: Principal, actor: AuditActor, input: ScoreInput) {
      return write(p, input, async (trx, owner, all) => {
        const lock = await lockResult(trx, actor, owner, input.year, input.version, '评分');
        const ind = (await repo.indicators(trx, owner.id, input.year)).find((i) => i.id === input.indicatorId);
        if (!ind) throw new AssessmentScoreInvalid(`指标编号${input.indicatorId}不属于${owner.name}${input.year}年度的考核表`, 'body.indicatorId');
        if (ind.rule !== 'manual') throw new AssessmentScoreInvalid(`“${ind.name}”由平台数据计算得分，不能人工评分`, 'body.indicatorId');
        const unit = (await assessedUnits(trx, owner, all, input.year)).find((u) => u.code === input.unitCode);
        if (!unit) throw new AssessmentScoreInvalid(`${input.unitCode}不是${owner.name}${input.year}年度的被考核单位`, 'body.unitCode');
        if (input.score > ind.weight) throw new AssessmentScoreInvalid(`得分不能超过该指标的分值：“${ind.name}”满分${ind.weight}分，填写的是${input.score}分`);
        const old = (await repo.scores(trx, [ind.id])).find((s) => s.org_id === unit.id) as ScoreRow | undefined;
        const score = round2(input.score);
        await repo.putScore(trx, { indicator_id: ind.id, org_id: unit.id, score, computed_value: null, detail: '{}', note: input.note, scored_by: actor.userId, scored_at: clock.now().toISOString() });
        await lock.bump();
        await audit.record(trx, actor, {
          action: 'assessment.score', entityType: 'assessment', entityId: lock.row.id, orgId: owner.id,
          summary: `${input.year}年度考核评分：${unit.name}“${ind.name}”${score}分（满分${ind.weight}分）${old ? `，原为${old.score}分` : ''}：${input.note}`,
          before: old ? { score: old.score, note: old.note } : null, after: { indicatorId: ind.id, unit: unit.code, score, note: input.note },
        });
      });
    },

    /** 发布: refuses an empty table or unscored cells; freezes the table as it stands and shows it on the portal. */
    async publish(p: Principal, actor: AuditActor, input: { orgCode: string; year: number; version?: number }) {
      return write(p, input, async (trx, owner, all) => {
        const lock = await lockResult(trx, actor, owner, input.year, input.version, '发布');
        const v = await view(trx, owner, all, input.year, lock.row);
        if (v.indicators.length === 0) throw new AssessmentIncomplete('考核表还没有指标，不能发布', []);
        if (v.units.length === 0) throw new AssessmentIncomplete('没有被考核单位，不能发布', []);
        const missing = v.units.flatMap((u) => u.scores.filter((s) => s.score === null).map((s) => ({ unit: u.org.name, indicator: v.indicators.find((i) => i.id === s.indicatorId)!.name })));
        if (missing.length) {
          const ruleOf = (name: string) => v.indicators.find((i) => i.name === name)!.rule;
          const hints = [
            missing.some((m) => ruleOf(m.indicator) === 'manual') ? '请完成人工评分' : '',
            missing.some((m) => ruleOf(m.indicator) !== 'manual') ? '请先计算得分' : '',
          ].filter(Boolean).join('，');
          throw new AssessmentIncomplete(`尚有${missing.length}项得分未填写或未计算（如${missing[0]!.unit}“${missing[0]!.indicator}”），${hints}`, missing.slice(0, 50));
        }
        const now = clock.now().toISOString();
        const frozen: AssessmentView = { ...v, status: 'published', statusLabel: STATUS_LABELS.published, publishedAt: shanghaiIso(now), portalUrl: assessmentUrl(owner.code, input.year) };
        await lock.bump({ status: 'published', published_at: now, published_by: actor.userId, frozen: JSON.stringify(frozen) });
        await audit.record(trx, actor, {
          action: 'assessment.publish', entityType: 'assessment', entityId: lock.row.id, orgId: owner.id,
          summary: `发布${owner.name}${input.year}年度考核结果（${v.units.length}个单位，${v.indicators.length}项指标，满分${v.totalWeight}分）`,
          before: { status: 'draft' }, after: { status: 'published', units: v.units.map((u) => ({ unit: u.org.code, total: u.total, rank: u.rank })) },
        });
      });
    },

    /** The portal's reads: published results only. */
    public: {
      async list(q: { org?: string; year?: number } = {}) {
        const all = await orgs.listAllRows();
        const org = q.org ? all.find((o) => o.code === q.org) : undefined;
        if (q.org && !org) return [];
        const byId = new Map(all.map((o) => [o.id, o]));
        return (await repo.published(db, { orgId: org?.id, year: q.year })).map((r) => ({
          org: { code: byId.get(r.org_id)!.code, name: byId.get(r.org_id)!.name }, year: r.year, publishedOn: shanghaiDate(new Date(r.published_at!)), url: assessmentUrl(byId.get(r.org_id)!.code, r.year),
        }));
      },
      async get(orgCode: string, year: number): Promise<AssessmentView | null> {
        const org = await orgs.findByCode(orgCode);
        if (!org) return null;
        const r = await repo.result(db, org.id, year);
        if (!r || r.status !== 'published' || !r.frozen) return null;
        return JSON.parse(r.frozen) as AssessmentView;
      },
    },
  };
}

export type AssessmentUseCases = ReturnType<typeof createAssessmentUseCases>;
export { RULES };
