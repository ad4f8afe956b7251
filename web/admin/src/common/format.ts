import dayjs from 'dayjs';

// Official times and dates are China Standard Time (UTC+8, no DST), whatever the browser's own time zone
// (the API sends `+08:00` timestamps, and the audit filters and deadlines work in Asia/Shanghai days).
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** `2026-03-18T09:30:00+08:00` (or any ISO instant) → `2026-03-18 09:30:00` in Beijing time; empty for null. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const ms = new Date(value).getTime();
  if (Number.isNaN(ms)) return value;
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Today's date (`YYYY-MM-DD`) in Beijing time. */
export function shanghaiToday(): string {
  return new Date(Date.now() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The current year in Beijing time. */
export function shanghaiYear(): number {
  return Number(shanghaiToday().slice(0, 4));
}

/** `2026-03-18` → `2026-03-18（周三）` */
export function formatDateWithWeekday(value: string): string {
  const d = dayjs(value);
  return d.isValid() ? `${value}（周${'日一二三四五六'.charAt(d.day())}）` : value;
}

export function isLocked(lockedUntil: string | null | undefined): boolean {
  return !!lockedUntil && dayjs(lockedUntil).isAfter(dayjs());
}
