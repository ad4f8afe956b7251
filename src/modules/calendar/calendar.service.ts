import type { Kysely, Transaction } from 'kysely';
import type { AuditActor, AuditLog } from '../../platform/audit/index.js';
import { CalendarData, type CalendarDay, type CalendarYear, computeDeadline, loadPackageYears } from '../../platform/calendar/index.js';
import { isUniqueViolation } from '../../platform/db/index.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors/index.js';
import type { Clock } from '../../platform/time/index.js';
import { shanghaiIso } from '../../platform/time/index.js';
import { calendarRepository as repo } from './calendar.repository.js';
import type { CalendarTables } from './calendar.tables.js';

/**
 * Called inside the transaction that changed the calendar, with the new data, so
 * modules recompute their open deadlines atomically with the change.
 */
export type CalendarChangeListener = (trx: Transaction<any>, change: { years: number[]; calendar: CalendarData; actor: AuditActor }) => Promise<void>;

export interface CalendarServiceDeps {
  db: Kysely<any>;
  audit: AuditLog;
  clock: Clock;
}

export type CalendarService = ReturnType<typeof createCalendarService>;

/** The one working-day calendar every deadline in every module uses; holidays live in the database. */
export function createCalendarService({ db, audit, clock }: CalendarServiceDeps) {
  const cdb = db as Kysely<CalendarTables>;
  let data = new CalendarData([]);
  const listeners: CalendarChangeListener[] = [];

  function validate(year: number, days: CalendarDay[]): void {
    const seen = new Set<string>();
    const errors = [];
    // Every year has at least 元旦; an empty list is a mistake, not a way to delete a year.
    if (days.length === 0) errors.push({ path: 'body.days', message: `请至少录入一天${year}年的放假安排` });
    for (const [i, d] of days.entries()) {
      const dt = new Date(`${d.date}T00:00:00Z`);
      if (Number.isNaN(dt.getTime()) || dt.toISOString().slice(0, 10) !== d.date) errors.push({ path: `body.days.${i}.date`, message: `${d.date} 不是有效日期` });
      else if (dt.getUTCFullYear() !== year) errors.push({ path: `body.days.${i}.date`, message: `${d.date} 不属于 ${year} 年` });
      else if (d.kind === 'adjusted-workday' && ![0, 6].includes(dt.getUTCDay())) errors.push({ path: `body.days.${i}.kind`, message: `${d.date} 不是周末，不能设为调休上班日` });
      if (seen.has(d.date)) errors.push({ path: `body.days.${i}.date`, message: `${d.date} 重复` });
      seen.add(d.date);
    }
    if (errors.length) throw new ValidationError(errors.map((e) => e.message).join('；'), errors);
  }

  return {
    /** Loads the calendar into memory; call at start and after any change. */
    async load(): Promise<CalendarData> {
      data = new CalendarData(await repo.loadAll(cdb));
      return data;
    },

    /** The calendar in force. */
    current: (): CalendarData => data,

    /**
     * Fills years the database lacks from the bundled package data (first start). Years an
     * admin has entered are never overwritten.
     */
    async ensureReferenceData(actor: AuditActor): Promise<number[]> {
      const have = new Set((await repo.listYears(cdb)).map((y) => y.year));
      const missing = loadPackageYears().filter((y) => !have.has(y.year));
      if (missing.length) {
        await db.transaction().execute(async (trx) => {
          for (const y of missing) await repo.replaceYear(trx as Kysely<CalendarTables>, y, clock.now().toISOString(), null);
          await audit.record(trx, actor, {
            action: 'calendar.import',
            entityType: 'calendar',
            entityId: null,
            summary: `导入${missing[0].year}—${missing[missing.length - 1].year}年节假日安排（${missing[0].source}）`,
            after: missing.map((y) => ({ year: y.year, days: y.days.length })),
          });
        });
      }
      await this.load();
      return missing.map((y) => y.year);
    },

    async listYears() {
      const rows = await repo.listYears(cdb);
      return rows.map((r) => ({ year: r.year, source: r.source, dayCount: Number(r.day_count), updatedAt: shanghaiIso(r.updated_at) }));
    },

    /** @throws NotFoundError when the year has no data. */
    async getYear(year: number) {
      const y = await repo.findYear(cdb, year);
      if (!y) throw new NotFoundError(`${year}年节假日安排`, 'CALENDAR_YEAR_NOT_FOUND');
      const days = await repo.daysOf(cdb, year);
      return { year, source: y.source, updatedAt: shanghaiIso(y.updated_at), days: days.map((d) => ({ date: d.date, kind: d.kind as CalendarDay['kind'], name: d.name })) };
    },

    /**
     * Enters or corrects a year's schedule (the State Council's notice), audited; open
     * deadlines of every registered module are recomputed in the same transaction.
     * @throws ValidationError for dates outside the year, duplicates, or weekday 调休.
     */
    async putYear(actor: AuditActor, year: number, days: CalendarDay[], source = '管理员录入') {
      validate(year, days);
      const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
      const next: CalendarYear = { year, source, days: sorted };
      try {
        await db.transaction().execute(async (trx) => {
          // Read inside the transaction, so the audited "before" is exactly what is replaced.
          const before = await repo.findYear(trx as Kysely<CalendarTables>, year);
          const beforeDays = before ? await repo.daysOf(trx as Kysely<CalendarTables>, year) : [];
          await repo.replaceYear(trx as Kysely<CalendarTables>, next, clock.now().toISOString(), actor.userId);
          await audit.record(trx, actor, {
            action: before ? 'calendar.year.update' : 'calendar.year.create',
            entityType: 'calendar_year',
            entityId: year,
            summary: `${before ? '更正' : '录入'}${year}年节假日安排：放假${sorted.filter((d) => d.kind === 'holiday').length}天，调休上班${sorted.filter((d) => d.kind === 'adjusted-workday').length}天`,
            before: before ? beforeDays.map((d) => ({ date: d.date, kind: d.kind, name: d.name })) : null,
            after: sorted,
          });
          const calendar = new CalendarData((await repo.loadAll(trx as Kysely<CalendarTables>)));
          for (const l of listeners) await l(trx, { years: [year], calendar, actor });
        });
      } catch (err) {
        // Two admins saving the same year at once (PostgreSQL runs both transactions): the loser sees this.
        if (isUniqueViolation(err)) throw new ConflictError('CALENDAR_YEAR_CONFLICT', `${year}年节假日安排刚被其他人修改，请刷新后重试`);
        throw err;
      }
      await this.load();
      return this.getYear(year);
    },

    /** Registers a module's recomputation of its open deadlines. */
    onChange(listener: CalendarChangeListener): void {
      listeners.push(listener);
    },

    /** Deadline with its explanation, on the calendar in force. */
    deadline: (start: string, workdays: number) => computeDeadline(data, { start, workdays }),
  };
}
