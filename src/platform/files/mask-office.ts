import type JSZip from 'jszip';

/** jszip is loaded with the first office file (not at start). */
const loadZip = async (buf: Buffer): Promise<JSZip> => (await import('jszip')).default.loadAsync(buf);
import { AttachmentUnreadableError } from './errors.js';
import { WORD_PARAGRAPH } from './extract-office.js';
import { applyEdits, decodeXml, encodeXml, maskXmlText, type Edit, type TextSpec } from './ooxml.js';
import type { MaskBlock } from './types.js';

/** Word parts with text: body, headers, footers, notes, comments. */
const WORD_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

const SHARED_STRING: TextSpec = { group: 'si', text: ['t'], skip: ['rPh'] }; // rPh: phonetic guide, not shown
const INLINE_STRING: TextSpec = { group: 'is', text: ['t'], skip: ['rPh'] };
const COMMENT: TextSpec = { group: 'comment', text: ['t'] };
const THREADED_COMMENT: TextSpec = { group: 'threadedComment', text: ['text'] };

async function open(buf: Buffer, type: 'docx' | 'xlsx'): Promise<JSZip> {
  try {
    return await loadZip(buf);
  } catch (err) {
    throw new AttachmentUnreadableError(type, 'corrupt', err);
  }
}

/** Rewrites the matching parts in place; parts left unchanged are not touched. */
async function rewrite(zip: JSZip, parts: RegExp, change: (xml: string, name: string) => string): Promise<Buffer> {
  for (const name of Object.keys(zip.files).filter((n) => parts.test(n) && !zip.files[n].dir)) {
    const xml = await zip.files[name].async('string');
    const masked = change(xml, name);
    if (masked !== xml) zip.file(name, masked);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * A Word document with every paragraph's text masked (body, headers, footers, notes,
 * comments, tracked deletions). Characters are written back into the same runs, so
 * formatting is kept and a number split across runs is masked whole.
 *
 * @throws AttachmentUnreadableError (422) when the file is not a readable ZIP.
 * @throws Error when `maskBlock` changes the length.
 */
export async function maskDocx(buf: Buffer, maskBlock: MaskBlock): Promise<Buffer> {
  const zip = await open(buf, 'docx');
  if (!zip.file('word/document.xml')) throw new AttachmentUnreadableError('docx', 'corrupt');
  return rewrite(zip, WORD_PARTS, (xml) => maskXmlText(xml, WORD_PARAGRAPH, maskBlock));
}

// One cell with content; a cell never contains another, so the lazy body ends at its own </c>.
const CELL = /<c\b((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*>([\s\S]*?)<\/c>/g;
const TYPE_ATTR = /\st\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const PLAIN_VALUE = /^\s*<v>([^<]*)<\/v>\s*$/;
const CACHED_VALUE = /<v>([^<]*)<\/v>/;
// An ID or phone number typed as a number: Excel keeps up to 15 significant digits exactly.
const LONG_NUMBER = /^\d{11,19}$/;

function maskValue(value: string, maskBlock: MaskBlock): string {
  const masked = maskBlock(value);
  if (masked.length !== value.length) throw new Error(`maskBlock must keep the length (got ${masked.length} characters for ${value.length})`);
  return masked;
}

/**
 * Masks numbers long enough to be an ID or phone number that were typed as numbers
 * (a masked value can only be text, so the cell becomes an inline string) and the cached
 * results of string formulas (`t="str"`), which would otherwise keep the raw value.
 */
function maskCells(xml: string, maskBlock: MaskBlock): string {
  const edits: Edit[] = [];
  for (const m of xml.matchAll(CELL)) {
    const [whole, attrs, body] = m;
    const typeMatch = TYPE_ATTR.exec(attrs);
    const type = typeMatch ? (typeMatch[1] ?? typeMatch[2]) : 'n';
    let text: string | null = null;
    if (type === 'n') {
      const value = PLAIN_VALUE.exec(body)?.[1]; // formula cells (<f>) are left to recalculate from masked inputs
      if (value === undefined || !LONG_NUMBER.test(value)) continue;
      const masked = maskValue(value, maskBlock);
      if (masked !== value) text = `<c${attrs.replace(TYPE_ATTR, '')} t="inlineStr"><is><t>${encodeXml(masked)}</t></is></c>`;
    } else if (type === 'str') {
      const cached = CACHED_VALUE.exec(body);
      if (!cached) continue;
      const value = decodeXml(cached[1]);
      const masked = maskValue(value, maskBlock);
      if (masked !== value) text = whole.replace(cached[0], `<v>${encodeXml(masked)}</v>`);
    }
    if (text !== null) edits.push({ start: m.index, end: m.index + whole.length, text });
  }
  return applyEdits(xml, edits);
}

/**
 * A workbook with shared strings, inline strings, long numbers (IDs, phone numbers typed
 * as numbers), cached formula strings and cell comments masked by XML rewrite, so styles,
 * formulas and layout are kept.
 *
 * @throws AttachmentUnreadableError (422) when the file is not a readable ZIP.
 * @throws Error when `maskBlock` changes the length.
 */
export async function maskXlsx(buf: Buffer, maskBlock: MaskBlock): Promise<Buffer> {
  const zip = await open(buf, 'xlsx');
  if (!zip.file('xl/workbook.xml')) throw new AttachmentUnreadableError('xlsx', 'corrupt');
  const parts = /^xl\/(sharedStrings\.xml|worksheets\/[^/]+\.xml|comments[^/]*\.xml|threadedComments\/[^/]+\.xml)$/;
  return rewrite(zip, parts, (xml, name) => {
    if (name === 'xl/sharedStrings.xml') return maskXmlText(xml, SHARED_STRING, maskBlock);
    if (name.startsWith('xl/worksheets/')) return maskCells(maskXmlText(xml, INLINE_STRING, maskBlock), maskBlock);
    if (name.startsWith('xl/threadedComments/')) return maskXmlText(xml, THREADED_COMMENT, maskBlock);
    return maskXmlText(xml, COMMENT, maskBlock);
  });
}
