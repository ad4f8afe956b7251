import { type Principal, type Role, hasRole, inScope } from '../../../platform/auth/index.js';
import { ForbiddenError } from '../../../platform/errors/index.js';
import { BulletinNotFound } from './bulletins.errors.js';

/** 生成、修改、发布季度通报: the 政务公开办 of the owning organisation or above (and a sysadmin). */
export const BULLETIN_WRITERS: readonly Role[] = ['office_admin', 'sysadmin'];

/** Readers: staff of the owning organisation or above; anyone else is told it does not exist. */
export function assertBulletinReader(p: Principal, ownerPath: string): void {
  if (!inScope(p, ownerPath)) throw new BulletinNotFound();
}

export function assertBulletinWriter(p: Principal, ownerPath: string): void {
  assertBulletinReader(p, ownerPath);
  if (!hasRole(p, ...BULLETIN_WRITERS)) throw new ForbiddenError('只有通报所属机构（或上级）的政务公开办管理员可以生成、修改和发布季度通报');
}
