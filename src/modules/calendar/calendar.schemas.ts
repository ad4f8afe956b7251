import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const yearParams = z.strictObject({ year: z.coerce.number().int().min(2000, '年份应在2000至2100之间').max(2100, '年份应在2000至2100之间') });

export const calendarDaySchema = z.object({ date: isoDate, kind: z.enum(['holiday', 'adjusted-workday']), name: z.string().trim().min(1, '请填写节日名称').max(20) });

export const putYearBody = z.strictObject({
  days: z.array(z.strictObject(calendarDaySchema.shape)).max(366),
  source: z.string().trim().min(1).max(200).optional(),
});

export const yearSummarySchema = z.object({ year: z.number(), source: z.string(), dayCount: z.number(), updatedAt: z.string() });
export const yearDetailSchema = z.object({ year: z.number(), source: z.string(), updatedAt: z.string(), days: z.array(calendarDaySchema) });

export const deadlineQuery = z.strictObject({
  start: isoDate,
  workdays: z.coerce.number().int().min(0).max(400),
});
