import { AppError } from '../errors/index.js';

/** 400 `MAIL_ADDRESS_INVALID`: the recipient's address cannot receive mail. */
export class InvalidMailAddressError extends AppError {
  constructor(address: string, reason: string) {
    super({
      code: 'MAIL_ADDRESS_INVALID',
      status: 400,
      title: '电子邮箱地址有误',
      detail: `“${address}”不是有效的电子邮箱地址：${reason}（应形如 name@example.gov.cn）`,
      extensions: { address },
    });
  }
}
