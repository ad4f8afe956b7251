import { UnsupportedAttachmentTypeError } from './errors.js';
import type { FileType } from './types.js';
import { zipEntryNames } from './zip.js';

/** The judged type of an attachment, with the MIME type and extension to store and serve it under. */
export interface DetectedFile {
  type: FileType;
  mime: string;
  /** Lower-case extension without the dot (`pdf`, `jpg`); `''` for unknown. */
  ext: string;
}

const UNKNOWN: DetectedFile = { type: 'unknown', mime: 'application/octet-stream', ext: '' };

const startsWith = (buf: Buffer, bytes: readonly number[], at = 0) => bytes.every((b, i) => buf[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const PDF_HEADER = Buffer.from('%PDF-');
const ZIP = ascii('PK\x03\x04');
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc/.xls/.ppt and password-protected .docx/.xlsx
const IMAGES: { magic: readonly number[]; mime: string; ext: string; also?: { magic: readonly number[]; at: number } }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], mime: 'image/png', ext: 'png' },
  { magic: [0xff, 0xd8, 0xff], mime: 'image/jpeg', ext: 'jpg' },
  { magic: ascii('GIF87a'), mime: 'image/gif', ext: 'gif' },
  { magic: ascii('GIF89a'), mime: 'image/gif', ext: 'gif' },
  { magic: ascii('RIFF'), mime: 'image/webp', ext: 'webp', also: { magic: ascii('WEBP'), at: 8 } },
];
const TEXT_MIME: Record<string, string> = { txt: 'text/plain', csv: 'text/csv' };

function extensionOf(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Text has no NUL bytes (except UTF-16, which announces itself with a byte-order mark). */
function looksLikeText(buf: Buffer): boolean {
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) return true;
  return !buf.subarray(0, 8192).includes(0);
}

/**
 * Judges an attachment by its content: `%PDF-` (within the first 1,024 bytes, as readers
 * allow), a ZIP holding `word/document.xml` (docx) or `xl/workbook.xml` (xlsx), PNG, JPEG,
 * GIF or WebP signatures. Only plain text, which has no signature, is taken from the name
 * (`.txt`, `.csv`, and no NUL bytes). A renamed file is judged by what it is: `a.pdf`
 * holding a Word document is docx, random bytes named `.pdf` are unknown.
 *
 * @throws never
 * @example detectFileType(buf, '通知.pdf') // { type: 'pdf', mime: 'application/pdf', ext: 'pdf' }
 */
export function detectFileType(buf: Buffer, filename: string): DetectedFile {
  if (buf.subarray(0, 1024).includes(PDF_HEADER)) return { type: 'pdf', mime: 'application/pdf', ext: 'pdf' };
  if (startsWith(buf, ZIP)) {
    const names = new Set(zipEntryNames(buf) ?? []);
    if (names.has('word/document.xml')) {
      return { type: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' };
    }
    if (names.has('xl/workbook.xml')) {
      return { type: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' };
    }
    return UNKNOWN;
  }
  for (const image of IMAGES) {
    if (startsWith(buf, image.magic) && (!image.also || startsWith(buf, image.also.magic, image.also.at))) {
      return { type: 'image', mime: image.mime, ext: image.ext };
    }
  }
  const ext = extensionOf(filename);
  if (ext in TEXT_MIME && looksLikeText(buf)) return { type: 'text', mime: TEXT_MIME[ext], ext };
  return UNKNOWN;
}

/**
 * The 415 error refusing a file that {@link detectFileType} judged unknown, with a hint
 * for the common cases (old Office formats, WPS, OFD, archives).
 *
 * @throws never (returns the error for the caller to throw)
 * @example throw unsupportedAttachmentError(buf, '通知.doc');
 */
export function unsupportedAttachmentError(buf: Buffer, filename: string): UnsupportedAttachmentTypeError {
  const ext = extensionOf(filename);
  let hint: string | undefined;
  if (startsWith(buf, OLE)) hint = '旧版 Office 文件（DOC/XLS）或设有密码的 Office 文件，请另存为不加密的 DOCX/XLSX 后上传';
  else if (ext === 'wps' || ext === 'et') hint = 'WPS 文件请另存为 DOCX/XLSX 后上传';
  else if (ext === 'ofd') hint = 'OFD 版式文件请转换为 PDF 后上传';
  else if (['zip', 'rar', '7z'].includes(ext)) hint = '压缩包请解压后逐个上传';
  return new UnsupportedAttachmentTypeError(filename, hint);
}
