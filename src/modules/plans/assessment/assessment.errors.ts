import { AppError, ConflictError } from '../../../platform/errors/index.js';

export class AssessmentVersionConflict extends ConflictError {
  constructor(currentVersion: number) {
    super('ASSESSMENT_VERSION_CONFLICT', '考核表刚被他人修改过，请刷新后重试', { currentVersion });
  }
}

/** Published results are final. */
export class AssessmentPublished extends ConflictError {
  constructor(what: string) {
    super('ASSESSMENT_PUBLISHED', `考核结果已经发布，不能再${what}`, { assessmentStatus: 'published' });
  }
}

/** 400: a manual score outside 0…weight, on a computed indicator, or for a unit not assessed. */
export class AssessmentScoreInvalid extends AppError {
  constructor(detail: string, path = 'body.score') {
    super({ code: 'ASSESSMENT_SCORE_INVALID', status: 400, title: '评分有误', detail, errors: [{ path, message: detail }] });
  }
}

/** 400: the indicator table is not acceptable (duplicate names, an id of another table, bad params). */
export class AssessmentIndicatorsInvalid extends AppError {
  constructor(detail: string, path: string) {
    super({ code: 'ASSESSMENT_INDICATORS_INVALID', status: 400, title: '考核指标有误', detail, errors: [{ path, message: detail }] });
  }
}

/** 422: publishing with no indicators, or cells still without a score. */
export class AssessmentIncomplete extends AppError {
  constructor(detail: string, missing: { unit: string; indicator: string }[]) {
    super({ code: 'ASSESSMENT_INCOMPLETE', status: 422, title: '考核表尚未完成', detail, extensions: { missing } });
  }
}
