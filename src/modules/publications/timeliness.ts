import { type CalendarData, DeadlineDataMissing, addWorkdays, workdaysBetween } from '../../platform/calendar/index.js';
import { PUBLISH_WITHIN_WORKDAYS } from './vocabulary.js';

/**
 * 条例第二十六条: publish within 20 working days of the information being formed (成文日期).
 * `due_date` is known from the moment the written date is, so drafts show it too; `late_days` is the
 * working days past it at publication (0 on time). A year without holiday data leaves both empty.
 */
export function timelinessOf(cal: CalendarData, writtenAt: string | null, publishDate: string | null): { due_date: string | null; late_days: number | null } {
  if (!writtenAt) return { due_date: null, late_days: null };
  try {
    const due = addWorkdays(cal, writtenAt, PUBLISH_WITHIN_WORKDAYS);
    return { due_date: due, late_days: publishDate ? Math.max(0, workdaysBetween(cal, due, publishDate)) : null };
  } catch (err) {
    if (err instanceof DeadlineDataMissing) return { due_date: null, late_days: null };
    throw err;
  }
}
