import { type Principal, type Role, hasRole, inScope } from '../../../platform/auth/index.js';
import { ForbiddenError, NotFoundError } from '../../../platform/errors/index.js';

/** 设置指标、计算、评分、发布: the 政务公开办 of the assessing organisation or above (and a sysadmin). */
export const ASSESSMENT_WRITERS: readonly Role[] = ['office_admin', 'sysadmin'];

/** Readers: staff of the assessing organisation or above; others are told it does not exist. */
export function assertAssessmentReader(p: Principal, orgPath: string): void {
  if (!inScope(p, orgPath)) throw new NotFoundError('组织机构', 'ORG_NOT_FOUND');
}

export function assertAssessmentWriter(p: Principal, orgPath: string): void {
  assertAssessmentReader(p, orgPath);
  if (!hasRole(p, ...ASSESSMENT_WRITERS)) throw new ForbiddenError('只有考核机构（或上级）的政务公开办管理员可以设置考核指标、评分和发布结果');
}
