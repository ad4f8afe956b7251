import { extractDocxText, extractXlsxText } from './extract-office.js';
import { extractPdfText } from './extract-pdf.js';
import { UnsupportedAttachmentTypeError } from './errors.js';
import { decodeText } from './text-decode.js';
import type { FileType } from './types.js';

/** The text of an attachment, for search and the personal-information check. */
export interface ExtractedText {
  text: string;
  /** 0 bytes, or (pdf/docx/xlsx/text) no visible character: the publication check refuses it. */
  empty: boolean;
  /** PDF page count. */
  pages?: number;
  /** Why the text may be incomplete (Chinese, for the editor), e.g. it was cut at the cap. */
  warning?: string;
}

/** Longest text kept (characters): the check and the index read all of it, a 2-million-character attachment is already a book. */
export const MAX_TEXT_CHARS = 2_000_000;

function cap(text: string): { text: string; capped: boolean } {
  if (text.length <= MAX_TEXT_CHARS) return { text, capped: false };
  const end = /[\uD800-\uDBFF]/.test(text[MAX_TEXT_CHARS - 1]) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS; // never split a surrogate pair
  return { text: text.slice(0, end), capped: true };
}

async function rawText(buf: Buffer, type: Exclude<FileType, 'unknown' | 'image'>): Promise<{ text: string; pages?: number }> {
  switch (type) {
    case 'pdf':
      return extractPdfText(buf);
    case 'docx':
      return { text: await extractDocxText(buf) };
    case 'xlsx':
      return { text: await extractXlsxText(buf) };
    case 'text':
      return { text: decodeText(buf).text };
  }
}

/**
 * Extracts an attachment's text: PDF with pdf.js (lines rebuilt from the text positions,
 * pages separated by a blank line), DOCX with mammoth (plus headers and footers), XLSX
 * with exceljs (per sheet: its name, then rows of tab-separated cell values, formulas by
 * their result), plain text as UTF-8 or else GB18030. Images have no text (`''`, not an
 * error). Text beyond {@link MAX_TEXT_CHARS} is cut off and `warning` says so; a PDF without
 * any text (a scan) also gets a warning.
 *
 * @throws AttachmentUnreadableError (422, ATTACHMENT_UNREADABLE) for a damaged or password-protected file.
 * @throws UnsupportedAttachmentTypeError (415) for type `unknown`.
 * @example const { text, empty } = await extractText(buf, detectFileType(buf, name).type);
 */
export async function extractText(buf: Buffer, type: FileType): Promise<ExtractedText> {
  if (type === 'unknown') throw new UnsupportedAttachmentTypeError();
  if (buf.length === 0) return { text: '', empty: true };
  if (type === 'image') return { text: '', empty: false };
  const raw = await rawText(buf, type);
  const { text, capped } = cap(raw.text);
  const empty = !/\S/.test(text);
  const result: ExtractedText = { text, empty };
  if (raw.pages !== undefined) result.pages = raw.pages;
  if (capped) result.warning = `附件文字超过 ${MAX_TEXT_CHARS.toLocaleString('en-US')} 字，只提取了前 ${MAX_TEXT_CHARS.toLocaleString('en-US')} 字`;
  else if (empty && type === 'pdf') result.warning = '该 PDF 没有可提取的文字（可能是扫描件），无法检查其中的个人信息';
  return result;
}
