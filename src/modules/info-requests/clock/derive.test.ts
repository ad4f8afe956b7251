/**
 * Hand-computed clock cases across 春节 and 国庆 of 2025 and 2026. Calendar (domain.md §8, the
 * chinese-days data): 2025 春节 off 01-28..02-04, 调休 01-26 (Sun) and 02-08 (Sat); 2025 国庆/中秋 off
 * 10-01..10-08, 调休 09-28 (Sun) and 10-11 (Sat); 2026 春节 off 02-15..02-23, 调休 02-14 (Sat) and
 * 02-28 (Sat); 2026 中秋 off 09-25..09-27, 国庆 off 10-01..10-07, 调休 09-20 (Sun) and 10-10 (Sat);
 * 2026 清明 off 04-04..04-06. In the comments "(n)" is the n-th counted working day, "W" a 调休
 * Saturday/Sunday, "p" a working day removed by a pause. Every expectation was counted by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CalendarData, loadPackageYears } from '../../../platform/calendar/index.js';
import type { ClockEvent } from './clock-events.js';
import { deriveClock } from './derive.js';

const cal = new CalendarData(loadPackageYears());
const clock = (events: ClockEvent[], today: string) => deriveClock(cal, events, today);
const rec = (on: string): ClockEvent => ({ type: 'received', on, channel: 'in_person' });
const consult = (on: string, consultationId = 'c1'): ClockEvent => ({ type: 'consultation_started', on, consultationId });
const answered = (on: string, consultationId = 'c1'): ClockEvent => ({ type: 'consultation_ended', on, consultationId });

describe('before receipt (第三十一条)', () => {
  it('an online submission is awaiting confirmation, with no dates', () => {
    const s = clock([{ type: 'submitted', on: '2026-02-10' }], '2026-02-11');
    assert.equal(s.status, 'awaiting_confirmation');
    assert.equal(s.submittedOn, '2026-02-10');
    for (const v of [s.receivedOn, s.clockStart, s.dueOn, s.correctionNoticeBy, s.workdaysLeft, s.onTime]) assert.equal(v, null);
    assert.equal(s.overdue, false);
  });
});

describe('plain 20 working days (第三十三条)', () => {
  it('C1 2026 春节: received 02-12 → due 03-18, 补正 notice by 02-28', () => {
    // 02-13(1) 02-14W(2) [02-15..23 off] 02-24(3) 25(4) 26(5) 27(6) 28W(7) 03-02(8) 03(9) 04(10) 05(11)
    // 06(12) 09(13) 10(14) 11(15) 12(16) 13(17) 16(18) 17(19) 18(20).
    const s = clock([rec('2026-02-12')], '2026-02-12');
    assert.equal(s.status, 'in_progress');
    assert.equal(s.clockStart, '2026-02-12');
    assert.equal(s.allowedWorkdays, 20);
    assert.equal(s.dueOn, '2026-03-18');
    assert.equal(s.correctionNoticeBy, '2026-02-28');
    assert.equal(s.workdaysLeft, 20);
    assert.deepEqual([s.overdue, s.dueSoon, s.pausedWorkdays, s.deadlineProblem], [false, false, 0, null]);
  });

  it('C2 received 2025-09-30, the day before 国庆 → due 11-04, notice by 10-16', () => {
    // [10-01..08 off] 10-09(1) 10(2) 11W(3) 13(4) 14(5) 15(6) 16(7) 17(8) 20(9) 21(10) 22(11) 23(12) 24(13)
    // 27(14) 28(15) 29(16) 30(17) 31(18) 11-03(19) 11-04(20).
    const s = clock([rec('2025-09-30')], '2025-09-30');
    assert.equal(s.dueOn, '2025-11-04');
    assert.equal(s.correctionNoticeBy, '2025-10-16');
  });

  it('C3 received 2025-01-27, the day before 春节 → due 03-03, notice by 02-12', () => {
    // [01-28..02-04 off] 02-05(1) 06(2) 07(3) 08W(4) 10(5) 11(6) 12(7) 13(8) 14(9) 17(10) 18(11) 19(12)
    // 20(13) 21(14) 24(15) 25(16) 26(17) 27(18) 28(19) 03-03(20).
    const s = clock([rec('2025-01-27')], '2025-01-27');
    assert.equal(s.dueOn, '2025-03-03');
    assert.equal(s.correctionNoticeBy, '2025-02-12');
    // today inside the holiday: nothing counted yet; 02-24 is (15) → 5 left (预警); 03-04 is one day late.
    assert.equal(clock([rec('2025-01-27')], '2025-01-30').workdaysLeft, 20);
    const soon = clock([rec('2025-01-27')], '2025-02-24');
    assert.deepEqual([soon.workdaysLeft, soon.dueSoon, soon.overdue], [5, true, false]);
    const late = clock([rec('2025-01-27')], '2025-03-04');
    assert.deepEqual([late.workdaysLeft, late.dueSoon, late.overdue], [-1, false, true]);
  });

  it('C4 received 2026-09-30, the day before 国庆 → due 11-03, notice by 10-15', () => {
    // [10-01..07 off] 10-08(1) 09(2) 10W(3) 12(4) 13(5) 14(6) 15(7) 16(8) 19(9) 20(10) 21(11) 22(12)
    // 23(13) 26(14) 27(15) 28(16) 29(17) 30(18) 11-02(19) 11-03(20).
    const s = clock([rec('2026-09-30')], '2026-10-09');
    assert.equal(s.dueOn, '2026-11-03');
    assert.equal(s.correctionNoticeBy, '2026-10-15');
    assert.equal(s.workdaysLeft, 18); // 10-08 and 10-09 counted
  });

  it('C5 received 2025-09-26 → due 10-30 (domain.md worked check); today on a holiday', () => {
    // 09-28W(1) 29(2) 30(3) [10-01..08 off] 10-09(4) 10(5) 11W(6) 13(7) … 17(11) 20(12) … 24(16) 27(17) … 30(20).
    const s = clock([rec('2025-09-26')], '2025-10-01');
    assert.equal(s.dueOn, '2025-10-30');
    assert.equal(s.workdaysLeft, 17);
  });

  it('workdaysLeft, dueSoon and overdue around the 2026-03-18 due date of C1', () => {
    // (today, 03-18]: from 02-20 (holiday) 02-24(3)..03-18(20) = 18; from 03-10: 11 12 13 16 17 18 = 6;
    // from 03-11: 5 (预警 at ≤5); 03-18 itself: 0; after: (03-18, today] negated: 03-19 → -1,
    // 03-21 (Sat) → 19 20 = -2, 03-23 (Mon) → 19 20 23 = -3.
    const expected: [string, number, boolean, boolean][] = [
      ['2026-02-20', 18, false, false],
      ['2026-03-10', 6, false, false],
      ['2026-03-11', 5, true, false],
      ['2026-03-18', 0, true, false],
      ['2026-03-19', -1, false, true],
      ['2026-03-21', -2, false, true],
      ['2026-03-23', -3, false, true],
    ];
    for (const [today, left, soon, overdue] of expected) {
      const s = clock([rec('2026-02-12')], today);
      assert.deepEqual([s.workdaysLeft, s.dueSoon, s.overdue], [left, soon, overdue], today);
    }
  });

  it('onTime: closed on the due date is on time, the next working day is late', () => {
    const closedOn = (on: string) => clock([rec('2026-02-12'), { type: 'closed', on, result: 'disclosed' }], '2026-04-30');
    const onTime = closedOn('2026-03-18');
    assert.deepEqual([onTime.status, onTime.onTime, onTime.result, onTime.closedOn], ['closed', true, 'disclosed', '2026-03-18']);
    assert.deepEqual([onTime.workdaysLeft, onTime.overdue, onTime.dueSoon, onTime.correctionNoticeBy], [null, false, false, null]);
    assert.equal(closedOn('2026-03-19').onTime, false);
  });
});

describe('补正 (第三十条): the period restarts from the corrected application', () => {
  const asked: ClockEvent[] = [rec('2026-02-09'), { type: 'correction_requested', on: '2026-02-11', correctBy: '2026-03-06' }];

  it('C6 2026 春节: while awaiting the correction the clock is stopped', () => {
    const s = clock(asked, '2026-02-20');
    assert.equal(s.status, 'awaiting_correction');
    assert.deepEqual([s.dueOn, s.correctBy, s.correctionNoticeBy, s.correctionRequested], [null, '2026-03-06', null, true]);
    assert.deepEqual([s.workdaysLeft, s.overdue, s.dueSoon], [null, false, false]);
  });

  it('C6 corrected 02-26 → due 03-25 counted from 02-26', () => {
    // 02-27(1) 28W(2) 03-02(3) … 06(7) 09(8) … 13(12) 16(13) … 20(17) 23(18) 24(19) 25(20).
    const s = clock([...asked, { type: 'corrected', on: '2026-02-26' }], '2026-02-26');
    assert.deepEqual([s.status, s.clockStart, s.receivedOn, s.dueOn, s.correctBy], ['in_progress', '2026-02-26', '2026-02-09', '2026-03-25', null]);
    assert.equal(s.workdaysLeft, 20);
  });

  it('C7 2025 国庆: a consultation that ended before the restart no longer counts', () => {
    // Received 09-22, consultation 09-23..09-24, 补正 asked 09-25 (≤ 09-30 = 7th wd), corrected 10-09.
    // From 10-09: 10(1) 11W(2) 13(3) … 17(7) 20(8) … 24(12) 27(13) … 31(17) 11-03(18) 04(19) 05(20).
    const s = clock(
      [rec('2025-09-22'), consult('2025-09-23'), answered('2025-09-24'), { type: 'correction_requested', on: '2025-09-25', correctBy: '2025-10-17' }, { type: 'corrected', on: '2025-10-09' }],
      '2025-10-09',
    );
    assert.deepEqual([s.clockStart, s.dueOn, s.pausedWorkdays], ['2025-10-09', '2025-11-05', 0]);
    assert.deepEqual(s.pauses, []);
  });

  it('C8 closed for want of a correction: no due date, on time', () => {
    const s = clock(
      [rec('2026-02-02'), { type: 'correction_requested', on: '2026-02-04', correctBy: '2026-02-13' }, { type: 'closed', on: '2026-02-24', result: 'other.correctionOverdue' }],
      '2026-03-02',
    );
    assert.deepEqual([s.status, s.dueOn, s.onTime, s.correctBy, s.overdue], ['closed', null, true, null, false]);
  });
});

describe('征求意见 (第三十二条、第三十四条): not counted, at most 15 working days', () => {
  it('C9 2025 国庆: consultation 09-29..10-10 (answered) → due 10-30', () => {
    // Received 09-22: 23(1) 24(2) 25(3) 26(4) 28W(5) [09-29 p, 30 p, 10-01..08 off, 10-09 p, 10 p]
    // 11W(6) 13(7) … 17(11) 20(12) … 24(16) 27(17) 28(18) 29(19) 30(20). Paused: 4 working days.
    const s = clock([rec('2025-09-22'), consult('2025-09-29'), answered('2025-10-10')], '2025-10-13');
    assert.deepEqual([s.status, s.dueOn, s.pausedWorkdays], ['in_progress', '2025-10-30', 4]);
    assert.deepEqual(s.pauses, [{ from: '2025-09-29', to: '2025-10-10', reason: 'consultation' }]);
  });

  it('C10 2026: an open consultation pauses up to today → due 03-24, 13 left', () => {
    // Received 02-12 (plain due 03-18, C1); consultation from 03-02, today 03-05: 03-02..05 paused (4),
    // so the due date moves 4 working days: 03-19 20 23 24. Counted so far: 02-13 … 02-28 = 7 → 13 left.
    const s = clock([rec('2026-02-12'), consult('2026-03-02')], '2026-03-05');
    assert.deepEqual([s.status, s.dueOn, s.pausedWorkdays, s.workdaysLeft], ['consulting', '2026-03-24', 4, 13]);
    assert.deepEqual(s.pauses, [{ from: '2026-03-02', to: null, reason: 'consultation' }]);
  });

  it('C11 2026 春节: an answer after the 15 working days only pauses up to them → due 04-02', () => {
    // Received 02-05: 02-06(1). Consultation 02-09; its 15 wd: 10 11 12 13 14W 24 25 26 27 28W 03-02 03 04
    // 05 06 → answerBy 03-06. Paused 02-09..03-06: 02-09 … 14W, 24 … 28W, 03-02 … 06 = 16 working days.
    // Then 03-09(2) … 13(6) 16(7) … 20(11) 23(12) … 27(16) 30(17) 31(18) 04-01(19) 04-02(20).
    const events = [rec('2026-02-05'), consult('2026-02-09'), answered('2026-03-20')];
    const s = clock(events, '2026-03-20');
    assert.deepEqual([s.status, s.dueOn, s.pausedWorkdays], ['in_progress', '2026-04-02', 16]);
    assert.deepEqual(s.consultations, [{ consultationId: 'c1', startedOn: '2026-02-09', endedOn: '2026-03-20', answerBy: '2026-03-06' }]);
    assert.deepEqual(s.pauses, [{ from: '2026-02-09', to: '2026-03-06', reason: 'consultation' }]);
    assert.equal(s.workdaysLeft, 9); // 03-23 24 25 26 27 30 31 04-01 04-02
  });

  it('C12 the same consultation still unanswered on 03-12: capped at 03-06, 15 left', () => {
    // Counted: 02-06(1), 03-09(2) 10(3) 11(4) 12(5) → 15 left, due still 04-02.
    const s = clock([rec('2026-02-05'), consult('2026-02-09')], '2026-03-12');
    assert.deepEqual([s.status, s.dueOn, s.pausedWorkdays, s.workdaysLeft], ['consulting', '2026-04-02', 16, 15]);
  });

  it('C13 closed during a consultation: the pause ends on the closing day', () => {
    // As C10 but closed on 03-05: pause 03-02..05, due 03-24, closed 03-05 ≤ 03-24.
    const s = clock([rec('2026-02-12'), consult('2026-03-02'), { type: 'closed', on: '2026-03-05', result: 'disclosed' }], '2026-04-30');
    assert.deepEqual([s.status, s.dueOn, s.onTime, s.overdue, s.workdaysLeft], ['closed', '2026-03-24', true, false, null]);
    assert.deepEqual(s.pauses, [{ from: '2026-03-02', to: '2026-03-05', reason: 'consultation' }]);
  });
});

describe('延期 (第三十三条第二款)', () => {
  it('C14 2026: extension of 20 → 40 working days, due 04-16 (across 清明)', () => {
    // After 03-18(20): 19(21) 20(22) 23(23) … 27(27) 30(28) 31(29) 04-01(30) 02(31) 03(32)
    // [04-04..06 off] 07(33) 08(34) 09(35) 10(36) 13(37) 14(38) 15(39) 16(40).
    const s = clock([rec('2026-02-12'), { type: 'extended', on: '2026-03-10', workdays: 20 }], '2026-03-10');
    assert.deepEqual([s.allowedWorkdays, s.extendedBy, s.dueOn], [40, 20, '2026-04-16']);
  });

  it('C15 2025 国庆: extension of 10 → due 11-13', () => {
    // Plain due 10-30 (C5); then 10-31(21) 11-03(22) 04 05 06 07(26) 10(27) 11 12 13(30).
    const s = clock([rec('2025-09-26'), { type: 'extended', on: '2025-10-20', workdays: 10 }], '2025-10-20');
    assert.deepEqual([s.allowedWorkdays, s.dueOn], [30, '2025-11-13']);
  });
});

describe('收费通知 (第四十二条, 国办函〔2020〕109号): notice to payment not counted', () => {
  const notified: ClockEvent[] = [rec('2025-09-22'), { type: 'fee_notified', on: '2025-09-25', payBy: '2025-10-27' }];

  it('C16 2025 国庆: awaiting payment on 10-09 → due 11-03 (if paid today), 18 left', () => {
    // Counted 09-23(1) 24(2); paused 09-25 26 28W 29 30 10-09 = 6; plain due 10-24 (C9 without
    // the pause) + 6: 10-27 28 29 30 31 11-03.
    const s = clock(notified, '2025-10-09');
    assert.deepEqual([s.status, s.payBy, s.dueOn, s.pausedWorkdays, s.workdaysLeft], ['awaiting_payment', '2025-10-27', '2025-11-03', 6, 18]);
  });

  it('C17 paid on 10-13 → due 11-06', () => {
    // Paused 09-25 26 28W 29 30 10-09 10 11W 13 = 9; 10-24 + 9: 27 28 29 30 31 11-03 04 05 06.
    const s = clock([...notified, { type: 'fee_paid', on: '2025-10-13' }], '2025-10-13');
    assert.deepEqual([s.status, s.payBy, s.dueOn, s.pausedWorkdays], ['in_progress', null, '2025-11-06', 9]);
  });

  it('C18 2026 春节: unpaid, the pause stops at payBy 03-13 → due 04-13; closed as feeUnpaid on time', () => {
    // Received 02-12, notice 02-13, payBy 03-13: paused 02-13 14W 24 25 26 27 28W 03-02..06 09..13 = 17.
    // Then 03-16(1) … 20(5) 23(6) … 27(10) 30(11) 31(12) 04-01(13) 02(14) 03(15) 07(16) 08 09 10(19) 13(20).
    const events: ClockEvent[] = [rec('2026-02-12'), { type: 'fee_notified', on: '2026-02-13', payBy: '2026-03-13' }];
    const s = clock(events, '2026-03-20');
    assert.deepEqual([s.status, s.dueOn, s.pausedWorkdays, s.workdaysLeft], ['awaiting_payment', '2026-04-13', 17, 15]);
    const ended = clock([...events, { type: 'closed', on: '2026-03-16', result: 'other.feeUnpaid' }], '2026-03-20');
    assert.deepEqual([ended.status, ended.dueOn, ended.onTime, ended.payBy], ['closed', '2026-04-13', true, null]);
    assert.deepEqual(ended.pauses, [{ from: '2026-02-13', to: '2026-03-13', reason: 'fee' }]);
  });
});

describe('combinations', () => {
  it('C19 2025 国庆: correction + consultation + extension of 15 + fee → due 12-01', () => {
    // Received 09-15; 补正 asked 09-17; corrected 09-24 (clockStart). Consultation 09-26..10-10 pauses
    // 09-26 28W 29 30 10-09 10 (6); fee 10-27..10-29 pauses 27 28 29 (3). From 09-24: 25(1) 10-11W(2)
    // 13(3) … 17(7) 20(8) … 24(12) 30(13) 31(14) 11-03(15) … 07(19) 10(20) … 14(24) 17(25) … 21(29)
    // 24(30) … 28(34) 12-01(35). Before the extension (10-20) the due date was the 20th: 11-05.
    const base: ClockEvent[] = [
      rec('2025-09-15'),
      { type: 'correction_requested', on: '2025-09-17', correctBy: '2025-09-30' },
      { type: 'corrected', on: '2025-09-24' },
      consult('2025-09-26'),
      answered('2025-10-10'),
    ];
    assert.equal(clock(base, '2025-10-20').dueOn, '2025-11-05');
    const all: ClockEvent[] = [
      ...base,
      { type: 'extended', on: '2025-10-20', workdays: 15 },
      { type: 'fee_notified', on: '2025-10-27', payBy: '2025-11-24' },
      { type: 'fee_paid', on: '2025-10-29' },
    ];
    const s = clock(all, '2025-10-29');
    assert.deepEqual([s.clockStart, s.allowedWorkdays, s.dueOn, s.pausedWorkdays], ['2025-09-24', 35, '2025-12-01', 9]);
    const closed = clock([...all, { type: 'closed', on: '2025-11-28', result: 'partiallyDisclosed' }], '2025-12-05');
    assert.deepEqual([closed.status, closed.onTime], ['closed', true]);
  });

  it('C20 2026 春节: correction, then an open consultation → due 03-24', () => {
    // Received 01-26, 补正 asked 01-28, corrected 02-10 (clockStart): 02-11(1). Consultation from 02-12,
    // today 02-26: paused 02-12 13 14W 24 25 26 (6). Then 27(2) 28W(3) 03-02(4) … 06(8) 09(9) … 13(13)
    // 16(14) … 20(18) 23(19) 24(20). Left: 19.
    const s = clock(
      [rec('2026-01-26'), { type: 'correction_requested', on: '2026-01-28', correctBy: '2026-02-13' }, { type: 'corrected', on: '2026-02-10' }, consult('2026-02-12')],
      '2026-02-26',
    );
    assert.deepEqual([s.status, s.dueOn, s.pausedWorkdays, s.workdaysLeft, s.dueSoon], ['consulting', '2026-03-24', 6, 19, false]);
    assert.equal(s.consultations[0]?.answerBy, '2026-03-11'); // 02-12 + 15 wd (domain.md worked check)
  });
});

describe('a year without holiday data', () => {
  it('leaves the due date empty with a Chinese explanation instead of throwing', () => {
    // Received 2026-12-20: 7 wd stay in 2026 (12-21 … 25, 28, 29); the 20th falls in 2027.
    const s = clock([rec('2026-12-20')], '2026-12-21');
    assert.equal(s.correctionNoticeBy, '2026-12-29');
    assert.equal(s.dueOn, null);
    assert.match(s.deadlineProblem ?? '', /缺少2027年节假日安排数据/);
  });
});
