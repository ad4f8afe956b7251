export interface CalendarYearTable {
  year: number;
  source: string;
  updated_at: string;
  updated_by: number | null;
}

export interface CalendarDayTable {
  date: string;
  year: number;
  kind: string;
  name: string;
}

export interface CalendarTables {
  calendar_years: CalendarYearTable;
  calendar_days: CalendarDayTable;
}
