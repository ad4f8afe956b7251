import type JSZip from 'jszip';

/** jszip is loaded with the first office file (not at start). */
const loadZip = async (buf: Buffer): Promise<JSZip> => (await import('jszip')).default.loadAsync(buf);
import { AttachmentUnreadableError } from './errors.js';
import { groupTexts, type TextSpec } from './ooxml.js';
import { zipEntryNames } from './zip.js';

/** Word parts whose text mammoth leaves out but the privacy check must see (maskFile masks them too). */
const DOCX_EXTRA_PARTS = /^word\/(footnotes|endnotes|comments|header\d*|footer\d*)\.xml$/;
export const WORD_PARAGRAPH: TextSpec = { group: 'w:p', text: ['w:t', 'w:delText'] };

/**
 * Text of a Word document: the body with mammoth (paragraphs separated by a blank line),
 * then the distinct paragraphs of comments, endnotes, footers, footnotes and headers.
 *
 * @throws AttachmentUnreadableError (422) when the file is not a readable DOCX.
 */
export async function extractDocxText(buf: Buffer): Promise<string> {
  try {
    const { default: mammoth } = await import('mammoth'); // loaded on first use
    const { value } = await mammoth.extractRawText({ buffer: buf });
    const zip = await loadZip(buf);
    const extra = new Set<string>(); // distinct: every section repeats its header and footer
    for (const name of Object.keys(zip.files).filter((n) => DOCX_EXTRA_PARTS.test(n)).sort()) {
      for (const p of groupTexts(await zip.files[name].async('string'), WORD_PARAGRAPH)) extra.add(p.trim());
    }
    return [value.replace(/\s+$/, ''), ...extra].filter((s) => s !== '').join('\n\n');
  } catch (err) {
    throw new AttachmentUnreadableError('docx', 'corrupt', err);
  }
}

type CellValue = import('exceljs').CellValue;

/** What a cell shows: formulas their result, rich text and hyperlinks their text, dates as YYYY-MM-DD. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString(); // exceljs reads Excel dates as UTC midnight
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as CellValue);
  if ('error' in value) return value.error;
  return '';
}

/**
 * Text of a workbook: for each sheet its name on a line, then one line per non-empty row
 * with the cells joined by tabs (trailing empty cells dropped); sheets separated by a blank line.
 *
 * @throws AttachmentUnreadableError (422) when the file is not a readable XLSX.
 */
export async function extractXlsxText(buf: Buffer): Promise<string> {
  let workbook: import('exceljs').Workbook;
  // exceljs reads any ZIP without complaint (as an empty workbook), so check for the workbook part first.
  if (!zipEntryNames(buf)?.includes('xl/workbook.xml')) throw new AttachmentUnreadableError('xlsx', 'corrupt');
  try {
    const { default: ExcelJS } = await import('exceljs'); // loaded on first use
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buf as unknown as ArrayBuffer); // its typings call ArrayBuffer "Buffer"; it reads a Node Buffer
  } catch (err) {
    throw new AttachmentUnreadableError('xlsx', 'corrupt', err);
  }
  const sheets: string[] = [];
  workbook.eachSheet((sheet) => {
    const lines = [sheet.name];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).replace(/\s+/g, ' ').trim());
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      if (cells.length > 0) lines.push(cells.join('\t'));
    });
    sheets.push(lines.join('\n'));
  });
  return sheets.join('\n\n');
}
