import { AppError } from '../errors/index.js';
import type { FileType } from './types.js';

const LABELS: Record<FileType, string> = { pdf: 'PDF', docx: 'DOCX', xlsx: 'XLSX', image: '图片', text: '文本', unknown: '未知格式' };

/** Why a file could not be read. */
export type UnreadableReason = 'corrupt' | 'encrypted';

/**
 * 422: an attachment of an accepted type whose content cannot be read (damaged, truncated,
 * password-protected). Its text cannot be checked for personal information, so it cannot be published.
 *
 * @example throw new AttachmentUnreadableError('pdf', 'encrypted', err);
 */
export class AttachmentUnreadableError extends AppError {
  readonly fileType: FileType;
  readonly reason: UnreadableReason;

  constructor(fileType: FileType, reason: UnreadableReason, cause?: unknown) {
    const label = LABELS[fileType];
    super({
      code: 'ATTACHMENT_UNREADABLE',
      status: 422,
      title: '附件无法读取',
      detail:
        reason === 'encrypted'
          ? `该${label}文件设有打开密码（已加密），无法读取其中的文字，请上传未加密的文件`
          : `该${label}文件已损坏或格式不正确，无法读取其中的文字，请检查后重新上传`,
      extensions: { fileType, reason },
      cause,
    });
    this.fileType = fileType;
    this.reason = reason;
  }
}

/**
 * The sentence that refuses a file of another type, naming it when `filename` is given;
 * `hint` adds what to do (e.g. save a DOC as DOCX).
 *
 * @throws never
 * @example unsupportedTypeMessage('通知.doc') // '“通知.doc”：不支持的附件格式：只接受 PDF、DOCX、XLSX、图片（PNG/JPEG/GIF/WebP）和纯文本'
 */
export function unsupportedTypeMessage(filename?: string, hint?: string): string {
  const message = `不支持的附件格式：只接受 PDF、DOCX、XLSX、图片（PNG/JPEG/GIF/WebP）和纯文本${hint ? `。${hint}` : ''}`;
  return filename ? `“${filename}”：${message}` : message;
}

/**
 * 415: an attachment whose content is none of the accepted types (checked by magic bytes,
 * not by the file name). `filename` is named in the detail.
 *
 * @example throw new UnsupportedAttachmentTypeError('通知.doc', '请将 DOC 文件另存为 DOCX 后上传');
 */
export class UnsupportedAttachmentTypeError extends AppError {
  constructor(filename?: string, hint?: string) {
    super({
      code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
      status: 415,
      title: '附件格式不受支持',
      detail: unsupportedTypeMessage(filename, hint),
      extensions: filename ? { filename } : undefined,
    });
  }
}
