import { type CheckProblem, arithmeticProblems, structureProblems } from './checks.js';
import { type AnnualReport, COLUMN_KEYS, ROW_KEYS, type RowKey, emptyReport } from './report-shape.js';

/**
 * Reports in the 2019 trial format (国办公开办函〔2019〕60号, domain.md §2.2), imported for history and
 * year-over-year comparison. Its table 二 has other columns (本年新制作/本年新公开/对外公开总数量;
 * 上一年项目数量/本年增/减/处理决定数量) and a 政府集中采购 block; its table 三 may give 其他处理 as one row
 * (`other`) instead of the 2021 format's three. The JSON shape is documented in docs/annual-report-legacy.md.
 */

export const LEGACY_PROACTIVE = {
  regulations: { label: '规章', cells: ['made', 'published', 'total'] },
  normativeDocuments: { label: '规范性文件', cells: ['made', 'published', 'total'] },
  licensing: { label: '行政许可', cells: ['previous', 'change', 'decisions'] },
  otherServices: { label: '其他对外管理服务事项', cells: ['previous', 'change', 'decisions'] },
  punishment: { label: '行政处罚', cells: ['previous', 'change', 'decisions'] },
  enforcement: { label: '行政强制', cells: ['previous', 'change', 'decisions'] },
  fees: { label: '行政事业性收费', cells: ['previous', 'change'] },
  procurement: { label: '政府集中采购', cells: ['projects', 'amountTenThousandYuan'] },
} as const;
export type LegacyBlock = keyof typeof LEGACY_PROACTIVE;
export const LEGACY_CELL_LABELS: Record<string, string> = {
  made: '本年新制作数量', published: '本年新公开数量', total: '对外公开总数量',
  previous: '上一年项目数量', change: '本年增/减', decisions: '处理决定数量',
  projects: '采购项目数量', amountTenThousandYuan: '采购总金额（万元）',
};

export interface LegacyReport {
  format: '2019';
  org: { code: string; name: string };
  year: number;
  sections?: { overview?: string; problems?: string; other?: string };
  proactive: Partial<Record<LegacyBlock, Record<string, number>>>;
  requests: { columns: string[]; rows: Record<string, number[]> };
  reviewLitigation: AnnualReport['reviewLitigation'];
}

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The 2019 report as the 2021 shape for tables 三 and 四 and the comparison chart: a single `other` row
 * goes to 三（六）3 其他; table 二 keeps only what maps (规范性文件 本年新制作 → 本年制发).
 */
export function legacyAsCurrent(l: LegacyReport): AnnualReport {
  const r = emptyReport(l.org, l.year);
  r.sections = { overview: l.sections?.overview ?? '', problems: l.sections?.problems ?? '', other: l.sections?.other ?? '' };
  for (const row of ROW_KEYS) if (Array.isArray(l.requests.rows[row])) r.requests.rows[row] = [...l.requests.rows[row]!];
  if (Array.isArray(l.requests.rows.other) && !Array.isArray(l.requests.rows['other.other'])) r.requests.rows['other.other'] = [...l.requests.rows.other];
  r.reviewLitigation = structuredClone(l.reviewLitigation);
  const docs = (b: 'regulations' | 'normativeDocuments') => ({ issued: l.proactive[b]?.made ?? 0, repealed: 0, inForce: l.proactive[b]?.total ?? 0 });
  r.proactive.regulations = docs('regulations');
  r.proactive.normativeDocuments = docs('normativeDocuments');
  for (const b of ['licensing', 'punishment', 'enforcement'] as const) r.proactive[b] = { decisions: l.proactive[b]?.decisions ?? 0 };
  return r;
}

/** Shape and arithmetic checks of a 2019-format report, in the same words as the 2021 checks. */
export function checkLegacyReport(input: unknown): { ok: boolean; problems: CheckProblem[]; report: LegacyReport | null } {
  const problems: CheckProblem[] = [];
  const bad = (path: string, message: string) => problems.push({ rule: 'structure', path, message });
  if (!isObject(input)) return { ok: false, problems: [{ rule: 'structure', path: '', message: '报告应为一个 JSON 对象' }], report: null };
  if (input.format !== '2019') bad('format', `format 应为 "2019"（2019年试行格式），实为 ${JSON.stringify(input.format)}`);
  const p = input.proactive;
  if (!isObject(p)) bad('proactive', 'proactive（表二）应为对象');
  else {
    for (const k of Object.keys(p)) if (!(k in LEGACY_PROACTIVE)) bad(`proactive.${k}`, `表二中有未知字段“${k}”`);
    for (const [block, def] of Object.entries(LEGACY_PROACTIVE)) {
      const v = p[block];
      if (v === undefined) continue; // blocks a report left out count as 0
      if (!isObject(v)) { bad(`proactive.${block}`, `表二“${def.label}”应为对象`); continue; }
      for (const c of def.cells) {
        const x = v[c];
        if (x === undefined) continue;
        const ok = c === 'change' ? Number.isInteger(x) : c === 'amountTenThousandYuan' ? typeof x === 'number' && x >= 0 : Number.isInteger(x) && x >= 0;
        if (!ok) bad(`proactive.${block}.${c}`, `表二“${def.label}”“${LEGACY_CELL_LABELS[c]}”应为${c === 'change' ? '整数（减少为负数）' : '不小于0的数'}，实为 ${JSON.stringify(x)}`);
      }
    }
  }
  // Tables 三 and 四 are checked in the 2021 shape; a single 其他处理 row is accepted first.
  const rows = isObject(input.requests) && isObject(input.requests.rows) ? input.requests.rows : null;
  const asCurrent = structuredClone(input);
  if (rows) {
    const r2 = { ...rows } as Record<string, unknown>;
    if ('other' in r2) {
      if (['other.correctionOverdue', 'other.feeUnpaid', 'other.other'].some((k) => k in r2)) bad('requests.rows.other', '表三“（六）其他处理”只能给一行 other，或给 other.correctionOverdue、other.feeUnpaid、other.other 三行');
      r2['other.other'] = r2.other;
      delete r2.other;
    }
    // Old reports often leave out rows that are all zero (and the trial format had fewer (六) rows).
    for (const k of ROW_KEYS) if (!(k in r2)) r2[k] = [0, 0, 0, 0, 0, 0, 0];
    asCurrent.requests = { ...input.requests, rows: r2, columns: input.requests.columns ?? [...COLUMN_KEYS] };
  }
  const shaped = { ...asCurrent, format: '2021', scope: asCurrent.scope ?? 'self', sections: { overview: '', problems: '', other: '', ...(isObject(asCurrent.sections) ? asCurrent.sections : {}) }, proactive: emptyReport({ code: '', name: '' }, 2020).proactive };
  problems.push(...structureProblems(shaped).filter((x) => !x.path.startsWith('format')));
  if (problems.length) return { ok: false, problems, report: null };
  problems.push(...arithmeticProblems(shaped as AnnualReport));
  return { ok: problems.length === 0, problems, report: input as unknown as LegacyReport };
}

export const isLegacyRow = (k: string): k is RowKey | 'other' => k === 'other' || (ROW_KEYS as readonly string[]).includes(k);
