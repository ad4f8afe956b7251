import {
  type AnnualReport, COLUMN_KEYS, COLUMN_LABELS, type ColumnKey, DOCUMENT_COUNT_LABELS, PROACTIVE_LABELS, RESULT_ROW_KEYS,
  REVIEW_CELL_KEYS, REVIEW_CELL_LABELS, REVIEW_GROUP_KEYS, REVIEW_GROUP_LABELS, ROW_KEYS, type RowKey, rowFullLabel,
} from './report-shape.js';

/**
 * The consistency checks of an annual report (shared/docs/annual-report-json.md “The checks”), each
 * failure explained in Chinese with its table, row and column. Pure: the same code checks a report the
 * platform computed, one uploaded from elsewhere (`gongkai report check`) and a department's report
 * collected by its supervising office. 国办公开办函〔2021〕30号 prints the rule of table 三 in its corner:
 * “第一项加第二项之和，等于第三项加第四项之和”.
 */

export type CheckRule = 'structure' | 'rowTotal' | 'columnTotal' | 'balance' | 'reviewTotal' | 'inForce' | 'carriedOver';

export interface CheckProblem {
  rule: CheckRule;
  /** JSON path of the cell, e.g. `requests.rows.total[6]`. */
  path: string;
  row?: RowKey;
  column?: ColumnKey;
  expected?: number;
  actual?: number;
  message: string;
}

export const RULE_LABELS: Record<CheckRule, string> = {
  structure: '格式与取值',
  rowTotal: '每行总计等于各类申请人之和',
  columnTotal: '办理结果总计等于各项之和',
  balance: '本年新收＋上年结转＝办理结果总计＋结转下年度',
  reviewTotal: '行政复议、行政诉讼总计等于各结果之和',
  inForce: '规章、行政规范性文件现行有效件数',
  carriedOver: '上年结转等于上年报告的结转下年度',
};

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const cell = (row: RowKey, col: number) => `表三“${rowFullLabel(row)}”行“${COLUMN_LABELS[COLUMN_KEYS[col]!]}”列`;
const TOP_KEYS = ['format', 'org', 'year', 'scope', 'sections', 'proactive', 'requests', 'reviewLitigation'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rule 1: keys, types and ranges. Returns the problems; the arithmetic rules run only when there are none. */
export function structureProblems(input: unknown): CheckProblem[] {
  const out: CheckProblem[] = [];
  const bad = (path: string, message: string, extra: Partial<CheckProblem> = {}) => out.push({ rule: 'structure', path, message, ...extra });
  if (!isObject(input)) return [{ rule: 'structure', path: '', message: '报告应为一个 JSON 对象' }];
  for (const k of Object.keys(input)) if (!TOP_KEYS.includes(k)) bad(k, `未知字段“${k}”`);
  for (const k of TOP_KEYS) if (!(k in input)) bad(k, `缺少字段“${k}”`);
  if ('format' in input && input.format !== '2021') bad('format', `format 应为 "2021"（国办公开办函〔2021〕30号格式），实为 ${JSON.stringify(input.format)}；2019年试行格式的报告请用“导入历史年报”`);
  if ('year' in input && !(Number.isInteger(input.year) && (input.year as number) >= 2008 && (input.year as number) <= 2100)) bad('year', `year 应为四位年份，实为 ${JSON.stringify(input.year)}`);
  if ('scope' in input && input.scope !== 'self' && input.scope !== 'subtree') bad('scope', 'scope 应为 "self"（本机关）或 "subtree"（含下辖机构）');
  if ('org' in input) {
    const org = input.org;
    if (!isObject(org) || typeof org.code !== 'string' || typeof org.name !== 'string' || !org.name.trim()) bad('org', 'org 应含字符串 code 和 name（机关名称）');
  }
  if ('sections' in input) {
    const s = input.sections;
    if (!isObject(s)) bad('sections', 'sections 应为对象（overview、problems、other）');
    else {
      for (const k of ['overview', 'problems', 'other']) if (typeof s[k] !== 'string') bad(`sections.${k}`, `sections.${k} 应为文字`);
      for (const k of Object.keys(s)) if (!['overview', 'problems', 'other'].includes(k)) bad(`sections.${k}`, `sections 中有未知字段“${k}”`);
    }
  }
  if ('proactive' in input) proactiveStructure(input.proactive, bad);
  if ('requests' in input) requestStructure(input.requests, bad);
  if ('reviewLitigation' in input) reviewStructure(input.reviewLitigation, bad);
  return out;
}

type Bad = (path: string, message: string, extra?: Partial<CheckProblem>) => void;

function proactiveStructure(p: unknown, bad: Bad) {
  if (!isObject(p)) return bad('proactive', 'proactive（表二）应为对象');
  const shape: Record<string, readonly string[]> = {
    regulations: ['issued', 'repealed', 'inForce'], normativeDocuments: ['issued', 'repealed', 'inForce'],
    licensing: ['decisions'], punishment: ['decisions'], enforcement: ['decisions'], fees: ['amountTenThousandYuan'],
  };
  for (const k of Object.keys(p)) if (!(k in shape)) bad(`proactive.${k}`, `表二中有未知字段“${k}”`);
  for (const [block, cells] of Object.entries(shape)) {
    const label = `表二“${PROACTIVE_LABELS[block as keyof typeof PROACTIVE_LABELS].label}”`;
    const v = p[block];
    if (!isObject(v)) { bad(`proactive.${block}`, `${label}缺失或不是对象`); continue; }
    for (const k of Object.keys(v)) if (!cells.includes(k)) bad(`proactive.${block}.${k}`, `${label}中有未知字段“${k}”`);
    for (const c of cells) {
      const x = v[c];
      const path = `proactive.${block}.${c}`;
      const name = `${label}${c in DOCUMENT_COUNT_LABELS ? `“${DOCUMENT_COUNT_LABELS[c as keyof typeof DOCUMENT_COUNT_LABELS]}”` : c === 'decisions' ? '“本年处理决定数量”' : '“本年收费金额（万元）”'}`;
      if (c === 'amountTenThousandYuan') {
        const ok = typeof x === 'number' && Number.isFinite(x) && x >= 0 && Math.abs(x * 1e4 - Math.round(x * 1e4)) < 1e-6;
        if (!ok) bad(path, `${name}应为不小于0、至多4位小数的数（单位：万元），实为 ${JSON.stringify(x)}`);
      } else if (!isCount(x)) bad(path, `${name}应为不小于0的整数，实为 ${JSON.stringify(x)}`);
    }
  }
}

function requestStructure(r: unknown, bad: Bad) {
  if (!isObject(r)) return bad('requests', 'requests（表三）应为对象');
  if (!Array.isArray(r.columns) || r.columns.length !== 7 || r.columns.some((c, i) => c !== COLUMN_KEYS[i])) {
    bad('requests.columns', `表三 columns 应为 ${JSON.stringify(COLUMN_KEYS)}（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）`);
  }
  const rows = r.rows;
  if (!isObject(rows)) return bad('requests.rows', '表三 rows 应为对象');
  for (const k of Object.keys(rows)) if (!(ROW_KEYS as readonly string[]).includes(k)) bad(`requests.rows.${k}`, `表三中有未知的行“${k}”`);
  for (const row of ROW_KEYS) {
    const v = rows[row];
    const path = `requests.rows.${row}`;
    if (!Array.isArray(v)) { bad(path, `表三缺少“${rowFullLabel(row)}”行`, { row }); continue; }
    if (v.length !== 7) bad(path, `表三“${rowFullLabel(row)}”行应有7个数字（自然人至总计），实有${v.length}个`, { row });
    v.slice(0, 7).forEach((x, i) => {
      if (!isCount(x)) bad(`${path}[${i}]`, `${cell(row, i)}应为不小于0的整数，实为 ${JSON.stringify(x)}`, { row, column: COLUMN_KEYS[i] });
    });
  }
}

function reviewStructure(t: unknown, bad: Bad) {
  if (!isObject(t)) return bad('reviewLitigation', 'reviewLitigation（表四）应为对象');
  for (const k of Object.keys(t)) if (!(REVIEW_GROUP_KEYS as readonly string[]).includes(k)) bad(`reviewLitigation.${k}`, `表四中有未知字段“${k}”`);
  for (const g of REVIEW_GROUP_KEYS) {
    const v = t[g];
    if (!isObject(v)) { bad(`reviewLitigation.${g}`, `表四缺少“${REVIEW_GROUP_LABELS[g]}”`); continue; }
    for (const k of Object.keys(v)) if (!(REVIEW_CELL_KEYS as readonly string[]).includes(k)) bad(`reviewLitigation.${g}.${k}`, `表四“${REVIEW_GROUP_LABELS[g]}”中有未知字段“${k}”`);
    for (const c of REVIEW_CELL_KEYS) {
      if (!isCount(v[c])) bad(`reviewLitigation.${g}.${c}`, `表四“${REVIEW_GROUP_LABELS[g]}”“${REVIEW_CELL_LABELS[c]}”应为不小于0的整数，实为 ${JSON.stringify(v[c])}`);
    }
  }
}

/** Rules 2–5 on a structurally valid report. */
export function arithmeticProblems(report: AnnualReport): CheckProblem[] {
  const out: CheckProblem[] = [];
  const rows = report.requests.rows;
  // Rule 2: 总计 column = the six applicant columns.
  for (const row of ROW_KEYS) {
    const sum = rows[row].slice(0, 6).reduce((a, b) => a + b, 0);
    if (rows[row][6] !== sum) {
      out.push({ rule: 'rowTotal', path: `requests.rows.${row}[6]`, row, column: 'total', expected: sum, actual: rows[row][6]!, message: `${cell(row, 6)}为${rows[row][6]}，应等于自然人与五类法人或其他组织之和${sum}` });
    }
  }
  // Rule 3: （七）总计 = the 21 result rows (一)…(六).
  COLUMN_KEYS.forEach((col, i) => {
    const sum = RESULT_ROW_KEYS.reduce((a, r) => a + rows[r][i]!, 0);
    if (rows.total[i] !== sum) {
      out.push({ rule: 'columnTotal', path: `requests.rows.total[${i}]`, row: 'total', column: col, expected: sum, actual: rows.total[i]!, message: `${cell('total', i)}为${rows.total[i]}，应等于（一）至（六）各项之和${sum}` });
    }
  });
  // Rule 4: 一 + 二 = 三（七） + 四, the rule printed in the table's corner.
  COLUMN_KEYS.forEach((col, i) => {
    const left = rows.newReceived[i]! + rows.carriedOver[i]!;
    const right = rows.total[i]! + rows.carriedForward[i]!;
    if (left !== right) {
      out.push({
        rule: 'balance', path: `requests.rows.carriedForward[${i}]`, row: 'carriedForward', column: col, expected: left, actual: right,
        message: `表三“${COLUMN_LABELS[col]}”列：本年新收${rows.newReceived[i]}＋上年结转${rows.carriedOver[i]}＝${left}，但办理结果总计${rows.total[i]}＋结转下年度${rows.carriedForward[i]}＝${right}（应相等）`,
      });
    }
  });
  // Rule 5: table 四 totals.
  for (const g of REVIEW_GROUP_KEYS) {
    const v = report.reviewLitigation[g];
    const sum = v.upheld + v.corrected + v.other + v.pending;
    if (v.total !== sum) {
      out.push({ rule: 'reviewTotal', path: `reviewLitigation.${g}.total`, expected: sum, actual: v.total, message: `表四“${REVIEW_GROUP_LABELS[g]}”总计为${v.total}，应等于结果维持、结果纠正、其他结果、尚未审结之和${sum}` });
    }
  }
  return out;
}

/** Rule 6: against last year's report of the same organisation and scope. */
export function previousYearProblems(report: AnnualReport, previous: AnnualReport): CheckProblem[] {
  const out: CheckProblem[] = [];
  if (previous.year !== report.year - 1) {
    out.push({ rule: 'carriedOver', path: 'year', message: `上年报告的年度为${previous.year}，应为${report.year - 1}` });
    return out;
  }
  for (const block of ['regulations', 'normativeDocuments'] as const) {
    const now = report.proactive[block];
    const before = previous.proactive[block];
    const label = `表二“${PROACTIVE_LABELS[block].label}”`;
    const floor = now.issued - now.repealed;
    if (now.inForce < floor) {
      out.push({ rule: 'inForce', path: `proactive.${block}.inForce`, expected: floor, actual: now.inForce, message: `${label}现行有效件数${now.inForce}少于本年制发${now.issued}件减本年废止${now.repealed}件（${floor}）` });
    }
    // Nothing but this year's new documents can add to what is in force.
    const ceiling = before.inForce + now.issued;
    if (now.inForce > ceiling) {
      out.push({ rule: 'inForce', path: `proactive.${block}.inForce`, expected: ceiling, actual: now.inForce, message: `${label}现行有效件数${now.inForce}多于上年现行有效${before.inForce}件加本年制发${now.issued}件（${ceiling}）` });
    }
  }
  COLUMN_KEYS.forEach((col, i) => {
    const want = previous.requests.rows.carriedForward[i]!;
    const got = report.requests.rows.carriedOver[i]!;
    if (want !== got) {
      out.push({ rule: 'carriedOver', path: `requests.rows.carriedOver[${i}]`, row: 'carriedOver', column: col, expected: want, actual: got, message: `${cell('carriedOver', i)}为${got}，应等于${previous.year}年报告“四、结转下年度继续办理”的${want}` });
    }
  });
  return out;
}

export interface CheckResult { ok: boolean; problems: CheckProblem[]; report: AnnualReport | null }

/**
 * Every check on a report (and last year's when given). Structure first: a report whose shape is
 * wrong gets only those messages, since sums over missing cells would only repeat them.
 */
export function checkReport(input: unknown, previous?: unknown): CheckResult {
  const structure = structureProblems(input);
  if (structure.length) return { ok: false, problems: structure, report: null };
  const report = input as AnnualReport;
  const problems = arithmeticProblems(report);
  if (previous !== undefined) {
    const prevStructure = structureProblems(previous);
    if (prevStructure.length) problems.push(...prevStructure.map((p) => ({ ...p, path: `previous.${p.path}`, message: `上年报告：${p.message}` })));
    else problems.push(...previousYearProblems(report, previous as AnnualReport));
  }
  return { ok: problems.length === 0, problems, report };
}

/** `a:b` keys of table 三 cells named by problems (to mark them in tables). */
export function problemCells(problems: CheckProblem[]): Set<string> {
  return new Set(problems.filter((p) => p.row && p.column).map((p) => `${p.row}:${p.column}`));
}
