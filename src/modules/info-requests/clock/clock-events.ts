import type { Channel, ResultCode } from '../vocabulary.js';

/**
 * What the statutory clock reads from a request's event log. Every date is a calendar date
 * (YYYY-MM-DD, Asia/Shanghai) — the legal day on which the step happened, which staff may enter
 * for offline steps (a letter signed for yesterday), not the moment the event was written.
 * Events are given in the order they were recorded.
 */
export type ClockEvent =
  /** An online application is stored; it is not yet received in law (第三十一条: 双方确认之日). */
  | { type: 'submitted'; on: string }
  /** 签收登记: the legal receipt date (第三十一条), by channel. Starts the 20 working days (第三十三条). */
  | { type: 'received'; on: string; channel: Channel }
  /**
   * 补正告知 (第三十条): allowed once, within 7 working days of receipt. The clock stops; the
   * applicant must correct by `correctBy` (inclusive).
   */
  | { type: 'correction_requested'; on: string; correctBy: string }
  /** The corrected application is received: the 20 working days start again from `on` (第三十条). */
  | { type: 'corrected'; on: string }
  /**
   * 征求意见 of a third party (第三十二条) or another organ (第三十四条): the time is not counted
   * (第三十三条第二款). Open until `consultation_ended`, and never beyond 15 working days after `on`.
   */
  | { type: 'consultation_started'; on: string; consultationId: string }
  | { type: 'consultation_ended'; on: string; consultationId: string }
  /** 延期 (第三十三条第二款): once, at most 20 working days, approved by the head of the office. */
  | { type: 'extended'; on: string; workdays: number }
  /**
   * 收费通知 (第四十二条, 国办函〔2020〕109号): the clock pauses from the notice until payment;
   * unpaid by `payBy` (inclusive) ends the request (other.feeUnpaid).
   */
  | { type: 'fee_notified'; on: string; payBy: string }
  | { type: 'fee_paid'; on: string }
  /** The request ends: a reply of one result type, or an ending such as other.correctionOverdue. */
  | { type: 'closed'; on: string; result: ResultCode };

export type ClockStatus =
  | 'awaiting_confirmation' // submitted online, not yet received
  | 'in_progress'
  | 'awaiting_correction'
  | 'consulting'
  | 'awaiting_payment'
  | 'closed';

/** A period whose working days are not counted; `to` null while it is still open. Both ends inclusive. */
export interface ClockPause {
  from: string;
  to: string | null;
  reason: 'consultation' | 'fee';
}

/** One 征求意见 (第三十二条、第三十四条) as the clock sees it. */
export interface ClockConsultation {
  consultationId: string;
  startedOn: string;
  /** The recorded answer date; null while still open. */
  endedOn: string | null;
  /** startedOn + 15 working days: the pause never runs past it; null when the calendar lacks the year. */
  answerBy: string | null;
}

export interface ClockState {
  status: ClockStatus;
  /** The online submission date (第三十一条: not yet the receipt); null when none. */
  submittedOn: string | null;
  /** The legal receipt date (第三十一条); null before receipt. */
  receivedOn: string | null;
  /** Where the 20 working days run from: receipt, or the receipt of the correction (第三十条). */
  clockStart: string | null;
  /** 20, plus the extension if granted. */
  allowedWorkdays: number;
  extendedBy: number;
  /**
   * The reply deadline; null before receipt and while awaiting a correction (the clock stopped and
   * will restart). While a pause is open it is the date if the pause ended today.
   */
  dueOn: string | null;
  /** The last day a 补正 notice may be sent: receipt + 7 working days (第三十条); null once used or closed. */
  correctionNoticeBy: string | null;
  correctionRequested: boolean;
  /** The applicant's deadline to correct, while awaiting one. */
  correctBy: string | null;
  /** The payment deadline, while awaiting payment. */
  payBy: string | null;
  pauses: ClockPause[];
  /** Working days not counted so far because of pauses (closed and open up to today). */
  pausedWorkdays: number;
  /** Working days from today (exclusive) to dueOn (inclusive); negative when overdue; null when dueOn is null or closed. */
  workdaysLeft: number | null;
  /** Not closed and past dueOn. */
  overdue: boolean;
  /** Not closed and at most 5 working days left (issue #4: 预警). */
  dueSoon: boolean;
  result: ResultCode | null;
  closedOn: string | null;
  /** Closed on or before its due date; null while open. */
  onTime: boolean | null;
  /** Every consultation recorded, open or answered (step checks need their ids). */
  consultations: ClockConsultation[];
  /** The latest step date recorded; a new step may not be dated before it. */
  lastStepOn: string | null;
  /**
   * Chinese message when a date could not be computed because a year's holiday arrangement is
   * missing (the dependent fields are then null); null when everything was computed.
   */
  deadlineProblem: string | null;
}

/** The clock's configurable numbers: the 条例 values, and the [U] fee rules of 国办函〔2020〕109号. */
export interface ClockRules {
  /** 第三十三条: 20. */
  replyWorkdays: number;
  /** 第三十三条第二款: at most 20. */
  maxExtensionWorkdays: number;
  /** 第三十条: 7. */
  correctionNoticeWorkdays: number;
  /** 第三十二条: 15. */
  consultationWorkdays: number;
  /** 国办函〔2020〕109号 [U]: 20. */
  feePaymentWorkdays: number;
  /** How many working days left raise the 预警: 5. */
  dueSoonWorkdays: number;
}

export const DEFAULT_CLOCK_RULES: ClockRules = {
  replyWorkdays: 20,
  maxExtensionWorkdays: 20,
  correctionNoticeWorkdays: 7,
  consultationWorkdays: 15,
  feePaymentWorkdays: 20,
  dueSoonWorkdays: 5,
};
