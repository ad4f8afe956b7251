import { useMemo } from 'react';
import { shanghaiYear } from '../../common/format';
import OrgYearPicker, { useOrgYearParams, yearOptions } from '../../common/OrgYearPicker';

/**
 * 机构 and 年度 of a report screen, kept in the address (`?org=hz-czj&year=2025`) so a link opens the same report.
 * Defaults: the user's own organisation and last year (the report published in the first months of a year); a report
 * is made for a year from 2008 (the 条例 took effect that year) to this one.
 */
export function useReportTarget(): { org: string; year: number; setTarget(org: string, year: number): void } {
  return useOrgYearParams({ defaultYear: shanghaiYear() - 1, min: 2008, max: shanghaiYear() });
}

/** The 机构 / 年度 filter over the caller's organisations. */
export default function ReportPicker({ org, year, onChange, name }: { org: string; year: number; onChange(org: string, year: number): void; name: string }) {
  const years = useMemo(() => yearOptions(shanghaiYear(), 2008), []);
  return <OrgYearPicker name={name} org={org} year={year} onChange={onChange} years={years} />;
}
