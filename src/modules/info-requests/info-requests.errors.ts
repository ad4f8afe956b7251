import { AppError, ConflictError, NotFoundError } from '../../platform/errors/index.js';

export class RequestNotFound extends NotFoundError {
  constructor() {
    super('政府信息公开申请', 'INFO_REQUEST_NOT_FOUND');
  }
}

/** The step is not allowed now (the clock's rules, stepProblem): 409 with the reason in Chinese. */
export class RequestStepRefused extends ConflictError {
  constructor(detail: string, status: string) {
    super('INFO_REQUEST_STEP_REFUSED', detail, { requestStatus: status });
  }
}

/** Tracking code and secret (or ID digits) do not match: one answer for both, so codes cannot be probed. */
export class TrackingRefused extends AppError {
  constructor() {
    super({ code: 'INFO_REQUEST_TRACKING_REFUSED', status: 404, title: '查询不到申请', detail: '查询码或查询密码（证件号后六位）不正确，请核对后重试' });
  }
}

/** The same applicant already asked for the same information and it is still being handled. */
export class DuplicateRequest extends ConflictError {
  constructor(trackingCode: string, submittedOn: string) {
    super('INFO_REQUEST_DUPLICATE', `您已于${submittedOn}提交过内容相同的申请（查询码 ${trackingCode}），正在办理中，请勿重复提交；可凭查询码查询办理进度`, { trackingCode });
  }
}

/** Too many submissions by one person in a period (条例第三十五条 allows asking for reasons; this only slows abuse). */
export class TooManyRequests extends AppError {
  constructor(limit: number, hours: number) {
    super({ code: 'INFO_REQUEST_RATE_LIMITED', status: 429, title: '提交过于频繁', detail: `同一申请人${hours}小时内最多在线提交${limit}件申请，请稍后再试；如确有需要，可通过信函或当面提交` });
  }
}
