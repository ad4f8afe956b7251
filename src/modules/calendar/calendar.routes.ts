import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http/index.js';
import type { CalendarService } from './calendar.service.js';
import { deadlineQuery, putYearBody, yearDetailSchema, yearParams, yearSummarySchema } from './calendar.schemas.js';

export function registerCalendarRoutes(app: FastifyInstance, calendar: CalendarService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/calendar/years', {
    config: { access: 'authenticated' },
    schema: { tags: ['calendar'], summary: '已有节假日安排的年份', response: { 200: z.object({ items: z.array(yearSummarySchema) }) } },
  }, async () => ({ items: await calendar.listYears() }));

  r.get('/api/v1/calendar/years/:year', {
    config: { access: 'authenticated' },
    schema: { tags: ['calendar'], summary: '某年的放假和调休安排', params: yearParams, response: { 200: yearDetailSchema } },
  }, async (req) => calendar.getYear(req.params.year));

  // 国务院办公厅 publishes next year's schedule each autumn; an admin enters it here.
  r.put('/api/v1/calendar/years/:year', {
    config: { access: ['sysadmin', 'office_admin'] },
    schema: { tags: ['calendar'], summary: '录入或更正某年的节假日安排', params: yearParams, body: putYearBody, response: { 200: yearDetailSchema } },
  }, async (req) => calendar.putYear(actorOf(req), req.params.year, req.body.days, req.body.source));

  r.get('/api/v1/calendar/deadline', {
    config: { access: 'authenticated' },
    schema: { tags: ['calendar'], summary: '工作日期限计算（含计算过程）', querystring: deadlineQuery },
  }, async (req) => calendar.deadline(req.query.start, req.query.workdays));
}
