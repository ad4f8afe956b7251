/**
 * The statutory clock of 依申请公开, derived from a request's event log. Pure: the same events,
 * calendar and `today` always give the same state; nothing is stored.
 *
 * Rules (《政府信息公开条例》, 国务院令第711号):
 * - 第三十一条: the clock starts at the legal receipt date (`received`); an online submission
 *   alone is not yet received (status awaiting_confirmation).
 * - 第三十三条: reply within 20 working days, the receipt day itself not counted; one extension of
 *   at most 20 working days (第三十三条第二款).
 * - 第三十条: a 补正 notice may be sent once, within 7 working days of receipt. While the applicant
 *   corrects, the clock is stopped (no due date); the 20 working days then start again from the
 *   receipt of the corrected application, and pauses that ended before that restart no longer matter.
 * - 第三十二条、第三十四条、第三十三条第二款: the time spent consulting a third party or another
 *   organ is not counted. A consultation sent on S and answered on E pauses S..E, both ends
 *   inclusive (a consultation sent on a working day removes that day too). The consulted party has
 *   15 working days, so the pause never runs past S + 15 working days, even if the answer is later;
 *   while open it runs to min(today, S + 15 working days).
 * - 第四十二条 and 国办函〔2020〕109号: from the 收费通知 to the payment the clock does not run. The
 *   fee pause is notice day..payment day, both inclusive, never past `payBy`; while unpaid it runs
 *   to min(today, payBy).
 * A pause is kept when it reaches the current period (ends on or after `clockStart`); computeDeadline
 * only removes its days after `clockStart`. Status: closed, else awaiting_correction, else
 * awaiting_payment (a fee notice unpaid, even past payBy: the request is then to be ended as
 * other.feeUnpaid), else consulting (a consultation without recorded answer, even past its 15
 * working days, which then no longer pause the clock), else in_progress.
 * For a closed request, "today" is the closing day: open pauses end there and `onTime` compares the
 * closing day with the due date so computed.
 */
import {
  type CalendarData,
  DeadlineDataMissing,
  addWorkdays,
  computeDeadline,
  workdaysBetween,
} from '../../../platform/calendar/index.js';
import type { ResultCode } from '../vocabulary.js';
import {
  type ClockConsultation,
  type ClockEvent,
  type ClockPause,
  type ClockRules,
  type ClockState,
  type ClockStatus,
  DEFAULT_CLOCK_RULES,
} from './clock-events.js';

interface FeeNotice {
  notifiedOn: string;
  payBy: string;
  paidOn: string | null;
}

/** The facts of the log, without any calendar arithmetic. */
interface Log {
  submittedOn: string | null;
  receivedOn: string | null;
  correction: { on: string; correctBy: string } | null;
  correctedOn: string | null;
  awaitingCorrection: boolean;
  consultations: { id: string; startedOn: string; endedOn: string | null }[];
  fees: FeeNotice[];
  extendedBy: number;
  closed: { on: string; result: ResultCode } | null;
  lastStepOn: string | null;
}

function readLog(events: readonly ClockEvent[]): Log {
  const log: Log = {
    submittedOn: null,
    receivedOn: null,
    correction: null,
    correctedOn: null,
    awaitingCorrection: false,
    consultations: [],
    fees: [],
    extendedBy: 0,
    closed: null,
    lastStepOn: null,
  };
  for (const e of events) {
    if (log.lastStepOn === null || e.on > log.lastStepOn) log.lastStepOn = e.on;
    switch (e.type) {
      case 'submitted':
        log.submittedOn ??= e.on;
        break;
      case 'received':
        log.receivedOn ??= e.on;
        break;
      case 'correction_requested':
        log.correction ??= { on: e.on, correctBy: e.correctBy };
        log.awaitingCorrection = true;
        break;
      case 'corrected':
        log.correctedOn = e.on; // the latest correction restarts the period (第三十条)
        log.awaitingCorrection = false;
        break;
      case 'consultation_started':
        if (!log.consultations.some((c) => c.id === e.consultationId)) {
          log.consultations.push({ id: e.consultationId, startedOn: e.on, endedOn: null });
        }
        break;
      case 'consultation_ended': {
        const open = log.consultations.find((c) => c.id === e.consultationId && c.endedOn === null);
        if (open) open.endedOn = e.on;
        break;
      }
      case 'extended':
        log.extendedBy += e.workdays;
        break;
      case 'fee_notified':
        log.fees.push({ notifiedOn: e.on, payBy: e.payBy, paidOn: null });
        break;
      case 'fee_paid': {
        const open = log.fees.findLast((f) => f.paidOn === null);
        if (open) open.paidOn = e.on;
        break;
      }
      case 'closed':
        log.closed ??= { on: e.on, result: e.result };
        break;
    }
  }
  return log;
}

/** A pause with the last day it actually removes (`until`), even while it is still open. */
interface Period {
  pause: ClockPause;
  until: string;
}

/** from..(end ?? asOf), never past `limit`, never before `from`. */
function period(reason: ClockPause['reason'], from: string, end: string | null, limit: string | null, asOf: string, closed: boolean): Period {
  let until = end ?? asOf;
  if (limit !== null && limit < until) until = limit;
  if (until < from) until = from;
  const open = end === null && !closed;
  return { pause: { from, to: open ? null : until, reason }, until };
}

const PAUSE_LABELS: Record<ClockPause['reason'], string> = { consultation: '征求意见', fee: '收费通知至缴费' };

/**
 * The clock of one request on `today` (YYYY-MM-DD, Asia/Shanghai).
 * A year without holiday data never throws: the dates that need it are null and
 * `deadlineProblem` says which year is missing.
 * @throws {InvalidDateError} when an event date is not `YYYY-MM-DD`.
 */
export function deriveClock(
  cal: CalendarData,
  events: readonly ClockEvent[],
  today: string,
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): ClockState {
  const log = readLog(events);
  const problems = new Set<string>();
  const attempt = <T>(compute: () => T): T | null => {
    try {
      return compute();
    } catch (err) {
      if (!(err instanceof DeadlineDataMissing)) throw err;
      problems.add(err.message);
      return null;
    }
  };
  const closed = log.closed;
  const state: ClockState = {
    status: closed ? 'closed' : 'awaiting_confirmation',
    submittedOn: log.submittedOn,
    receivedOn: log.receivedOn,
    clockStart: null,
    allowedWorkdays: rules.replyWorkdays + log.extendedBy,
    extendedBy: log.extendedBy,
    dueOn: null,
    correctionNoticeBy: null,
    correctionRequested: log.correction !== null,
    correctBy: null,
    payBy: null,
    pauses: [],
    pausedWorkdays: 0,
    workdaysLeft: null,
    overdue: false,
    dueSoon: false,
    result: closed?.result ?? null,
    closedOn: closed?.on ?? null,
    onTime: null,
    consultations: [],
    lastStepOn: log.lastStepOn,
    deadlineProblem: null,
  };
  const receivedOn = log.receivedOn;
  if (receivedOn === null) return state;

  // Pauses run up to the closing day for a closed request, up to today otherwise.
  const asOf = closed ? closed.on : today;
  const clockStart = log.correctedOn ?? receivedOn;
  state.clockStart = clockStart;

  state.consultations = log.consultations.map(
    (c): ClockConsultation => ({
      consultationId: c.id,
      startedOn: c.startedOn,
      endedOn: c.endedOn,
      answerBy: attempt(() => addWorkdays(cal, c.startedOn, rules.consultationWorkdays)),
    }),
  );
  const periods: Period[] = [
    ...state.consultations.map((c) => period('consultation', c.startedOn, c.endedOn, c.answerBy, asOf, closed !== null)),
    ...log.fees.map((f) => period('fee', f.notifiedOn, f.paidOn, f.payBy, asOf, closed !== null)),
  ].filter((p) => p.until >= clockStart); // 第三十条: what ended before the restart no longer matters
  state.pauses = periods.map((p) => p.pause);

  // 第三十条: no notice sent yet → it may still be sent until receipt + 7 working days.
  if (log.correction === null && !closed) {
    state.correctionNoticeBy = attempt(() => addWorkdays(cal, receivedOn, rules.correctionNoticeWorkdays));
  }

  const openFee = log.fees.find((f) => f.paidOn === null);
  const consulting = log.consultations.some((c) => c.endedOn === null);
  let status: ClockStatus = 'in_progress';
  if (closed) status = 'closed';
  else if (log.awaitingCorrection) status = 'awaiting_correction';
  else if (openFee) status = 'awaiting_payment';
  else if (consulting) status = 'consulting';
  state.status = status;
  if (status === 'awaiting_correction') state.correctBy = log.correction?.correctBy ?? null;
  if (status === 'awaiting_payment') state.payBy = openFee?.payBy ?? null;

  // While a correction is awaited the clock is stopped and will restart: no due date.
  if (log.awaitingCorrection) {
    if (closed) state.onTime = true; // ended for want of a correction: nothing was late
  } else {
    const deadline = attempt(() =>
      computeDeadline(cal, {
        start: clockStart,
        workdays: state.allowedWorkdays,
        pauses: periods.map((p) => ({ from: p.pause.from, to: p.until, reason: PAUSE_LABELS[p.pause.reason] })),
        startLabel: log.correctedOn ? '收到补正申请之日' : '收到申请之日',
      }),
    );
    if (deadline) {
      const dueOn = deadline.due;
      state.dueOn = dueOn;
      state.pausedWorkdays = deadline.explanation.pausedWorkdays;
      if (closed) {
        state.onTime = closed.on <= dueOn;
      } else {
        // Working days in (today, dueOn]; negative count of (dueOn, today] once overdue.
        const left = attempt(() => workdaysBetween(cal, today, dueOn));
        state.workdaysLeft = left;
        state.overdue = today > dueOn;
        state.dueSoon = left !== null && left >= 0 && left <= rules.dueSoonWorkdays;
      }
    }
  }
  state.deadlineProblem = problems.size > 0 ? [...problems].join('；') : null;
  return state;
}
