import type { Container } from '../container.js';
import { SYSTEM_ACTOR } from '../platform/audit/index.js';
import { SYSTEM_PRINCIPAL } from '../platform/auth/index.js';
import { creditCodeCheckChar, idCardCheckChar } from '../platform/text/index.js';

/**
 * Demo data for the annual report (npm start only): six 2025 applications at 菏泽市财政局 with their
 * replies, its 2024 report imported as history, and its 2025 report published — so the 公开年报 column,
 * the year-over-year chart and the admin console's report screens show something on a fresh machine.
 */
const ORG = 'hz-czj';
const person = (n: number) => {
  const first = `37170219850312${String(n).padStart(3, '0')}`;
  return { type: 'natural' as const, name: `演示申请人${n}`, idType: 'resident_id', idNumber: first + idCardCheckChar(first), phone: '13905300000', address: '菏泽市牡丹区中华路1号' };
};
const company = (orgType: 'commercial' | 'legalService', n: number) => {
  const first = `91371702MA3D${String(n).padStart(4, '0')}0`;
  return { type: 'organization' as const, orgType, name: orgType === 'commercial' ? '菏泽演示商贸有限公司' : '山东演示律师事务所', creditCode: first + creditCodeCheckChar(first)!, legalRepresentative: '李演示', contactName: '王演示', phone: '05305310000' };
};
const LOCATION = '该信息已在菏泽市财政局门户网站“政府信息公开”专栏主动公开';

const REQUESTS = [
  { applicant: person(1), receivedOn: '2025-03-10', description: '2024年度菏泽市市级一般公共预算执行情况', on: '2025-03-28', result: 'disclosed', fields: { infoLocation: LOCATION } },
  { applicant: person(2), receivedOn: '2025-04-14', description: '2024年菏泽市城乡居民基本医疗保险财政补助资金拨付明细', on: '2025-05-09', result: 'partiallyDisclosed', fields: { withheldPart: '个人身份证号码和银行账号', reason: '属于个人隐私，依据条例第十五条不予公开', infoLocation: '可以公开的部分见附件' } },
  { applicant: company('commercial', 1), receivedOn: '2025-06-03', description: '某政府采购项目其他投标人的投标文件', on: '2025-06-27', result: 'withheld.thirdPartyRights', fields: { reason: '投标文件含有第三方商业秘密，经书面征求意见，第三方不同意公开' } },
  { applicant: person(3), receivedOn: '2025-07-21', description: '某地块国有土地使用权出让合同', on: '2025-08-05', result: 'unable.notHeld', fields: { otherOrgName: '菏泽市自然资源和规划局', otherOrgContact: '0530-5310000' } },
  { applicant: company('legalService', 2), receivedOn: '2025-09-08', description: '2025年菏泽市政府债务限额及余额情况', on: '2025-09-25', result: 'disclosed', fields: { infoLocation: LOCATION } },
  { applicant: person(4), receivedOn: '2025-12-15', description: '2025年菏泽市惠民惠农财政补贴资金发放情况', on: '2026-01-09', result: 'disclosed', fields: { infoLocation: LOCATION } },
] as const;

const zero = () => [0, 0, 0, 0, 0, 0, 0];

export async function seedDemoReports(c: Container): Promise<void> {
  const p = SYSTEM_PRINCIPAL;
  const a = SYSTEM_ACTOR;
  for (const r of REQUESTS) {
    const row = await c.infoRequests.handling.register(p, a, { to: ORG, channel: 'letter', receivedOn: r.receivedOn, description: r.description, delivery: 'paper', applicant: r.applicant } as never);
    await c.infoRequests.replies.reply(p, a, row.id, { on: r.on, result: r.result, fields: r.fields } as never);
  }
  // Last year's report, made before the platform (the demo has nothing of 2024 in it).
  const rows = Object.fromEntries(['newReceived', 'carriedOver', 'disclosed', 'partiallyDisclosed', 'withheld.stateSecret', 'withheld.prohibitedByLaw', 'withheld.threeSecurityOneStability', 'withheld.thirdPartyRights', 'withheld.internalAffairs', 'withheld.processInformation', 'withheld.enforcementFile', 'withheld.administrativeQuery', 'unable.notHeld', 'unable.needsCreation', 'unable.stillUnclear', 'notProcessed.petitionComplaint', 'notProcessed.repeated', 'notProcessed.publication', 'notProcessed.massRepeated', 'notProcessed.confirmation', 'other.correctionOverdue', 'other.feeUnpaid', 'other.other', 'total', 'carriedForward'].map((k) => [k, zero()]));
  rows.newReceived = [3, 1, 0, 0, 0, 0, 4];
  rows.disclosed = [2, 1, 0, 0, 0, 0, 3];
  rows['unable.notHeld'] = [1, 0, 0, 0, 0, 0, 1];
  rows.total = [3, 1, 0, 0, 0, 0, 4];
  const cells = () => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
  await c.annualReports.supervision.importHistory(p, a, {
    format: '2021', org: { code: ORG, name: '菏泽市财政局' }, year: 2024, scope: 'self',
    sections: { overview: '2024年，菏泽市财政局深入贯彻《中华人民共和国政府信息公开条例》，全年主动公开财政预决算、政府采购等信息。', problems: '政策解读的形式还不够丰富。', other: '本年度未收取信息处理费。' },
    proactive: { regulations: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 2, repealed: 0, inForce: 6 }, licensing: { decisions: 0 }, punishment: { decisions: 2 }, enforcement: { decisions: 0 }, fees: { amountTenThousandYuan: 0 } },
    requests: { columns: ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'], rows },
    reviewLitigation: { review: cells(), litigationDirect: cells(), litigationAfterReview: cells() },
  }, '演示数据：2024年报告（平台启用前编制）');
  const ws = await c.annualReports.reports.save(p, a, ORG, 2025, {
    version: 0, scope: 'self',
    sections: {
      overview: '2025年，菏泽市财政局坚持以公开为常态、不公开为例外，围绕预决算公开、政府采购、惠民惠农资金等重点领域做好政府信息公开工作。\n\n依申请公开方面，全年收到政府信息公开申请6件，均在法定期限内答复。',
      problems: '一是政策解读的形式还不够丰富；二是部分栏目更新不够及时。下一步将加强图解、视频解读，建立栏目更新提醒机制。',
      other: '本年度未收取信息处理费。',
    },
    entered: { licensing: 0, punishment: 3, enforcement: 0, feesTenThousandYuan: 0 },
    overrides: {},
  });
  await c.annualReports.reports.publish(p, a, ORG, 2025, { version: ws.version, acceptPrevious: ws.checks.problems.length ? '2024年报告在平台启用前编制' : undefined });
}
