import { type PlanDeps, createPlanContext } from './plan-context.js';
import { createPlanUseCases } from './drafts.service.js';
import { createLedgerUseCases } from './ledger.service.js';
import { createParseUseCases } from './parse.service.js';
import { createProgressUseCases } from './progress.service.js';
import { createReminderUseCases } from './reminders.service.js';

/**
 * 分工方案与台账: the import preview (parser + unit resolution), plans from draft to adoption, the ledger
 * views and export, the units' progress and the office's acceptance, and reminders before deadlines.
 */
export function createPlanService(deps: PlanDeps) {
  const ctx = createPlanContext(deps);
  return {
    ctx,
    parse: createParseUseCases(ctx),
    plans: createPlanUseCases(ctx),
    ledger: createLedgerUseCases(ctx),
    progress: createProgressUseCases(ctx),
    reminders: createReminderUseCases(ctx),
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
export type { PlanDeps };
