import { AppError, ConflictError, NotFoundError } from '../../platform/errors/index.js';

export class PlanNotFound extends NotFoundError {
  constructor() {
    super('分工方案', 'PLAN_NOT_FOUND');
  }
}

export class PlanTaskNotFound extends NotFoundError {
  constructor() {
    super('任务', 'PLAN_TASK_NOT_FOUND');
  }
}

export class PlanVersionConflict extends ConflictError {
  constructor(currentVersion: number) {
    super('PLAN_VERSION_CONFLICT', '该方案刚被他人修改过，请刷新后重试', { currentVersion });
  }
}

export class PlanTaskVersionConflict extends ConflictError {
  constructor(currentVersion: number) {
    super('PLAN_TASK_VERSION_CONFLICT', '该任务刚被他人修改过，请刷新后重试', { currentVersion });
  }
}

/** The plan is not in the state the action needs (editing an adopted plan, adopting twice, reporting on a draft). */
export class PlanStateConflict extends ConflictError {
  constructor(code: 'PLAN_NOT_DRAFT' | 'PLAN_NOT_ADOPTED', detail: string, planStatus: string) {
    super(code, detail, { planStatus });
  }
}

/** The task is not in the state the step needs: 409 with a stable code and the reason in Chinese. */
export class PlanTaskStateConflict extends ConflictError {
  constructor(code: 'PLAN_TASK_CLOSED' | 'PLAN_TASK_SUBMITTED' | 'PLAN_TASK_NOT_SUBMITTED', detail: string, taskStatus: string) {
    super(code, detail, { taskStatus });
  }
}

/** 400: a piece of evidence that cannot be accepted (unpublished document, non-http link, unknown file). */
export class EvidenceInvalid extends AppError {
  constructor(detail: string, path: string) {
    super({ code: 'PLAN_EVIDENCE_INVALID', status: 400, title: '佐证材料有误', detail, errors: [{ path, message: detail }] });
  }
}

/** 415: an upload for the import preview that is neither plain text nor DOCX. */
export class PlanSourceTypeRefused extends AppError {
  constructor() {
    super({ code: 'PLAN_SOURCE_TYPE_NOT_ALLOWED', status: 415, title: '不支持的文件类型', detail: '请上传 .txt（UTF-8 或 GB18030）或 .docx 文件；.doc 请先另存为 .docx，PDF 请复制其文字后粘贴' });
  }
}

/** 413: the plan's text is longer than the preview reads. */
export class PlanSourceTooLong extends AppError {
  constructor(max: number) {
    super({ code: 'PLAN_SOURCE_TOO_LONG', status: 413, title: '方案文本过长', detail: `方案文本超过${max.toLocaleString('en-US')}字，请只保留方案正文后再导入` });
  }
}
