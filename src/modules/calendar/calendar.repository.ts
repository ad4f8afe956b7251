import type { Kysely } from 'kysely';
import type { CalendarDay, CalendarYear } from '../../platform/calendar/index.js';
import type { CalendarTables } from './calendar.tables.js';

type Db = Kysely<CalendarTables>;

/** The only SQL touching calendar_years and calendar_days. */
export const calendarRepository = {
  async loadAll(db: Db): Promise<CalendarYear[]> {
    const years = await db.selectFrom('calendar_years').selectAll().orderBy('year').execute();
    const days = await db.selectFrom('calendar_days').selectAll().orderBy('date').execute();
    return years.map((y) => ({
      year: y.year,
      source: y.source,
      days: days.filter((d) => d.year === y.year).map((d) => ({ date: d.date, kind: d.kind as CalendarDay['kind'], name: d.name })),
    }));
  },
  listYears(db: Db) {
    return db
      .selectFrom('calendar_years')
      .leftJoin('calendar_days', 'calendar_days.year', 'calendar_years.year')
      .select(['calendar_years.year', 'calendar_years.source', 'calendar_years.updated_at'])
      .select((eb) => eb.fn.count<number>('calendar_days.date').as('day_count'))
      .groupBy(['calendar_years.year', 'calendar_years.source', 'calendar_years.updated_at'])
      .orderBy('calendar_years.year', 'desc')
      .execute();
  },
  findYear: (db: Db, year: number) => db.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst(),
  daysOf: (db: Db, year: number) => db.selectFrom('calendar_days').selectAll().where('year', '=', year).orderBy('date').execute(),
  /** Replaces a year's whole schedule. */
  async replaceYear(db: Db, y: CalendarYear, at: string, by: number | null): Promise<void> {
    await db.deleteFrom('calendar_days').where('year', '=', y.year).execute();
    await db.deleteFrom('calendar_years').where('year', '=', y.year).execute();
    await db.insertInto('calendar_years').values({ year: y.year, source: y.source, updated_at: at, updated_by: by }).execute();
    if (y.days.length) {
      await db.insertInto('calendar_days').values(y.days.map((d) => ({ date: d.date, year: y.year, kind: d.kind, name: d.name }))).execute();
    }
  },
};
