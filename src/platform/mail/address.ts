import { domainToASCII } from 'node:url';
import { InvalidMailAddressError } from './errors.js';

// RFC 5321/5322 dot-atom local part, ASCII only: SMTPUTF8 mailboxes (中文@…) are not accepted by
// most government mail servers, so they are refused here rather than bounced later.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The address in the form stored and sent to: trimmed, full-width characters typed with a Chinese
 * input method folded (ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ → zhang@example.cn), the domain lower-cased and, for
 * a Chinese domain name, in its ASCII (punycode) form.
 *
 * @example normaliseMailAddress(' Zhang.San@Example.GOV.cn ') // 'Zhang.San@example.gov.cn'
 * @throws InvalidMailAddressError (400 MAIL_ADDRESS_INVALID) with a Chinese reason.
 */
export function normaliseMailAddress(input: string): string {
  const shown = String(input ?? '').trim();
  const bad = (reason: string) => new InvalidMailAddressError(shown, reason);
  if (shown === '') throw bad('地址为空');
  const value = shown.normalize('NFKC').replace(/。/g, '.');
  if (/[\s,;<>"()[\]\\]/.test(value)) throw bad('只能填写一个地址，且不能含空格、逗号、分号、引号或尖括号');
  const at = value.lastIndexOf('@');
  if (at < 0) throw bad('缺少“@”');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local === '') throw bad('“@”前缺少用户名');
  if (domain === '') throw bad('“@”后缺少域名');
  if (local.length > 64) throw bad('“@”前的用户名过长（最多 64 个字符）');
  if (!LOCAL_PART.test(local)) throw bad('“@”前只能使用英文字母、数字和 . _ - + 等符号，且不能以点开头或结尾、不能有连续的点');
  const ascii = domainToASCII(domain).toLowerCase();
  const labels = ascii.split('.');
  if (ascii === '' || labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^[0-9]+$/.test(labels[labels.length - 1]!)) {
    throw bad('“@”后的域名不正确');
  }
  const address = `${local}@${ascii}`;
  if (address.length > 254) throw bad('地址过长（最多 254 个字符）');
  return address;
}
