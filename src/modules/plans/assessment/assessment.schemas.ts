import { z } from 'zod';

export const RULES = ['computed:taskOnTime', 'computed:taskCompletion', 'computed:requestOnTime', 'manual'] as const;
export type Rule = (typeof RULES)[number];
export const RULE_LABELS: Record<Rule, string> = {
  'computed:taskOnTime': '任务按期完成率（平台计算）',
  'computed:taskCompletion': '任务完成率（平台计算）',
  'computed:requestOnTime': '依申请公开按时办结率（平台计算）',
  manual: '人工评分',
};

const whenNone = z.enum(['full', 'zero'], { message: 'whenNone 应为 full（无相关事项得满分）或 zero（得0分）' });
/** The options of each rule; unknown keys are refused. */
export const PARAMS_SCHEMAS: Record<Rule, z.ZodType> = {
  'computed:taskOnTime': z.strictObject({ planId: z.number().int().positive().optional(), whenNone: whenNone.optional() }),
  'computed:taskCompletion': z.strictObject({ planId: z.number().int().positive().optional(), whenNone: whenNone.optional() }),
  'computed:requestOnTime': z.strictObject({ scope: z.enum(['self', 'subtree'], { message: 'scope 应为 self（本单位）或 subtree（含下级）' }).optional(), whenNone: whenNone.optional() }),
  manual: z.strictObject({}),
};
export interface RuleParams {
  planId?: number;
  whenNone?: 'full' | 'zero';
  scope?: 'self' | 'subtree';
}

const orgCode = z.string({ message: '请选择考核机构（orgCode）' }).trim().min(1).max(64);
const year = z.number({ message: '请填写年度' }).int('年度应为整数').min(2000, '年度不早于2000年').max(2100, '年度有误');
const version = z.number().int().min(0).optional();

export const indicatorInput = z.strictObject({
  id: z.number().int().positive().optional(),
  name: z.string({ message: '请填写指标名称' }).trim().min(1, '请填写指标名称').max(200, '指标名称不超过200字'),
  weight: z.number({ message: '请填写分值' }).gt(0, '分值应大于0').max(1000, '分值不超过1000分'),
  rule: z.enum(RULES, { message: '评分规则应为 computed:taskOnTime、computed:taskCompletion、computed:requestOnTime 或 manual' }),
  params: z.record(z.string(), z.unknown()).default({}),
  description: z.string().trim().max(2000, '评分说明不超过2000字').nullish().transform((v) => v || null),
});
export type IndicatorInput = z.output<typeof indicatorInput>;

export const replaceIndicatorsBody = z.strictObject({
  orgCode, year, version,
  indicators: z.array(indicatorInput).max(100, '最多100项指标'),
});
export type ReplaceIndicatorsInput = z.output<typeof replaceIndicatorsBody>;

export const computeBody = z.strictObject({ orgCode, year, version });
export const publishBody = z.strictObject({ orgCode, year, version });

export const scoreBody = z.strictObject({
  orgCode, year, version,
  indicatorId: z.number({ message: '请选择指标' }).int().positive(),
  unitCode: z.string({ message: '请选择被考核单位' }).trim().min(1).max(64),
  score: z.number({ message: '请填写得分' }).min(0, '得分不能小于0'),
  note: z.string({ message: '请填写评分说明' }).trim().min(2, '请填写评分说明（至少2个字）').max(2000, '评分说明不超过2000字'),
});
export type ScoreInput = z.output<typeof scoreBody>;

export const assessmentQuery = z.object({
  org: z.string({ message: '请选择考核机构（org）' }).trim().min(1).max(64),
  year: z.coerce.number({ message: '请填写年度' }).int().min(2000).max(2100),
});
