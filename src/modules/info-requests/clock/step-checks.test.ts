/**
 * Step checks. Dates are counted by hand on the calendar described in derive.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CalendarData, loadPackageYears } from '../../../platform/calendar/index.js';
import type { ResultCode } from '../vocabulary.js';
import type { ClockEvent } from './clock-events.js';
import { deriveClock } from './derive.js';
import { stepProblem } from './step-checks.js';

const cal = new CalendarData(loadPackageYears());
const rec = (on: string): ClockEvent => ({ type: 'received', on, channel: 'letter' });
const askCorrection = (on: string, correctBy: string): ClockEvent => ({ type: 'correction_requested', on, correctBy });
const close = (on: string, result: ResultCode = 'disclosed'): ClockEvent => ({ type: 'closed', on, result });

/** The problem of appending `step` to `events` on `today`. */
function problem(events: ClockEvent[], step: ClockEvent, today: string = step.on): string | null {
  return stepProblem(cal, deriveClock(cal, events, today), step, today);
}
const allowed = (events: ClockEvent[], step: ClockEvent, today?: string) => assert.equal(problem(events, step, today), null);
const refused = (events: ClockEvent[], step: ClockEvent, pattern: RegExp, today?: string) =>
  assert.match(problem(events, step, today) ?? '(allowed)', pattern);

describe('receipt (第三十一条)', () => {
  it('is registered once, not before the online submission', () => {
    const submitted: ClockEvent[] = [{ type: 'submitted', on: '2026-02-10' }];
    allowed(submitted, rec('2026-02-10'));
    refused(submitted, rec('2026-02-09'), /不能早于在线提交之日（2026-02-10）/, '2026-02-12');
    refused([rec('2026-02-10')], rec('2026-02-11'), /已于2026-02-10签收登记，不能重复登记/);
    refused([rec('2026-02-10')], { type: 'submitted', on: '2026-02-11' }, /已于2026-02-10签收登记/);
  });

  it('comes before every other step', () => {
    refused([{ type: 'submitted', on: '2026-02-10' }], { type: 'extended', on: '2026-02-11', workdays: 5 }, /尚未签收登记/);
    refused([], askCorrection('2026-02-11', '2026-02-20'), /尚未签收登记/);
  });
});

describe('补正告知 (第三十条)', () => {
  it('2026 春节: allowed on the 7th working day (02-28, a 调休 Saturday), refused on the 8th (03-02)', () => {
    // Received 02-12: 02-13(1) 14W(2) [15..23 off] 24(3) 25(4) 26(5) 27(6) 28W(7) 03-02(8).
    allowed([rec('2026-02-12')], askCorrection('2026-02-28', '2026-03-13'));
    refused([rec('2026-02-12')], askCorrection('2026-03-02', '2026-03-13'), /7个工作日内.*期限为2026-02-28，2026-03-02已超过/);
  });

  it('2025 国庆: allowed on the 7th working day (10-16), refused on the 8th (10-17)', () => {
    // Received 09-30: [10-01..08 off] 10-09(1) 10(2) 11W(3) 13(4) 14(5) 15(6) 16(7) 17(8).
    allowed([rec('2025-09-30')], askCorrection('2025-10-16', '2025-10-31'));
    refused([rec('2025-09-30')], askCorrection('2025-10-17', '2025-10-31'), /期限为2025-10-16/);
  });

  it('only once, with a deadline after the notice', () => {
    const asked = [rec('2026-02-12'), askCorrection('2026-02-13', '2026-02-27')];
    refused(asked, askCorrection('2026-02-24', '2026-03-06'), /只能发出一次.*一次性告知/);
    refused([rec('2026-02-12')], askCorrection('2026-02-13', '2026-02-13'), /补正期限（2026-02-13）应晚于告知之日/);
  });

  it('the correction arrives while awaited and not after the deadline', () => {
    const asked = [rec('2026-02-12'), askCorrection('2026-02-13', '2026-02-27')];
    allowed(asked, { type: 'corrected', on: '2026-02-27' });
    refused(asked, { type: 'corrected', on: '2026-03-02' }, /补正期限为2026-02-27，2026-03-02已逾期/);
    refused([rec('2026-02-12')], { type: 'corrected', on: '2026-02-13' }, /不在等待补正/);
    refused([...asked, { type: 'corrected', on: '2026-02-24' }], { type: 'corrected', on: '2026-02-25' }, /不在等待补正/);
  });

  it('the request ends as correctionOverdue only after the deadline', () => {
    const asked = [rec('2026-02-12'), askCorrection('2026-02-13', '2026-02-27')];
    refused(asked, close('2026-02-27', 'other.correctionOverdue'), /尚未届满/);
    allowed(asked, close('2026-03-02', 'other.correctionOverdue'));
    refused([rec('2026-02-12')], close('2026-03-02', 'other.correctionOverdue'), /只有在等待补正时/);
  });
});

describe('延期 (第三十三条第二款)', () => {
  // Received 2026-02-12: due 03-18 (20th working day, see derive.test.ts C1).
  const received = [rec('2026-02-12')];
  const extend = (on: string, workdays: number): ClockEvent => ({ type: 'extended', on, workdays });

  it('1 to 20 working days, once, at the latest on the due date', () => {
    allowed(received, extend('2026-03-18', 20));
    allowed(received, extend('2026-03-02', 1));
    refused(received, extend('2026-03-19', 20), /答复期限已于2026-03-18届满/);
    for (const n of [0, 21, 2.5]) refused(received, extend('2026-03-02', n), /1至20个工作日之间的整数/);
    refused([...received, extend('2026-03-02', 10)], extend('2026-03-03', 10), /延期只能一次.*已延期10个工作日/);
  });

  it('not while awaiting a correction', () => {
    refused([...received, askCorrection('2026-02-13', '2026-02-27')], extend('2026-02-24', 10), /等待申请人补正.*不能延期/);
  });
});

describe('征求意见 (第三十二条)', () => {
  const consulting: ClockEvent[] = [rec('2026-02-12'), { type: 'consultation_started', on: '2026-03-02', consultationId: 'a' }];

  it('ends only an open consultation with that id', () => {
    allowed(consulting, { type: 'consultation_ended', on: '2026-03-05', consultationId: 'a' });
    refused(consulting, { type: 'consultation_ended', on: '2026-03-05', consultationId: 'b' }, /没有编号为“b”且尚未结束/);
    const ended: ClockEvent[] = [...consulting, { type: 'consultation_ended', on: '2026-03-04', consultationId: 'a' }];
    refused(ended, { type: 'consultation_ended', on: '2026-03-05', consultationId: 'a' }, /尚未结束/);
  });

  it('ids are not reused; a second consultation may overlap the first', () => {
    refused(consulting, { type: 'consultation_started', on: '2026-03-03', consultationId: 'a' }, /已登记过/);
    allowed(consulting, { type: 'consultation_started', on: '2026-03-03', consultationId: 'b' });
  });
});

describe('收费通知 (第四十二条, 国办函〔2020〕109号)', () => {
  const notified: ClockEvent[] = [rec('2026-02-12'), { type: 'fee_notified', on: '2026-02-13', payBy: '2026-03-13' }];

  it('one open notice at a time, with a payment deadline after the notice', () => {
    refused(notified, { type: 'fee_notified', on: '2026-02-24', payBy: '2026-03-20' }, /尚未缴费（缴费期限2026-03-13）/);
    refused([rec('2026-02-12')], { type: 'fee_notified', on: '2026-02-13', payBy: '2026-02-13' }, /应晚于通知之日/);
    const paid: ClockEvent[] = [...notified, { type: 'fee_paid', on: '2026-02-24' }];
    allowed(paid, { type: 'fee_notified', on: '2026-02-25', payBy: '2026-03-25' });
  });

  it('payment only while awaited and by the deadline', () => {
    allowed(notified, { type: 'fee_paid', on: '2026-03-13' });
    refused(notified, { type: 'fee_paid', on: '2026-03-16' }, /已逾期/);
    refused([rec('2026-02-12')], { type: 'fee_paid', on: '2026-02-13' }, /没有待缴费的收费通知/);
  });

  it('the request ends as feeUnpaid only after the deadline', () => {
    refused(notified, close('2026-03-13', 'other.feeUnpaid'), /尚未届满/);
    allowed(notified, close('2026-03-16', 'other.feeUnpaid'));
    refused([rec('2026-02-12')], close('2026-03-16', 'other.feeUnpaid'), /只有在等待缴费时/);
  });
});

describe('dates and closing', () => {
  it('nothing after closing (已办结)', () => {
    refused([rec('2026-02-12'), close('2026-03-02')], { type: 'extended', on: '2026-03-03', workdays: 5 }, /已于2026-03-02办结/);
    refused([rec('2026-02-12'), close('2026-03-02')], close('2026-03-03'), /办结/);
  });

  it('a step is not dated before the previous step nor after today', () => {
    const consulting: ClockEvent[] = [rec('2026-02-12'), { type: 'consultation_started', on: '2026-03-02', consultationId: 'a' }];
    refused(consulting, { type: 'consultation_ended', on: '2026-02-27', consultationId: 'a' }, /早于上一步骤的日期（2026-03-02）/, '2026-03-05');
    refused(consulting, { type: 'consultation_ended', on: '2026-03-06', consultationId: 'a' }, /晚于今天（2026-03-05）/, '2026-03-05');
    allowed(consulting, close('2026-03-02'), '2026-03-05'); // the same day as the previous step is fine
  });

  it('an unknown result code is refused', () => {
    refused([rec('2026-02-12')], close('2026-03-02', 'withdrawn' as ResultCode), /不是有效的结果类型/);
  });

  it('a year without holiday data or a malformed date gives a Chinese message, never an exception', () => {
    const received = [rec('2026-12-20')];
    refused(received, close('2027-01-05'), /缺少2027年节假日安排数据/, '2027-01-06');
    refused(received, { type: 'fee_notified', on: '2026-12-21', payBy: '2027-01-20' }, /缺少2027年节假日安排数据/);
    refused([], rec('2027-01-04'), /缺少2027年节假日安排数据/, '2027-01-04');
    refused(received, { type: 'fee_paid', on: '2026-2-1' }, /日期格式应为 YYYY-MM-DD.*2026-2-1/, '2026-12-21');
    // The due date of this request lies in 2027: an extension cannot be checked, and says why.
    refused(received, { type: 'extended', on: '2026-12-21', workdays: 5 }, /缺少2027年节假日安排数据/);
  });
});
