/**
 * The words of the statutory annual report (GET /api/v1/annual-reports/vocabulary): keys and Chinese labels of
 * every table, row, column and cell, as report-shape.ts and render/report-grid.ts define them. The admin console
 * (a separate build that cannot import server code) draws its tables and drill-down titles from this, so a change
 * of the official format is made only here on the server.
 */
import { z } from 'zod';
import { RULE_LABELS } from './checks.js';
import { TABLE_LABELS } from './render/report-grid.js';
import {
  COLUMN_KEYS, COLUMN_LABELS, type ColumnKey, DOCUMENT_COUNT_LABELS, PROACTIVE_LABELS, RESULT_GROUPS, REVIEW_CELL_KEYS, REVIEW_CELL_LABELS,
  REVIEW_GROUP_KEYS, REVIEW_GROUP_LABELS, ROW_KEYS, ROW_LABELS, SECTION_TITLES, rowFullLabel,
} from './report-shape.js';

const labelled = z.object({ key: z.string(), label: z.string() });
const words = z.record(z.string(), z.string());

export const reportVocabularySchema = z.object({
  format: z.literal('2021'),
  /** Table 三's applicant columns in printed order; `fullLabel` names a legal person's column with its group. */
  columns: z.array(labelled.extend({ fullLabel: z.string() })),
  /** Table 三's rows in printed order; `fullLabel` prefixes a leaf with its group, e.g. “三、（三）不予公开1.属于国家秘密”. */
  rows: z.array(labelled.extend({ fullLabel: z.string() })),
  /** The groups of 三、本年度办理结果 with their rows. */
  resultGroups: z.array(labelled.extend({ rows: z.array(z.string()) })),
  /** Table 二: the 第二十条 items (with their article) and the cells of 规章 / 行政规范性文件. */
  proactive: z.object({ items: z.array(labelled.extend({ article: z.string() })), documentCounts: z.array(labelled) }),
  /** Table 四: 行政复议 and the two 行政诉讼 groups, five cells each. */
  review: z.object({ groups: z.array(labelled), cells: z.array(labelled) }),
  /** The six sections' titles (一…六), by key. */
  sections: words,
  /** Header texts of the tables that label no figure (render/report-grid.ts TABLE_LABELS). */
  tableLabels: words,
  /** What each check rule verifies (checks.ts), by rule. */
  rules: words,
});
export type ReportVocabulary = z.infer<typeof reportVocabularySchema>;

/** A column as a figure's label spells it out: 法人或其他组织（商业企业）. */
const columnFullLabel = (c: ColumnKey) => (c === 'natural' || c === 'total' ? COLUMN_LABELS[c] : `${TABLE_LABELS.legalPersons}（${COLUMN_LABELS[c]}）`);

export function reportVocabulary(): ReportVocabulary {
  const list = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((key) => ({ key, label: labels[key] }));
  return {
    format: '2021',
    columns: COLUMN_KEYS.map((key) => ({ key, label: COLUMN_LABELS[key], fullLabel: columnFullLabel(key) })),
    rows: ROW_KEYS.map((key) => ({ key, label: ROW_LABELS[key], fullLabel: rowFullLabel(key) })),
    resultGroups: RESULT_GROUPS.map((g) => ({ key: g.key, label: g.label, rows: [...g.rows] })),
    proactive: {
      items: Object.entries(PROACTIVE_LABELS).map(([key, p]) => ({ key, label: p.label, article: p.article })),
      documentCounts: Object.entries(DOCUMENT_COUNT_LABELS).map(([key, label]) => ({ key, label })),
    },
    review: { groups: list(REVIEW_GROUP_KEYS, REVIEW_GROUP_LABELS), cells: list(REVIEW_CELL_KEYS, REVIEW_CELL_LABELS) },
    sections: { ...SECTION_TITLES },
    tableLabels: { ...TABLE_LABELS },
    rules: { ...RULE_LABELS },
  };
}
