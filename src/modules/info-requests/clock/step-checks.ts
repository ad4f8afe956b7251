/**
 * Whether a step may be recorded now, given the clock derived from the steps so far. The answer
 * is a Chinese sentence for the person entering the step, or null when the step is allowed.
 * Never throws: a malformed date or a year without holiday data is reported as a sentence too.
 */
import { type CalendarData, DeadlineDataMissing, dayKind, isIsoDate } from '../../../platform/calendar/index.js';
import { RESULT_CODES } from '../vocabulary.js';
import { type ClockEvent, type ClockRules, type ClockState, DEFAULT_CLOCK_RULES } from './clock-events.js';

const STEP_LABELS: Record<ClockEvent['type'], string> = {
  submitted: '在线提交',
  received: '签收登记',
  correction_requested: '补正告知',
  corrected: '收到补正申请',
  consultation_started: '征求意见',
  consultation_ended: '征求意见结束',
  extended: '延期答复',
  fee_notified: '收费通知',
  fee_paid: '缴纳费用',
  closed: '办结',
};

/** The dates a step carries, with the Chinese name of each. */
function stepDates(step: ClockEvent): [string, unknown][] {
  const dates: [string, unknown][] = [['日期', step.on]];
  if (step.type === 'correction_requested') dates.push(['补正期限', step.correctBy]);
  if (step.type === 'fee_notified') dates.push(['缴费期限', step.payBy]);
  return dates;
}

/** A problem with the dates themselves: format, or a year the calendar does not know. */
function dateProblem(cal: CalendarData, step: ClockEvent): string | null {
  for (const [name, date] of stepDates(step)) {
    if (!isIsoDate(date)) return `${name}格式应为 YYYY-MM-DD（如 2026-03-02），收到“${String(date)}”`;
    try {
      dayKind(cal, date);
    } catch (err) {
      if (err instanceof DeadlineDataMissing) return err.message;
      return `${name}“${date}”无法识别`;
    }
  }
  return null;
}

/**
 * Why `step` cannot be recorded on top of `state` (derived for `today`), or null when it can.
 * `state` must come from deriveClock over the steps recorded so far.
 */
export function stepProblem(
  cal: CalendarData,
  state: ClockState,
  step: ClockEvent,
  today: string,
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): string | null {
  const label = STEP_LABELS[step.type];
  if (!label) return '无法识别的办理步骤';
  const dates = dateProblem(cal, step);
  if (dates) return dates;
  if (state.status === 'closed') return `该申请已于${state.closedOn ?? ''}办结，不能再登记“${label}”`;
  if (step.on > today) return `${label}日期${step.on}晚于今天（${today}），不能登记尚未发生的步骤`;
  if (step.type === 'received' && state.submittedOn !== null && step.on < state.submittedOn) {
    return `收到申请之日（${step.on}）不能早于在线提交之日（${state.submittedOn}）（第三十一条：以双方确认之日为收到申请之日）`;
  }
  if (state.lastStepOn !== null && step.on < state.lastStepOn) {
    return `${label}日期${step.on}早于上一步骤的日期（${state.lastStepOn}），请按时间顺序登记`;
  }
  if (step.type !== 'submitted' && step.type !== 'received' && state.receivedOn === null) {
    return `该申请尚未签收登记，请先登记收到申请之日，再登记“${label}”`;
  }
  return typeProblem(state, step, rules);
}

function typeProblem(state: ClockState, step: ClockEvent, rules: ClockRules): string | null {
  const correcting = state.status === 'awaiting_correction';
  const stopped = `正在等待申请人补正（补正期限${state.correctBy ?? ''}），答复期限暂停计算，`;
  switch (step.type) {
    case 'submitted':
      if (state.submittedOn !== null) return `该申请已于${state.submittedOn}在线提交，不能重复登记`;
      if (state.receivedOn !== null) return `该申请已于${state.receivedOn}签收登记，不能再登记在线提交`;
      return null;
    case 'received':
      if (state.receivedOn !== null) return `该申请已于${state.receivedOn}签收登记，不能重复登记`;
      return null;
    case 'correction_requested':
      if (state.correctionRequested) return '补正告知只能发出一次（第三十条：一次性告知申请人需要补正的事项），本申请已告知过';
      if (state.correctionNoticeBy === null) return state.deadlineProblem ?? '无法计算补正告知的期限';
      if (step.on > state.correctionNoticeBy) {
        return `补正告知应在收到申请之日起${rules.correctionNoticeWorkdays}个工作日内发出（第三十条），期限为${state.correctionNoticeBy}，${step.on}已超过`;
      }
      if (step.correctBy <= step.on) return `补正期限（${step.correctBy}）应晚于告知之日（${step.on}）`;
      return null;
    case 'corrected':
      if (!correcting) return '本申请当前不在等待补正，不能登记收到补正申请';
      if (state.correctBy !== null && step.on > state.correctBy) {
        return `补正期限为${state.correctBy}，${step.on}已逾期；应以“申请人无正当理由逾期不补正”办结（第三十条：视为放弃申请）`;
      }
      return null;
    case 'extended':
      if (state.extendedBy > 0) return `延期只能一次（第三十三条第二款），本申请已延期${state.extendedBy}个工作日`;
      if (!Number.isInteger(step.workdays) || step.workdays < 1 || step.workdays > rules.maxExtensionWorkdays) {
        return `延长的期限应为1至${rules.maxExtensionWorkdays}个工作日之间的整数（第三十三条第二款），收到“${String(step.workdays)}”`;
      }
      if (correcting) return `${stopped}不能延期`;
      if (state.dueOn === null) return state.deadlineProblem ?? '无法计算答复期限，不能延期';
      if (step.on > state.dueOn) return `答复期限已于${state.dueOn}届满，届满后不能再延期（延期须在答复期限内决定并告知申请人）`;
      return null;
    case 'consultation_started':
      if (correcting) return `${stopped}不能征求意见`;
      if (step.consultationId.trim() === '') return '征求意见须有编号';
      if (state.consultations.some((c) => c.consultationId === step.consultationId)) {
        return `编号为“${step.consultationId}”的征求意见已登记过，请使用新的编号`;
      }
      return null;
    case 'consultation_ended': {
      const open = state.consultations.find((c) => c.consultationId === step.consultationId && c.endedOn === null);
      if (!open) return `没有编号为“${step.consultationId}”且尚未结束的征求意见`;
      return null;
    }
    case 'fee_notified':
      if (correcting) return `${stopped}不能发出收费通知`;
      if (state.status === 'awaiting_payment') return `已有一份收费通知尚未缴费（缴费期限${state.payBy ?? ''}），不能再发出收费通知`;
      if (step.payBy <= step.on) return `缴费期限（${step.payBy}）应晚于通知之日（${step.on}）`;
      return null;
    case 'fee_paid':
      if (state.status !== 'awaiting_payment') return '本申请没有待缴费的收费通知，不能登记缴费';
      if (state.payBy !== null && step.on > state.payBy) {
        return `缴费期限为${state.payBy}，${step.on}已逾期；应以“申请人逾期未按收费通知要求缴纳费用”办结`;
      }
      return null;
    case 'closed':
      return closingProblem(state, step);
  }
}

function closingProblem(state: ClockState, step: Extract<ClockEvent, { type: 'closed' }>): string | null {
  if (!(RESULT_CODES as readonly string[]).includes(step.result)) return `办结结果“${String(step.result)}”不是有效的结果类型`;
  if (step.result === 'other.correctionOverdue') {
    if (state.status !== 'awaiting_correction' || state.correctBy === null) {
      return '只有在等待补正时，才能以“申请人无正当理由逾期不补正”办结';
    }
    if (step.on <= state.correctBy) return `补正期限${state.correctBy}尚未届满，${state.correctBy}之后才能以逾期不补正办结`;
  }
  if (step.result === 'other.feeUnpaid') {
    if (state.status !== 'awaiting_payment' || state.payBy === null) {
      return '只有在等待缴费时，才能以“申请人逾期未按收费通知要求缴纳费用”办结';
    }
    if (step.on <= state.payBy) return `缴费期限${state.payBy}尚未届满，${state.payBy}之后才能以逾期未缴费办结`;
  }
  return null;
}
