import { AppError, ConflictError, NotFoundError } from '../../../platform/errors/index.js';

export class BulletinNotFound extends NotFoundError {
  constructor() {
    super('季度通报', 'PLAN_BULLETIN_NOT_FOUND');
  }
}

export class BulletinVersionConflict extends ConflictError {
  constructor(currentVersion: number) {
    super('PLAN_BULLETIN_VERSION_CONFLICT', '该通报刚被他人修改过，请刷新后重试', { currentVersion });
  }
}

/** One bulletin per organisation, quarter and scope (all plans of the year, or one plan). */
export class BulletinExists extends ConflictError {
  constructor(bulletinId: number, status: string) {
    super('PLAN_BULLETIN_EXISTS', status === 'published' ? '该季度的通报已经发布，不能重复生成' : '该季度的通报已经生成（草稿），请打开草稿修改或重新生成数据', { bulletinId, bulletinStatus: status });
  }
}

/** A published bulletin is final: its texts and figures no longer change. */
export class BulletinPublished extends ConflictError {
  constructor(what: string) {
    super('PLAN_BULLETIN_PUBLISHED', `通报已经发布，不能再${what}`, { bulletinStatus: 'published' });
  }
}

/** 422: nothing to report on (no adopted plan of the year, or the plan was adopted after the day). */
export class BulletinNothingToReport extends AppError {
  constructor(detail: string) {
    super({ code: 'PLAN_BULLETIN_NO_PLANS', status: 422, title: '没有可通报的任务', detail });
  }
}

/** 422: the quarter has not begun. */
export class BulletinQuarterNotStarted extends AppError {
  constructor(detail: string) {
    super({ code: 'PLAN_BULLETIN_QUARTER_NOT_STARTED', status: 422, title: '季度尚未开始', detail });
  }
}
