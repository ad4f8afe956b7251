/**
 * Check-digit and plausibility rules for Chinese identifiers, used by the
 * personal-information detector and by tests that build corpora (never invent
 * a check digit: compute it with these).
 */

// GB 11643-1999 公民身份号码: weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 → X.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

// 省级行政区划代码 (GB/T 2260) that open a 身份证号码; 81/82/83 are 港澳台居民居住证.
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

// GB 32100-2015 统一社会信用代码: 31 characters (no I O S V Z), check char = 31 - sum mod 31.
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 11643 check character (`0`–`9` or `X`) for the first 17 digits of a 身份证号码. */
export function idCardCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idCardCheckChar expects 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11];
}

/** Whether the first two digits are a real 省级 code (11 北京 … 65 新疆, 71, 81–83). */
export function isProvinceCode(two: string): boolean {
  return PROVINCE_CODES.has(two);
}

/**
 * Whether `yyyymmdd` is a real calendar date from 1900 up to and including `today`
 * (`YYYYMMDD`, the Asia/Shanghai date of the injected now).
 */
export function isPlausibleBirthDate(yyyymmdd: string, today: string): boolean {
  if (!/^(19|20)\d{6}$/.test(yyyymmdd) || yyyymmdd > today) return false;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

/** Area and birth date look like a 身份证号码 (check digit not considered). */
export function hasIdCardShape18(digits: string, today: string): boolean {
  return /^\d{17}[\dXx]$/.test(digits) && isProvinceCode(digits.slice(0, 2)) && isPlausibleBirthDate(digits.slice(6, 14), today);
}

/** A valid 18-digit 身份证号码: real province, real birth date not after `today`, correct check char (x accepted). */
export function isValidIdCard18(id: string, today: string): boolean {
  return hasIdCardShape18(id, today) && idCardCheckChar(id.slice(0, 17)) === id[17].toUpperCase();
}

/** A plausible 15-digit 旧身份证号码 (1984–2004 issue): real province and a 19YYMMDD birth date. */
export function isPlausibleIdCard15(id: string, today: string): boolean {
  return /^\d{15}$/.test(id) && isProvinceCode(id.slice(0, 2)) && isPlausibleBirthDate(`19${id.slice(6, 12)}`, today);
}

/** The Luhn check digit that completes `payload` (all digits). */
export function luhnCheckDigit(payload: string): string {
  if (!/^\d+$/.test(payload)) throw new RangeError('luhnCheckDigit expects digits');
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let n = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Whether an all-digit string passes the Luhn (mod 10) check. */
export function isLuhnValid(digits: string): boolean {
  return /^\d{2,}$/.test(digits) && luhnCheckDigit(digits.slice(0, -1)) === digits[digits.length - 1];
}

/** The GB 32100 check character for the first 17 characters of a 统一社会信用代码, or null if a character is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  const s = first17.toUpperCase();
  if (s.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CHARS.indexOf(s[i]);
    if (v < 0) return null;
    sum += v * CREDIT_WEIGHTS[i];
  }
  return CREDIT_CHARS[(31 - (sum % 31)) % 31];
}

/** A valid 统一社会信用代码: 18 allowed characters, digits 3–8 an area code, correct GB 32100 check char. */
export function isValidCreditCode(code: string): boolean {
  const s = code.toUpperCase();
  return /^[0-9A-HJ-NPQRTUW-Y]{2}\d{6}[0-9A-HJ-NPQRTUW-Y]{10}$/.test(s) && creditCodeCheckChar(s.slice(0, 17)) === s[17];
}
