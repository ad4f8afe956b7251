import { type Principal, hasRole } from '../../platform/auth/index.js';
import { ForbiddenError } from '../../platform/errors/index.js';

/*
 * Who may do what with an information request. Scope (the handling organisation within the caller's
 * subtree) is checked by the service first; a sysadmin passes every role check.
 */

/** 登记、补正告知、征求意见、收费、答复: the 政务公开办 (office_admin) and the 承办人 (handler). */
export function assertCanHandle(p: Principal): void {
  if (!hasRole(p, 'office_admin', 'handler', 'sysadmin')) throw new ForbiddenError('只有政务公开办管理员或承办人员可以办理依申请公开');
}

/** 延期 needs the approval of the head of the 政府信息公开工作机构 (条例第三十三条第二款): a leader. */
export function assertCanApproveExtension(p: Principal): void {
  if (!hasRole(p, 'leader', 'sysadmin')) throw new ForbiddenError('延期答复须经政府信息公开工作机构负责人（审核领导）同意');
}

/** Seeing an applicant's full personal data (ID number, phone, address) is for those who handle requests. */
export function assertCanSeePersonalData(p: Principal): void {
  if (!hasRole(p, 'office_admin', 'handler', 'leader', 'sysadmin')) throw new ForbiddenError('您无权查看申请人的完整个人信息');
}

/** 答复模板 and letter settings belong to the 政务公开办. */
export function assertCanManageTemplates(p: Principal): void {
  if (!hasRole(p, 'office_admin', 'sysadmin')) throw new ForbiddenError('只有政务公开办管理员可以维护答复模板和文书设置');
}

/**
 * Who may read requests at all (lists, details, letters, appeals): applicants' requests are not for
 * every staff account — editors and reviewers of 主动公开 have no business there.
 */
export const REQUEST_READERS = ['office_admin', 'handler', 'leader', 'sysadmin'] as const;
