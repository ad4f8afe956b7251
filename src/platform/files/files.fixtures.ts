/**
 * Real attachments built for the tests (docx with the `docx` package, xlsx with exceljs,
 * pdf with pdfkit and the Noto CJK font). ID numbers get their check char from
 * idCardCheckChar, never typed by hand.
 */
import { execFileSync } from 'node:child_process';
import { Document, Footer, FootnoteReferenceRun, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { idCardCheckChar } from '../text/index.js';

const id = (first17: string) => first17 + idCardCheckChar(first17);

/** Valid 身份证号码 used in every fixture. */
export const ID = id('37010219900307123');
export const ID2 = id('11010519491231002');
export const ID3 = id('44030419850615321');
export const MOBILE = '13912345678';
/** Their masked forms (maskPersonalInfo keeps the first 4 and last 4 of an ID, 3 + 4 of a mobile). */
export const MASKED_ID = `3701**********${ID.slice(-4)}`;
export const MASKED_ID2 = `1101**********${ID2.slice(-4)}`;
export const MASKED_ID3 = `4403**********${ID3.slice(-4)}`;
export const MASKED_MOBILE = '139****5678';

export const TITLE = '菏泽市人民政府办公室关于印发政务公开工作要点的通知';
export const SENTENCE = '各县区人民政府，市政府各部门：现将《要点》印发给你们，请认真贯彻执行。';

/** A 公文 with an ID split across two runs, a table, a footnote, a header and a footer. */
export async function makeDocx(): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph(`经办人身份证号：${ID3}`)] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(`联系人手机：${MOBILE}`)] }) },
        footers: { default: new Footer({ children: [new Paragraph('菏泽市人民政府办公室 印发')] }) },
        children: [
          new Paragraph({ children: [new TextRun({ text: TITLE, bold: true })] }),
          new Paragraph(SENTENCE),
          new Paragraph({ children: [new TextRun('申请人身份证号：'), new TextRun(ID.slice(0, 8)), new TextRun({ text: ID.slice(8), bold: true })] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('证件号码')] }), new TableCell({ children: [new Paragraph(ID2)] })] }),
            ],
          }),
          new Paragraph({ children: [new TextRun('特此通知。'), new FootnoteReferenceRun(1)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A workbook: IDs as text and as rich text split in two runs, a mobile typed as a number, a formula. */
export async function makeXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('申请人名单');
  sheet.addRow(['序号', '事项', '身份证号', '手机', '件数']);
  sheet.addRow([1, '政府信息公开申请', ID, Number(MOBILE), 2]);
  sheet.addRow([2, '依申请公开', { richText: [{ text: ID2.slice(0, 10) }, { text: ID2.slice(10), font: { bold: true } }] }, null, 3]);
  sheet.addRow([3, '合计', null, null, { formula: 'E2+E3', result: 5 }]);
  sheet.getCell('C2').font = { color: { argb: 'FFFF0000' } };
  const other = wb.addWorksheet('说明');
  other.addRow([TITLE]);
  other.addRow([{ formula: 'C2&""', result: ID } as never]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let fontFile: string | undefined;
/** The Noto Serif CJK collection, found by fontconfig. */
function cjkFont(): string {
  fontFile ??= execFileSync('fc-match', ['-f', '%{file}', 'Noto Serif CJK SC']).toString().trim();
  return fontFile;
}

/** A two-page PDF with Chinese text and an ID number; `userPassword` encrypts it. */
export function makePdf(options: { userPassword?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', userPassword: options.userPassword, pdfVersion: options.userPassword ? '1.7' : undefined });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('cjk', cjkFont(), 'NotoSerifCJKsc-Regular');
  doc.font('cjk').fontSize(16).text(TITLE, { align: 'center' });
  doc.fontSize(12).text(SENTENCE);
  doc.text(`申请人身份证号：${ID}`);
  doc.addPage().text('特此通知。');
  doc.end();
  return done;
}

/** A PDF whose only page holds a drawing and no text (like a scan). */
export function makePdfWithoutText(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.rect(100, 100, 200, 100).fill('#333333');
  doc.end();
  return done;
}

let gbTable: Map<string, Buffer> | undefined;
/**
 * GB18030 bytes of `text` (Node can decode GB18030 but not encode it): two-byte codes are
 * found by decoding every lead/trail pair once; ASCII is itself.
 */
export function encodeGb18030(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const bytes = Buffer.from([lead, trail]);
        const c = decoder.decode(bytes);
        if (c.length === 1 && c !== '\uFFFD' && !gbTable.has(c)) gbTable.set(c, bytes);
      }
    }
  }
  return Buffer.concat(
    [...text].map((c) => {
      if (c.charCodeAt(0) < 0x80) return Buffer.from(c, 'latin1');
      const bytes = gbTable!.get(c);
      if (!bytes) throw new RangeError(`no two-byte GB18030 code for ${c}`);
      return bytes;
    }),
  );
}
