import { z } from 'zod';

/**
 * What the office writes into its report: sections 一、五、六 (第五十条), the table 二 figures the
 * platform does not hold (行政许可、行政处罚、行政强制 decisions and 行政事业性收费), and corrections of the
 * document counts the platform computes — with the reason, since a corrected figure no longer follows
 * from the published documents (e.g. documents issued before the platform was used).
 */
const count = (label: string) => z.number({ error: `${label}应为数字` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(100_000_000, `${label}过大`);
const text = (label: string) => z.string().max(20_000, `${label}不超过20000字`);

export const sectionsSchema = z.strictObject({
  overview: text('一、总体情况'),
  problems: text('五、存在的主要问题及改进情况'),
  other: text('六、其他需要报告的事项'),
});

export const enteredSchema = z.strictObject({
  licensing: count('行政许可本年处理决定数量'),
  punishment: count('行政处罚本年处理决定数量'),
  enforcement: count('行政强制本年处理决定数量'),
  feesTenThousandYuan: z.number({ error: '行政事业性收费金额应为数字' }).min(0, '收费金额不能为负数').max(1e9, '收费金额过大')
    .refine((x) => Math.abs(x * 1e4 - Math.round(x * 1e4)) < 1e-6, '收费金额以万元为单位，至多4位小数'),
});

const docCounts = z.strictObject({ issued: count('本年制发件数').optional(), repealed: count('本年废止件数').optional(), inForce: count('现行有效件数').optional() });
export const overridesSchema = z.strictObject({
  regulations: docCounts.optional(),
  normativeDocuments: docCounts.optional(),
  reason: z.string().trim().max(500, '更正理由不超过500字').optional(),
}).refine((o) => !hasOverride(o) || (o.reason ?? '').length >= 4, { message: '更正平台统计的件数时，请写明理由（至少4个字）', path: ['reason'] });

export const inputsSchema = z.strictObject({
  scope: z.enum(['self', 'subtree'], { error: '统计范围应为本机关（self）或含下辖机构（subtree）' }),
  sections: sectionsSchema,
  entered: enteredSchema,
  overrides: overridesSchema,
});
export type ReportInputs = z.infer<typeof inputsSchema>;
export type Overrides = z.infer<typeof overridesSchema>;

export function hasOverride(o: { regulations?: Record<string, number | undefined>; normativeDocuments?: Record<string, number | undefined> }): boolean {
  return [o.regulations, o.normativeDocuments].some((b) => b && Object.values(b).some((v) => v !== undefined));
}

export const defaultInputs = (scope: 'self' | 'subtree'): ReportInputs => ({
  scope,
  sections: { overview: '', problems: '', other: '' },
  entered: { licensing: 0, punishment: 0, enforcement: 0, feesTenThousandYuan: 0 },
  overrides: {},
});
