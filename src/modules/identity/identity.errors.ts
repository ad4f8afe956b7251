import { AppError, ConflictError, NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors/index.js';

export class InvalidCredentials extends UnauthenticatedError {
  constructor() {
    super('用户名或密码错误', 'INVALID_CREDENTIALS');
  }
}

export class AccountLocked extends AppError {
  constructor(lockedUntil: string) {
    super({
      code: 'ACCOUNT_LOCKED',
      status: 423,
      title: '账号已锁定',
      detail: `连续登录失败次数过多，账号已锁定至 ${lockedUntil}，请稍后再试或联系管理员解锁`,
      extensions: { lockedUntil },
    });
  }
}

export class AccountDisabled extends UnauthenticatedError {
  constructor() {
    super('账号已停用，请联系管理员', 'ACCOUNT_DISABLED');
  }
}

export class UserNotFound extends NotFoundError {
  constructor() {
    super('用户', 'USER_NOT_FOUND');
  }
}

export class UsernameTaken extends ConflictError {
  constructor(username: string) {
    super('USERNAME_TAKEN', `用户名“${username}”已被使用`, { field: 'username' });
  }
}

export class WeakPassword extends ValidationError {
  constructor(reason: string) {
    super(reason, [{ path: 'body.newPassword', message: reason }]);
  }
}

/** 400, not 401: the caller is logged in; only the re-entered password is wrong (a 401 would read as "session gone"). */
export class CurrentPasswordWrong extends ValidationError {
  constructor() {
    super('当前密码不正确', [{ path: 'body.currentPassword', message: '当前密码不正确' }]);
  }
}

export class OrgNotInScope extends ValidationError {
  constructor() {
    super('所选机构不存在或不在您的管理范围内', [{ path: 'body.orgId', message: '所选机构不存在或不在您的管理范围内' }]);
  }
}

export class SelfLockout extends ValidationError {}
