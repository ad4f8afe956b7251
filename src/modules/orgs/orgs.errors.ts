import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors/index.js';

export class OrgNotFound extends NotFoundError {
  constructor() {
    super('组织机构', 'ORG_NOT_FOUND');
  }
}

export class OrgCodeTaken extends ConflictError {
  constructor(code: string) {
    super('ORG_CODE_TAKEN', `机构编码“${code}”已被使用`, { field: 'code' });
  }
}

export class OrgMoveInvalid extends ValidationError {
  constructor() {
    super('不能把机构移到它自己或它的下级机构之下');
  }
}

export class OrgRootImmutable extends ValidationError {
  constructor() {
    super('顶级机构不能移动或停用');
  }
}
