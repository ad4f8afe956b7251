import { AppError, ConflictError, NotFoundError } from '../../platform/errors/index.js';
import type { CheckReport } from './publications.schemas.js';
import { STATUS_LABELS, type DocumentStatus } from './vocabulary.js';

export class DocumentNotFound extends NotFoundError {
  constructor() {
    super('文件', 'DOCUMENT_NOT_FOUND');
  }
}

export class AttachmentNotFound extends NotFoundError {
  constructor() {
    super('附件', 'ATTACHMENT_NOT_FOUND');
  }
}

/** The action is not allowed in the document's current workflow state. */
export class DocumentStateConflict extends ConflictError {
  constructor(status: DocumentStatus, action: string) {
    super('DOCUMENT_STATE_CONFLICT', `文件当前状态为“${STATUS_LABELS[status]}”，不能${action}`, { documentStatus: status });
  }
}

/** Somebody saved the document since the editor loaded it. */
export class DocumentVersionConflict extends ConflictError {
  constructor(current: number) {
    super('DOCUMENT_VERSION_CONFLICT', `文件已被他人修改（当前版本 ${current}），请刷新后再保存`, { currentVersion: current });
  }
}

/**
 * The publication gate refused: personal information, sensitive words, broken links, empty attachments
 * or missing required fields. The findings (with their exact places) travel in the problem document.
 */
export class PublicationCheckFailed extends AppError {
  constructor(report: CheckReport) {
    super({
      code: 'PUBLICATION_CHECK_FAILED',
      status: 422,
      title: '发布前检查未通过',
      detail: report.summary,
      extensions: { findings: report.findings },
    });
  }
}

export class InvalidDocumentField extends AppError {
  constructor(field: string, message: string) {
    super({ code: 'VALIDATION_FAILED', status: 400, title: '请求内容有误', detail: message, errors: [{ path: `body.${field}`, message }] });
  }
}

export class SensitiveWordTaken extends ConflictError {
  constructor(word: string) {
    super('SENSITIVE_WORD_TAKEN', `敏感词“${word}”已在词库中`);
  }
}
