/**
 * The one base class for expected failures. Services throw subclasses; the HTTP
 * error handler maps them to problem+json (RFC 9457) for the API and a Chinese
 * error page for HTML routes.
 *
 * @example
 *   throw new AppError({ code: 'ORG_NOT_FOUND', status: 404, title: '组织机构不存在', detail: `编码 ${code} 不存在` });
 */
export interface AppErrorInit {
  /** Stable machine code, e.g. `INFO_REQUEST_ALREADY_EXTENDED`. */
  code: string;
  /** HTTP status the API answers with. */
  status: number;
  /** Short Chinese title shown to people. */
  title: string;
  /** Chinese detail for this occurrence. */
  detail?: string;
  /** Field-level problems, e.g. from validation. */
  errors?: FieldProblem[];
  /** Extra members for the problem document (machine-readable facts). */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

export interface FieldProblem {
  /** JSON pointer-ish path such as `body.username`. */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly errors?: FieldProblem[];
  readonly extensions?: Record<string, unknown>;

  constructor(init: AppErrorInit) {
    super(init.detail ?? init.title, { cause: init.cause });
    this.name = new.target.name;
    this.code = init.code;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
    this.extensions = init.extensions;
  }
}

/** 400: the request is malformed or invalid. */
export class ValidationError extends AppError {
  constructor(detail: string, errors?: FieldProblem[]) {
    super({ code: 'VALIDATION_FAILED', status: 400, title: '请求内容有误', detail, errors });
  }
}

/** 401: no valid session or wrong credentials. */
export class UnauthenticatedError extends AppError {
  constructor(detail = '请先登录', code = 'UNAUTHENTICATED') {
    super({ code, status: 401, title: '未登录或登录已失效', detail });
  }
}

/** 403: authenticated but not allowed (role or organisation scope). */
export class ForbiddenError extends AppError {
  constructor(detail = '您没有执行此操作的权限', code = 'FORBIDDEN') {
    super({ code, status: 403, title: '无权操作', detail });
  }
}

/** 404: the thing does not exist or is outside the caller's scope. */
export class NotFoundError extends AppError {
  constructor(what: string, code = 'NOT_FOUND') {
    super({ code, status: 404, title: '未找到', detail: `${what}不存在或您无权查看` });
  }
}

/** 409: the request conflicts with the current state (duplicates, wrong state). */
export class ConflictError extends AppError {
  constructor(code: string, detail: string, extensions?: Record<string, unknown>) {
    super({ code, status: 409, title: '操作与当前状态冲突', detail, extensions });
  }
}
