import { type Principal, hasRole } from '../../platform/auth/index.js';
import { ForbiddenError } from '../../platform/errors/index.js';

/*
 * Who may do what with a document. Scope (the document's organisation within the caller's subtree) is
 * checked by the service before these role checks; a sysadmin passes every role check.
 */

/** 起草、修改、提交、去标识化: an editor, or the 政务公开办 of the organisation. */
export function assertCanEdit(p: Principal): void {
  if (!hasRole(p, 'editor', 'office_admin', 'sysadmin')) throw new ForbiddenError('只有信息编辑或政务公开办管理员可以编辑文件');
}

/**
 * 保密审查 (一事一审): a reviewer of the organisation, and never the person who drafted the document —
 * review by the author would not be a review.
 */
export function assertCanReview(p: Principal, createdBy: number | null): void {
  if (!hasRole(p, 'reviewer', 'sysadmin')) throw new ForbiddenError('只有保密审查员可以进行保密审查');
  if (createdBy !== null && createdBy === p.userId && !hasRole(p, 'sysadmin')) throw new ForbiddenError('不能审查自己起草的文件（一事一审，起草与审查须由不同人员负责）', 'REVIEW_OWN_DOCUMENT');
}

/** 签发/发布: a leader of the organisation. */
export function assertCanPublish(p: Principal): void {
  if (!hasRole(p, 'leader', 'sysadmin')) throw new ForbiddenError('只有审核领导可以签发发布');
}

/** 撤回: a leader or the 政务公开办. */
export function assertCanWithdraw(p: Principal): void {
  if (!hasRole(p, 'leader', 'office_admin', 'sysadmin')) throw new ForbiddenError('只有审核领导或政务公开办管理员可以撤回已发布的文件');
}

/** The sensitive-word list is the 政务公开办's. */
export function assertCanManageWords(p: Principal): void {
  if (!hasRole(p, 'office_admin', 'sysadmin')) throw new ForbiddenError('只有政务公开办管理员可以维护敏感词库');
}
