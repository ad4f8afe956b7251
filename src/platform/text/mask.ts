import { AppError } from '../errors/index.js';
import { surnameLengthOf } from './names.js';
import { findPersonalInfo, type PiiFinding, type PiiKind, type PiiOptions } from './pii.js';

/** One value replaced by {@link maskPersonalInfo}. Masking keeps lengths, so offsets hold in both texts. */
export interface MaskedSpan {
  kind: PiiKind;
  start: number;
  end: number;
  /** The text now at [start, end), e.g. `3701**********1234`. */
  masked: string;
}

export interface MaskResult {
  text: string;
  masked: MaskedSpan[];
}

/** A finding whose place no longer holds its value (the text changed since it was found). */
export class StalePiiFindingError extends AppError {
  constructor(finding: Pick<PiiFinding, 'line' | 'column'>) {
    super({
      code: 'PII_FINDING_STALE',
      status: 409,
      title: '个人信息标记已过期',
      detail: `第${finding.line}行第${finding.column}列的标记与当前文本不符，请重新检查后再去标识化`,
    });
  }
}

const MASK = '*';
const DIGIT = /[0-9０-９]/;
const ID_CHAR = /[0-9０-９XxＸｘ]/;

/** Replaces the significant characters outside [keepHead, count - keepTail) by `*`; separators stay. */
function maskSignificant(value: string, significant: RegExp, keepHead: number, keepTail: number): string {
  const count = [...value].filter((c) => significant.test(c)).length;
  let i = 0;
  let out = '';
  for (const c of value) {
    if (!significant.test(c)) {
      out += c;
      continue;
    }
    out += i < keepHead || i >= count - keepTail ? c : MASK;
    i++;
  }
  return out;
}

/**
 * The masked form of one value, same length:
 * 身份证 keeps the first 4 and last 4 (`3701**********1234`), mobile the first 3
 * and last 4 of the national number (`+86 139****5678`), bank card the last 4
 * (`**** **** **** 1234`), name the surname (`张*`, `欧阳**`).
 */
export function maskValue(kind: PiiKind, value: string): string {
  switch (kind) {
    case 'id-card':
      return maskSignificant(value, ID_CHAR, 4, 4);
    case 'mobile': {
      const digits = [...value].filter((c) => DIGIT.test(c)).length;
      return maskSignificant(value, DIGIT, digits - 11 + 3, 4); // a +86/0086 prefix is kept as it is
    }
    case 'bank-card':
      return maskSignificant(value, DIGIT, 0, 4);
    case 'name': {
      const keep = surnameLengthOf(value);
      return value.slice(0, keep) + MASK.repeat(value.length - keep);
    }
  }
}

/**
 * 去标识化: masks personal information in `text` — the `findings` given (e.g. those the
 * editor confirmed) or, when omitted, everything {@link findPersonalInfo} finds. Spans are
 * applied from the end; overlapping findings after the first are ignored. Idempotent:
 * masked text has no findings, and a finding whose place already holds its masked form is skipped.
 *
 * @throws StalePiiFindingError (409) when a finding's place holds neither its value nor its masked form.
 * @example maskPersonalInfo('张三，身份证号370102199003071234').text // '张*，身份证号3701**********1234'
 */
export function maskPersonalInfo(text: string, findings?: readonly PiiFinding[], options?: PiiOptions): MaskResult {
  const list = [...(findings ?? findPersonalInfo(text, options))].sort((a, b) => b.start - a.start);
  const parts: string[] = [];
  const masked: MaskedSpan[] = [];
  let cursor = text.length;
  for (const f of list) {
    if (f.end > cursor) continue; // overlaps a span already applied
    const current = text.slice(f.start, f.end);
    const replacement = maskValue(f.kind, f.value);
    if (current === replacement) continue; // already masked
    if (f.start < 0 || f.end <= f.start || current !== f.value) throw new StalePiiFindingError(f);
    parts.push(text.slice(f.end, cursor), replacement);
    masked.push({ kind: f.kind, start: f.start, end: f.end, masked: replacement });
    cursor = f.start;
  }
  parts.push(text.slice(0, cursor));
  return { text: parts.reverse().join(''), masked: masked.reverse() };
}
