// The words of the statutory tables, from the server (GET /api/v1/annual-reports/vocabulary, built from
// src/modules/annual-reports/report-shape.ts): the console keeps no copy, so a change of the official format is
// made on the server only. AnnualReportsPage loads them once and provides them to the tables, forms and drawer.
import { useServerVocabulary, vocabularyContext } from '../../common/useServerVocabulary';
import type { ColumnKey, DocumentCountKey, ProactiveItem, ReportVocabulary, ReviewCellKey, ReviewGroupKey } from './types';

/** The vocabulary with lookups by key. */
export interface ReportWords extends ReportVocabulary {
  columnKeys: readonly ColumnKey[];
  /** The five kinds of 法人或其他组织 (between 自然人 and 总计). */
  legalColumns: readonly ColumnKey[];
  columnLabel: Record<ColumnKey, string>;
  /** A column with its group, as a screen reader should hear it: 法人或其他组织（商业企业）. */
  columnName(c: ColumnKey): string;
  /** The printed label of a row of table 三 (a leaf without its group). */
  rowLabel(row: string): string;
  /** A row with its group, e.g. “三、（三）不予公开1.属于国家秘密”. */
  rowFullLabel(row: string): string;
  item: Record<ProactiveItem, { label: string; article: string }>;
  countLabel: Record<DocumentCountKey, string>;
  reviewGroupLabel: Record<ReviewGroupKey, string>;
  reviewCellLabel: Record<ReviewCellKey, string>;
}

const byKey = <K extends string, T extends { key: K }>(xs: readonly T[]) => Object.fromEntries(xs.map((x) => [x.key, x])) as Record<K, T>;
const labels = <K extends string>(xs: readonly { key: K; label: string }[]) => Object.fromEntries(xs.map((x) => [x.key, x.label])) as Record<K, string>;

export function wordsOf(v: ReportVocabulary): ReportWords {
  const columns = byKey(v.columns);
  const rows = byKey(v.rows);
  return {
    ...v,
    columnKeys: v.columns.map((c) => c.key),
    legalColumns: v.columns.filter((c) => c.key !== 'natural' && c.key !== 'total').map((c) => c.key),
    columnLabel: labels(v.columns),
    columnName: (c) => columns[c]?.fullLabel ?? c,
    rowLabel: (row) => rows[row]?.label ?? row,
    rowFullLabel: (row) => rows[row]?.fullLabel ?? row,
    item: byKey(v.proactive.items),
    countLabel: labels(v.proactive.documentCounts),
    reviewGroupLabel: labels(v.review.groups),
    reviewCellLabel: labels(v.review.cells),
  };
}

/** Loads the words (once); `words` is null while loading or after a failure (`error`). */
export function useReportVocabulary(): { words: ReportWords | null; error: string | null } {
  const { value, error } = useServerVocabulary('/api/v1/annual-reports/vocabulary', wordsOf);
  return { words: value, error };
}

const context = vocabularyContext<ReportWords>('ReportWordsContext');
export const ReportWordsContext = context.Context;

/** The words provided by AnnualReportsPage (which renders its tables and forms only once they are loaded). */
export const useWords: () => ReportWords = context.useValue;
