import { type Principal, inScope } from '../../platform/auth/index.js';
import { NotFoundError } from '../../platform/errors/index.js';
import { detectFileType, extractText } from '../../platform/files/index.js';
import type { PlanContext } from './plan-context.js';
import type { ParsedPlan } from './plan-types.js';
import { parsePlan } from './parser/index.js';
import { assertOwnerOffice } from './plans.policy.js';
import { PlanSourceTooLong, PlanSourceTypeRefused } from './plans.errors.js';
import { MAX_SOURCE_CHARS } from './plans.schemas.js';
import type { UnitResolution } from './unit-resolution.js';

/** The year a plan is for: its 文号 (〔2021〕), else its title (2021年…), else this year. */
export function suggestYear(plan: ParsedPlan, today: string): number {
  const y = /〔(\d{4})〕|\[(\d{4})\]/.exec(plan.docNumber ?? '') ?? /(\d{4})年/.exec(plan.title ?? '');
  const n = y ? Number(y[1] ?? y[2]) : NaN;
  return n >= 2000 && n <= 2100 ? n : Number(today.slice(0, 4));
}

/**
 * 导入预览: the plan's text (pasted, or a .txt/.docx upload) through the parser, and every unit name it
 * contains resolved against the organisation tree of the owning organisation's government — what the
 * office checks and corrects before saving a draft. Nothing is stored.
 */
export function createParseUseCases(ctx: PlanContext) {
  return {
    async preview(p: Principal, input: { text?: string; file?: { filename: string; data: Buffer }; orgCode?: string }) {
      const all = await ctx.allOrgs();
      const owner = all.find((o) => o.code === (input.orgCode ?? p.orgCode));
      if (!owner || !inScope(p, owner.path)) throw new NotFoundError('组织机构', 'ORG_NOT_FOUND');
      assertOwnerOffice(p, owner.path, '导入分工方案');
      let text = input.text ?? '';
      if (input.file) {
        const kind = detectFileType(input.file.data, input.file.filename);
        if (kind.type !== 'text' && kind.type !== 'docx') throw new PlanSourceTypeRefused();
        text = (await extractText(input.file.data, kind.type)).text;
      }
      if (text.length > MAX_SOURCE_CHARS) throw new PlanSourceTooLong(MAX_SOURCE_CHARS);
      const plan: ParsedPlan = parsePlan(text);
      const resolver = ctx.resolverFor(all, owner);
      const tally = new Map<string, { tasks: number; roles: Set<string> }>();
      for (const t of plan.tasks) {
        for (const role of ['lead', 'responsible', 'cooperating'] as const) {
          for (const name of t[role]) {
            const e = tally.get(name) ?? { tasks: 0, roles: new Set<string>() };
            e.tasks += 1;
            e.roles.add(role);
            tally.set(name, e);
          }
        }
      }
      const units: (UnitResolution & { tasks: number; roles: string[] })[] = resolver.resolveAll([...tally.keys()]).map((u) => ({
        ...u, tasks: tally.get(u.name)!.tasks, roles: [...tally.get(u.name)!.roles],
      }));
      return {
        plan, units,
        org: { code: owner.code, name: owner.name },
        government: { code: resolver.government.code, name: resolver.government.name },
        year: suggestYear(plan, ctx.today()),
        text,
      };
    },
  };
}

export type ParseUseCases = ReturnType<typeof createParseUseCases>;
