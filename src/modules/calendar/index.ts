/** Public surface of the calendar module: holiday data in the database, and deadline arithmetic on it. */
export { createCalendarService, type CalendarService, type CalendarChangeListener } from './calendar.service.js';
export { registerCalendarRoutes } from './calendar.routes.js';
export type { CalendarTables } from './calendar.tables.js';
