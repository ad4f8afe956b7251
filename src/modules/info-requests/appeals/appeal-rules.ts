import { addCalendarDays } from '../../../platform/calendar/index.js';
import type { FieldProblem } from '../../../platform/errors/index.js';
import type { AppealKind, AppealOutcome } from '../vocabulary.js';

/*
 * The rules of a 行政复议 / 行政诉讼 record (table 四 of the annual report), as pure functions so the
 * service only loads, checks and writes.
 */

export const APPEAL_KIND_LABELS: Record<AppealKind, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};

/** The column names of table 四. */
export const APPEAL_OUTCOME_LABELS: Record<AppealOutcome, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
};

/** `date` moved by whole calendar months, the day clamped to the month's end (08-31 + 6 months → 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Whether a record was filed after the usual time limit, counted from the day the request was
 * closed (the reply, as the applicant learns of it):
 * - 行政复议法（2023年修订）第二十条: 行政复议 within 60 days of knowing of the act;
 * - 行政诉讼法第四十六条: 直接起诉 within 6 months.
 * Such records are accepted and only flagged: admissibility is for the 复议机关 or the court.
 * Not flagged: 复议后起诉 (15 days from the review decision, 行政诉讼法第四十五条, a date this record
 * does not hold), and records on requests not yet closed (e.g. against 逾期不答复).
 */
export function lateFilingNote(kind: AppealKind, filedOn: string, requestClosedOn: string | null): string | null {
  if (!requestClosedOn) return null;
  if (kind === 'review' && filedOn > addCalendarDays(requestClosedOn, 60)) {
    return `申请办结于${requestClosedOn}，行政复议一般应在知道该行政行为之日起六十日内提出（行政复议法第二十条），本件提出时已超过；是否受理由复议机关决定`;
  }
  if (kind === 'litigationDirect' && filedOn > addMonths(requestClosedOn, 6)) {
    return `申请办结于${requestClosedOn}，直接提起行政诉讼一般应在知道该行政行为之日起六个月内提出（行政诉讼法第四十六条），本件起诉时已超过；是否受理由人民法院决定`;
  }
  return null;
}

export interface AppealFacts {
  kind: AppealKind;
  filedOn: string;
  outcome: AppealOutcome;
  decidedOn: string | null;
}

export interface AppealContext {
  today: string;
  /** 收到申请之日 of the request (its submission day while not yet confirmed). */
  receivedOn: string;
  /** For 复议后起诉: the earliest 行政复议 on the same request, if any. */
  reviewFiledOn?: string | null;
}

/**
 * Every problem of a record as it would be stored, with the field it concerns (body.*), in Chinese.
 * The 复议后起诉 precondition (a review exists) is the caller's, as a conflict with the state.
 */
export function appealProblems(a: AppealFacts, c: AppealContext): FieldProblem[] {
  const out: FieldProblem[] = [];
  const filed = a.kind === 'review' ? '申请行政复议之日' : '起诉之日';
  if (a.filedOn < c.receivedOn) out.push({ path: 'body.filedOn', message: `${filed}不能早于收到政府信息公开申请之日（${c.receivedOn}）` });
  if (a.filedOn > c.today) out.push({ path: 'body.filedOn', message: `${filed}不能晚于今天（${c.today}）` });
  if (a.kind === 'litigationAfterReview' && c.reviewFiledOn && a.filedOn < c.reviewFiledOn) {
    out.push({ path: 'body.filedOn', message: `复议后起诉之日不能早于申请行政复议之日（${c.reviewFiledOn}）` });
  }
  if (a.outcome === 'pending') {
    if (a.decidedOn) out.push({ path: 'body.decidedOn', message: '尚未审结的案件不应填写审结日期；已审结的请选择审结结果' });
  } else if (!a.decidedOn) {
    out.push({ path: 'body.decidedOn', message: `结果为“${APPEAL_OUTCOME_LABELS[a.outcome]}”时请填写审结日期（复议决定或裁判文书的日期）` });
  } else {
    if (a.decidedOn < a.filedOn) out.push({ path: 'body.decidedOn', message: `审结日期不能早于${filed}（${a.filedOn}）` });
    if (a.decidedOn > c.today) out.push({ path: 'body.decidedOn', message: `审结日期不能晚于今天（${c.today}）` });
  }
  return out;
}
