import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idCardCheckChar } from '../../../platform/text/index.js';
import { applicationOf, formValues, parseApplication, parseLetter, parseProof } from './form-parse.js';

const first17 = '37170219800101001';
const ID = first17 + idCardCheckChar(first17);
const natural = { to: 'hz-czj', applicantType: 'natural', personName: '李秀英', idType: 'resident_id', idNumber: ID, personPhone: '13905300002', description: '2025年度部门决算公开说明', delivery: 'paper' };

describe('application form → submitBody', () => {
  it('reads only the chosen fieldset; empty optional fields are left out', () => {
    const body = applicationOf({ ...natural, orgName: '不应读取', personEmail: '', purpose: ' ' });
    assert.deepEqual(body.applicant, { type: 'natural', name: '李秀英', idType: 'resident_id', idNumber: ID, phone: '13905300002', email: undefined, address: undefined });
    assert.equal(body.purpose, undefined);
    const parsed = parseApplication(natural);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.delivery, 'paper');
  });

  it('puts each problem on its form field, in page order, with choices asked for plainly', () => {
    const r = parseApplication({ ...natural, to: '', idNumber: ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1'), delivery: '' });
    assert.ok(!r.ok);
    assert.deepEqual(Object.keys(r.errors), ['to', 'idNumber', 'delivery']);
    assert.equal(r.errors.idNumber, '身份证号码校验位错误，请核对后重新填写');
    assert.equal(r.errors.delivery, '请选择获取信息的方式');
    const org = parseApplication({ ...natural, applicantType: 'organization', orgName: '', orgPhone: '123' });
    assert.ok(!org.ok);
    for (const f of ['orgType', 'orgName', 'creditCode', 'legalRepresentative', 'contactName', 'orgPhone']) assert.ok(f in org.errors, f);
    assert.ok(!('idNumber' in org.errors));
    const none = parseApplication({ ...natural, applicantType: '' });
    assert.ok(!none.ok);
    assert.match(none.errors.applicantType, /^请选择申请人类型/);
  });

  it('takes the first of repeated names and ignores non-strings', () => {
    assert.deepEqual(formValues({ a: ['x', 'y'], b: 'z', c: 1 }), { a: 'x', b: 'z' });
    assert.deepEqual(formValues(null), {});
  });
});

describe('tracking forms', () => {
  it('needs the code and one proof', () => {
    assert.deepEqual(parseProof({ code: ' 2026-AB12-CD34 ', secret: 'ABCDE 12345' }), { ok: true, value: { code: '2026-AB12-CD34', secret: 'ABCDE12345' } });
    assert.deepEqual(parseProof({ code: 'x', idLast6: '00123X' }), { ok: true, value: { code: 'x', idLast6: '00123X' } });
    const bad = parseProof({ code: '', idLast6: '12' });
    assert.ok(!bad.ok);
    assert.deepEqual(Object.keys(bad.errors), ['code', 'idLast6']);
    const none = parseProof({ code: 'x' });
    assert.ok(!none.ok && none.errors.secret);
  });

  it('accepts a letter id and a known format only', () => {
    assert.deepEqual(parseLetter({ letterId: '12', format: 'pdf' }), { letterId: 12, format: 'pdf' });
    for (const v of [{ letterId: '0', format: 'docx' }, { letterId: '1', format: 'exe' }, { letterId: '1e3', format: 'docx' }, { letterId: '99999999999', format: 'docx' }]) assert.equal(parseLetter(v), null);
  });
});
