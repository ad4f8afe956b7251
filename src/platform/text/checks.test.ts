import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  creditCodeCheckChar,
  idCardCheckChar,
  isLuhnValid,
  isPlausibleBirthDate,
  isPlausibleIdCard15,
  isValidCreditCode,
  isValidIdCard18,
  luhnCheckDigit,
} from './checks.js';

const TODAY = '20260318';

describe('GB 11643 身份证号码', () => {
  it('computes the check char (the standard example ends in X)', () => {
    assert.equal(idCardCheckChar('11010519491231002'), 'X');
    assert.ok(isValidIdCard18('11010519491231002X', TODAY));
    assert.ok(isValidIdCard18('11010519491231002x', TODAY));
    assert.ok(!isValidIdCard18('110105194912310021', TODAY));
    assert.throws(() => idCardCheckChar('123'), RangeError);
  });
  it('needs a real province and a real birth date not after today', () => {
    const valid = (first17: string) => isValidIdCard18(first17 + idCardCheckChar(first17), TODAY);
    assert.ok(valid('37010219900307123'));
    assert.ok(!valid('99010219900307123'), 'province 99');
    assert.ok(!valid('37010219900230123'), 'February 30');
    assert.ok(!valid('37010218991231123'), '1899');
    assert.ok(!valid('37010220260319123'), 'tomorrow');
    assert.ok(valid('37010220260318123'), 'today');
    assert.ok(valid('37010220000229123'), 'leap day 2000');
    assert.ok(!valid('37010219000229123'), '1900 is not a leap year');
  });
  it('accepts a plausible 15-digit ID', () => {
    assert.ok(isPlausibleIdCard15('370102850612001', TODAY));
    assert.ok(!isPlausibleIdCard15('370102851312001', TODAY));
    assert.ok(!isPlausibleBirthDate('20261301', TODAY));
  });
});

describe('Luhn', () => {
  it('checks and completes card numbers', () => {
    assert.ok(isLuhnValid('79927398713'));
    assert.ok(!isLuhnValid('79927398710'));
    assert.equal(luhnCheckDigit('7992739871'), '3');
    assert.ok(isLuhnValid('6228480402564890'.slice(0, 15) + luhnCheckDigit('622848040256489')));
    assert.ok(!isLuhnValid('12a4'));
  });
});

describe('GB 32100 统一社会信用代码', () => {
  it('validates published-style codes', () => {
    assert.ok(isValidCreditCode('91350100M000100Y43'));
    assert.ok(isValidCreditCode('91110000600037341L'));
    assert.ok(isValidCreditCode('91110000600037341l'));
    assert.ok(!isValidCreditCode('91110000600037341M'));
    assert.ok(!isValidCreditCode('91110000600037341I'), 'I is not in the alphabet');
    assert.equal(creditCodeCheckChar('91350100M000100Y4'), '3');
    assert.equal(creditCodeCheckChar('9135010OM000100Y4'), null, 'O is not allowed');
  });
});
