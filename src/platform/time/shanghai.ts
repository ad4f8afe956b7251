/**
 * Official dates are calendar dates in China Standard Time (UTC+8, no DST),
 * whatever the server's own time zone is.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** `YYYY-MM-DD` of an instant in Asia/Shanghai. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO 8601 with the +08:00 offset, e.g. `2026-03-02T09:00:00+08:00`. */
export function shanghaiIso(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  const s = new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  return `${s.slice(0, 19)}+08:00`;
}

/** The instant that starts a Shanghai calendar day. */
export function shanghaiStartOfDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
