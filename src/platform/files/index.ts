/**
 * Attachments of government documents, domain-free: content-addressed storage, type
 * detection by magic bytes, text extraction (PDF, DOCX, XLSX, plain text) for search and
 * the personal-information check, and masked copies (去标识化) of DOCX, XLSX and text.
 * See CONTEXT.md for the guarantees.
 */
export { detectFileType, unsupportedAttachmentError, type DetectedFile } from './detect.js';
export { AttachmentUnreadableError, UnsupportedAttachmentTypeError, unsupportedTypeMessage, type UnreadableReason } from './errors.js';
export { extractText, MAX_TEXT_CHARS, type ExtractedText } from './extract.js';
export { maskFile } from './mask.js';
export { createFileStore, InvalidFileKeyError, type FileStore, type StoredFile } from './store.js';
export { ALLOWED_TYPES, type FileType, type MaskBlock } from './types.js';
