/**
 * Reads a 标准目录 pasted from a spreadsheet (tab-separated, as Excel and WPS copy) or a CSV file, with
 * the usual header row (序号, 一级事项, 二级事项, 公开内容（要素）, 公开依据, 公开时限, 公开主体, 公开渠道和载体,
 * 公开对象, 公开方式, 公开层级 — 国办发〔2019〕54号). Pure: the service validates and stores the rows.
 */
import { normaliseAudience, normaliseMode, splitChannels } from './catalogue.vocabulary.js';

export type ImportField = 'serial' | 'category' | 'itemL1' | 'itemL2' | 'content' | 'basis' | 'timeLimit' | 'subject' | 'channels' | 'audience' | 'mode' | 'level';

/** Header names as catalogues write them (compared without spaces, with full-width brackets). */
const HEADERS: Record<string, ImportField> = {
  序号: 'serial', 编号: 'serial', 公开类别: 'category', 类别: 'category',
  一级事项: 'itemL1', 公开事项一级事项: 'itemL1', 二级事项: 'itemL2', 公开事项二级事项: 'itemL2',
  '公开内容（要素）': 'content', 公开内容: 'content', 公开要素: 'content',
  公开依据: 'basis', 公开时限: 'timeLimit', 公开主体: 'subject',
  公开渠道和载体: 'channels', 公开渠道及载体: 'channels', 公开渠道: 'channels', 公开载体: 'channels',
  公开对象: 'audience', 公开方式: 'mode', 公开层级: 'level',
};
const REQUIRED: ImportField[] = ['itemL1', 'content'];
export const MAX_IMPORT_ROWS = 2000;

const normaliseHeader = (h: string) => h.replace(/^\ufeff/, '').replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

export interface PastedRecord {
  /** Line of the pasted text where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

/** Splits delimited text into records; quoted cells ("…", "" for a quote) may hold delimiters and line breaks. */
export function parseDelimited(text: string): PastedRecord[] {
  const src = text.replace(/\r\n?/g, '\n');
  const firstLine = src.slice(0, src.indexOf('\n') === -1 ? src.length : src.indexOf('\n'));
  const sep = firstLine.includes('\t') ? '\t' : ',';
  const out: PastedRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; cell += c; }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) { cells.push(cell); cell = ''; }
    else if (c === '\n') {
      cells.push(cell);
      out.push({ line: start, cells });
      cells = []; cell = ''; line++; start = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) { cells.push(cell); out.push({ line: start, cells }); }
  return out.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

export interface ImportRow {
  line: number;
  serial: string;
  values: Record<string, unknown>;
  problems: string[];
}

export interface ParsedImport {
  rows: ImportRow[];
  /** The whole paste is unusable (no header, missing columns, too many rows). */
  fatal: string | null;
  warnings: string[];
}

/**
 * Maps records to entry fields. An empty 一级事项 repeats the one above (merged cells copy as blanks);
 * 公开对象/公开方式 take their usual spellings; channels split on 、 and commas.
 */
export function readCatalogue(text: string): ParsedImport {
  const records = parseDelimited(text);
  const warnings: string[] = [];
  if (records.length < 2) return { rows: [], fatal: '请粘贴包含表头行和至少一行数据的目录表格', warnings };
  const header = records[0].cells.map((h) => HEADERS[normaliseHeader(h)] ?? null);
  records[0].cells.forEach((h, i) => { if (!header[i] && h.trim()) warnings.push(`第 ${i + 1} 列“${h.trim()}”不是标准目录的列，已忽略`); });
  const missing = REQUIRED.filter((f) => !header.includes(f));
  if (missing.length) return { rows: [], fatal: `表头缺少${missing.map((f) => (f === 'itemL1' ? '“一级事项”' : '“公开内容（要素）”')).join('、')}列（第 1 行须为表头）`, warnings };
  if (records.length - 1 > MAX_IMPORT_ROWS) return { rows: [], fatal: `一次最多导入 ${MAX_IMPORT_ROWS} 行，请分批粘贴`, warnings };
  let lastL1 = '';
  const rows = records.slice(1).map((r, index): ImportRow => {
    const raw: Partial<Record<ImportField, string>> = {};
    header.forEach((f, i) => { if (f) raw[f] = (r.cells[i] ?? '').trim(); });
    const problems: string[] = [];
    if (r.cells.length > header.length && r.cells.slice(header.length).some((c) => c.trim())) problems.push('本行的列数多于表头');
    const itemL1 = raw.itemL1 || lastL1;
    lastL1 = itemL1;
    const values: Record<string, unknown> = { itemL1, content: raw.content ?? '', sortOrder: (index + 1) * 10 };
    if (raw.category) values.category = raw.category;
    if (raw.itemL2) values.itemL2 = raw.itemL2;
    for (const f of ['basis', 'timeLimit', 'subject', 'level'] as const) if (raw[f]) values[f] = raw[f];
    if (raw.channels) values.channels = splitChannels(raw.channels);
    if (raw.audience !== undefined) {
      const a = normaliseAudience(raw.audience);
      if (a) values.audience = a;
      else problems.push(`公开对象“${raw.audience}”应为全社会或特定群体`);
    }
    if (raw.mode !== undefined) {
      const m = normaliseMode(raw.mode);
      if (m) values.mode = m;
      else problems.push(`公开方式“${raw.mode}”应为主动或依申请`);
    }
    return { line: r.line, serial: raw.serial ?? '', values, problems };
  });
  return { rows, fatal: null, warnings };
}
