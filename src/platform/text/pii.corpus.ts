/**
 * Test corpus for the personal-information detector (used by pii.test.ts and mask.test.ts).
 * Every check digit is computed here, never typed in: IDs by GB 11643, cards by Luhn,
 * 统一社会信用代码 by GB 32100. All numbers are synthetic.
 */
import { creditCodeCheckChar, idCardCheckChar, isLuhnValid, luhnCheckDigit } from './checks.js';
import type { PiiKind } from './pii.js';

/** The corpus is judged as of this instant (birth dates after 2026-03-18 are in the future). */
export const CORPUS_NOW = new Date('2026-03-18T10:00:00+08:00');

export const id = (first17: string) => first17 + idCardCheckChar(first17);
export const card = (payload: string) => payload + luhnCheckDigit(payload);
export const credit = (first17: string) => first17 + creditCodeCheckChar(first17)!;
const group4 = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ');

/** An ID whose check char is X (searching the sequence digits). */
function idEndingX(prefix14: string): string {
  for (let seq = 0; seq < 1000; seq++) {
    const first17 = prefix14 + String(seq).padStart(3, '0');
    if (idCardCheckChar(first17) === 'X') return first17 + 'X';
  }
  throw new Error('no X check char');
}

/** An 18-digit ID-shaped number with a wrong check digit that still passes Luhn (so it could pass for a card). */
function wrongCheckButLuhn(first17: string): string {
  const right = idCardCheckChar(first17);
  for (const c of '0123456789') if (c !== right && isLuhnValid(first17 + c)) return first17 + c;
  throw new Error('none');
}

/** An all-digit 统一社会信用代码 (check char a digit) that also passes Luhn: the credit-code rule must win over the card rule. */
function digitCreditCodePassingLuhn(): string {
  for (let n = 0; n < 100000; n++) {
    const code = credit(`9137170${String(n).padStart(10, '0')}`);
    if (/^\d{18}$/.test(code) && isLuhnValid(code)) return code;
  }
  throw new Error('none');
}

export interface Expected {
  kind: PiiKind;
  value: string;
}
export interface CorpusCase {
  label: string;
  text: string;
  expect: Expected[];
}

const e = (kind: PiiKind, value: string): Expected => ({ kind, value });

const ID_A = id('37010219900307123');
const ID_B = id('37172319850612001');
const ID_C = id('44030420000229151'); // born on a leap day
const ID_D = id('11010519491231002'); // the GB 11643 example, check char X
const ID_E = id('32058319780815302');
const ID_F = id('51010719620101441');
const ID_G = id('37290119951120372');
const ID_H = id('61011320010909005');
const ID_X = idEndingX('37170219770101');
const ID_15 = '370102850612001'; // 1985-06-12, old 15-digit form
const CARD_19 = card('622202123456789012');
const CARD_16 = card('622848040256489');
const CARD_VISA = card('453201511283036');
const CARD_18 = card('62148301234567890'); // 18 digits, not ID-shaped (birth date 12345678 is invalid)

export const POSITIVES: CorpusCase[] = [
  { label: '姓名在前，逗号后接身份证号', text: `张三，身份证号${ID_A}`, expect: [e('name', '张三'), e('id-card', ID_A)] },
  { label: '联系人标签 + 手机', text: '联系人：李四 13912345678', expect: [e('name', '李四'), e('mobile', '13912345678')] },
  { label: '申请人 + 括号内身份证', text: `申请人王小明（身份证号：${ID_B}）于3月2日提出申请。`, expect: [e('name', '王小明'), e('id-card', ID_B)] },
  { label: '末位 X', text: `当事人：赵六，公民身份号码${ID_X}。`, expect: [e('name', '赵六'), e('id-card', ID_X)] },
  { label: '末位小写 x', text: `身份证号码：${ID_D.toLowerCase()}`, expect: [e('id-card', ID_D.toLowerCase())] },
  { label: '身份证 6-8-4 空格分组', text: `证件号码 ${ID_E.slice(0, 6)} ${ID_E.slice(6, 14)} ${ID_E.slice(14)}`, expect: [e('id-card', `${ID_E.slice(0, 6)} ${ID_E.slice(6, 14)} ${ID_E.slice(14)}`)] },
  { label: '全角数字身份证', text: `身份证：${ID_F.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}`, expect: [e('id-card', ID_F.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))))] },
  { label: '闰日出生', text: `姓名张三性别男身份证${ID_C}`, expect: [e('name', '张三'), e('id-card', ID_C)] },
  { label: '15 位旧身份证', text: `原身份证号${ID_15}已换发。`, expect: [e('id-card', ID_15)] },
  { label: '手机号冒号', text: '手机：13912345678', expect: [e('mobile', '13912345678')] },
  { label: '+86 与 3-4-4 空格', text: '电话 +86 139 1234 5678', expect: [e('mobile', '+86 139 1234 5678')] },
  { label: '86- 前缀', text: '联系方式：86-13812345678。', expect: [e('mobile', '86-13812345678')] },
  { label: '0086 前缀', text: '境外来电请拨 0086 18612345678', expect: [e('mobile', '0086 18612345678')] },
  { label: '复姓四字名 + 短横线手机', text: '欧阳娜娜，手机 150-1234-5678', expect: [e('name', '欧阳娜娜'), e('mobile', '150-1234-5678')] },
  { label: '手机紧贴汉字', text: '请拨打13712345678咨询', expect: [e('mobile', '13712345678')] },
  { label: '19 位借记卡', text: `银行卡号：${CARD_19}`, expect: [e('bank-card', CARD_19)] },
  { label: '16 位卡 4 位分组', text: `卡号 ${group4(CARD_16)}`, expect: [e('bank-card', group4(CARD_16))] },
  { label: '开户名复姓 + 账号', text: `开户名：司马光，账号${CARD_16}`, expect: [e('name', '司马光'), e('bank-card', CARD_16)] },
  { label: '卡号后接户名', text: `请汇入${CARD_19}，户名：诸葛亮`, expect: [e('bank-card', CARD_19), e('name', '诸葛亮')] },
  { label: 'Visa 卡', text: `信用卡${CARD_VISA}已挂失`, expect: [e('bank-card', CARD_VISA)] },
  { label: '18 位卡（非身份证形态）', text: `收款账号 ${CARD_18}`, expect: [e('bank-card', CARD_18)] },
  { label: '户主 + 身份证 + 手机', text: `户主张三身份证号${ID_G}，电话13912345678`, expect: [e('name', '张三'), e('id-card', ID_G), e('mobile', '13912345678')] },
  { label: '长句中无标签姓名', text: `经核实张三，身份证号${ID_H}`, expect: [e('name', '张三'), e('id-card', ID_H)] },
  { label: '告知 + 三字名', text: '现将情况告知王文明 13812345678', expect: [e('name', '王文明'), e('mobile', '13812345678')] },
  { label: '表格行', text: `序号 姓名 身份证号 联系电话\n1 陈红 ${ID_E} 13612345678`, expect: [e('name', '陈红'), e('id-card', ID_E), e('mobile', '13612345678')] },
  { label: '手机后括号姓名', text: '如有疑问请联系13912345678（刘洋）。', expect: [e('mobile', '13912345678'), e('name', '刘洋')] },
  { label: '法定代表人 + 身份证', text: `法定代表人：刘德华，身份证号码${ID_A}。`, expect: [e('name', '刘德华'), e('id-card', ID_A)] },
  { label: '投诉人复姓', text: '投诉人：上官婉儿，手机号码：18912345678。', expect: [e('name', '上官婉儿'), e('mobile', '18912345678')] },
  { label: '第二行', text: '关于某事项的答复\n联系人：周杰 13712345678', expect: [e('name', '周杰'), e('mobile', '13712345678')] },
  { label: '句首姓名，中间隔着座机', text: '王强，电话：0530-5310001，手机：15853001234', expect: [e('name', '王强'), e('mobile', '15853001234')] },
  { label: '句首不是姓名', text: '特此通知，咨询电话13912345678', expect: [e('mobile', '13912345678')] },
  { label: '座机后逗号接手机', text: '电话：0530-5310000，13912345678', expect: [e('mobile', '13912345678')] },
  { label: '两条记录', text: '张三 13912345678；李四 13812345678', expect: [e('name', '张三'), e('mobile', '13912345678'), e('name', '李四'), e('mobile', '13812345678')] },
];

const DIGIT_CREDIT = digitCreditCodePassingLuhn();

export const NEGATIVES: CorpusCase[] = [
  ...[
    `统一社会信用代码：${credit('91370100MA3C4XYY5')}`,
    `统一社会信用代码 ${credit('11371700004324380')}`,
    `纳税人识别号${DIGIT_CREDIT}`,
    `机构代码 ${DIGIT_CREDIT}（全数字且通过 Luhn，仍是信用代码）`,
    '统一社会信用代码：91350100M000100Y43',
    '91110000600037341L',
    `信用代码小写 ${credit('91370100MA3C4XYY5').toLowerCase()}`,
    '菏政办字〔2021〕35号',
    '鲁政发[2020]3号',
    '国办发〔2014〕46号',
    '鲁政办发【2022】12号',
    '菏政字（2023）1号',
    '索引号：11371700MB28504589/2021-00123',
    '索引号 000014349/2019-00001',
    '035210000/2025-00016',
    '000013338/2023-00079、0142768-8/2022-00185',
    '11341702486344515H/202110-00013',
    '01527918X-2020-153077',
    '430S00001/2017-01475 tongjiju/2023-00075',
    '成文日期：2026-03-18，发布日期：20260318',
    '2026年3月18日 2026.03.18 2026/3/18',
    '更新时间 2026-03-18 09:30:00 时间戳20260318093000',
    '办公电话：0530-5310000',
    '电话（0530）5310000、0530 5310000、010-12345678',
    '0530-5310000转8001，服务热线12345，客服400-123-4567，95588',
    '邮编：274000',
    '金额13912345678.00元',
    '预算 1,234,567.89 元，合计6222021234567890.50元',
    '受理编号：20260318000123450001',
    `订单号：${card('622202123456789')}`,
    `营业执照注册号：${ID_15}`,
    `身份证号37010219900307123${idCardCheckChar('37010219900307123') === '0' ? '1' : '0'}（校验位错误）`,
    `编号 ${wrongCheckButLuhn('37010219900307123')}（形似身份证，校验位错，但能过 Luhn）`,
    `出生日期在未来 ${id('37010220300101123')}`,
    `不存在的日期 ${id('37010219900230123')}`,
    `不存在的省份 ${id('99010219900307123')}`,
    '12312345678 不是手机号（12 开头）',
    '流水号ABC13912345678，文件 file_13912345678.pdf',
    'http://www.heze.gov.cn/art/2021/3/18/art_1229_13912345678.html',
    '长数字 2139123456789012345678901',
    '已脱敏：张*，身份证号3701**********1234，手机139****5678',
    '张** 139****5678，卡号************1234，6222 **** **** 1234',
    '李某某 139****5678',
    '联系人：张三（无号码）',
    '申请人王小明于2026年3月18日提出申请',
    '常住人口 13,912,345 人，面积 1391.2345678 平方公里',
  ].map((text, i): CorpusCase => ({ label: `negative ${i + 1}`, text, expect: [] })),
];
