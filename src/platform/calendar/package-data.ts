/**
 * Reads the per-year holiday files bundled in the `chinese-days` npm package
 * (dist/years/YYYY.json, 2004–2026 in 1.5.7). No network access.
 *
 * File format: `{ holidays: { 'YYYY-MM-DD': 'English,中文,n' }, workdays: {…}, inLieuDays: {…} }`.
 * `workdays` are the 调休 weekend days; `inLieuDays` are holidays that were
 * shifted onto weekdays and are already listed under `holidays`, so they add
 * nothing and are only checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CalendarDay, CalendarYear } from './calendar-data.js';

type DayMap = Record<string, string>;

interface PackageInfo {
  dir: string;
  source: string;
}

let cached: readonly CalendarYear[] | undefined;

function packageInfo(): PackageInfo {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('chinese-days/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string; version: string };
  return { dir: join(dirname(manifestPath), 'dist', 'years'), source: `${manifest.name}@${manifest.version}` };
}

function isDayMap(v: unknown): v is DayMap {
  return typeof v === 'object' && v !== null && Object.values(v).every((s) => typeof s === 'string');
}

/** `'Spring Festival,春节,4'` → `春节` (English names never contain the Chinese field). */
function chineseName(value: string, date: string): string {
  const parts = value.split(',');
  const name = parts.length >= 3 ? parts[parts.length - 2]?.trim() : undefined;
  if (!name) throw new Error(`chinese-days: cannot read the festival name of ${date} from "${value}"`);
  return name;
}

/**
 * Converts one parsed chinese-days year file into a `CalendarYear`.
 * @throws {Error} when the file does not have the expected shape.
 */
export function parsePackageYear(year: number, json: unknown, source: string): CalendarYear {
  const file = json as { holidays?: unknown; workdays?: unknown; inLieuDays?: unknown };
  if (!isDayMap(file?.holidays) || !isDayMap(file?.workdays)) {
    throw new Error(`chinese-days: ${year}.json lacks "holidays"/"workdays" maps`);
  }
  const { holidays, workdays } = file;
  const inLieu = isDayMap(file.inLieuDays) ? file.inLieuDays : {};
  for (const date of Object.keys(inLieu)) {
    // Ignoring inLieuDays is only safe while each of them is also a holiday.
    if (!(date in holidays)) throw new Error(`chinese-days: in-lieu day ${date} is not listed as a holiday`);
  }
  const days: CalendarDay[] = [
    ...Object.entries(holidays).map(([date, v]) => ({ date, kind: 'holiday' as const, name: chineseName(v, date) })),
    ...Object.entries(workdays).map(([date, v]) => ({
      date,
      kind: 'adjusted-workday' as const,
      name: chineseName(v, date),
    })),
  ];
  return { year, days, source };
}

/**
 * Every year bundled in the installed chinese-days package, ascending.
 * The result is read once and frozen; feed it to `new CalendarData(...)`.
 * @throws {Error} when the package is missing or a file is malformed.
 */
export function loadPackageYears(): CalendarYear[] {
  if (!cached) {
    const { dir, source } = packageInfo();
    const years = readdirSync(dir)
      .map((f) => /^(\d{4})\.json$/.exec(f))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => Number(m[1]))
      .sort((a, b) => a - b);
    cached = Object.freeze(
      years.map((y) => {
        const parsed = parsePackageYear(y, JSON.parse(readFileSync(join(dir, `${y}.json`), 'utf8')), source);
        return Object.freeze({ ...parsed, days: Object.freeze(parsed.days.map((d) => Object.freeze(d))) });
      }),
    );
  }
  return [...cached];
}

/** The provenance string of the bundled data, e.g. `chinese-days@1.5.7`. */
export function packageDataSource(): string {
  return packageInfo().source;
}
