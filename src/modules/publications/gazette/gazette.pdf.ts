import { type CjkFonts, openCjkPdf } from '../../../platform/render/index.js';

export interface GazettePdfItem {
  title: string;
  docNumber: string | null;
  orgName: string;
  /** Plain text of the sanitised body (platform/html htmlToText): lines, table cells separated by tabs. */
  bodyText: string;
}

export interface GazettePdfInput {
  title: string;
  orgName: string;
  year: number;
  number: number;
  totalNumber: number;
  issueDate: string;
  sections: { title: string; items: GazettePdfItem[] }[];
}

const MARGIN = { top: 72, bottom: 72, left: 76, right: 76 };
const NUMBER_COLUMN = 36;
const RED = '#c00000';

/** `2026-03-20` → `2026年3月20日`. */
export const chineseDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/**
 * The PDF of an issue (A4): cover (title, 期数, 总期数, date), 目录 with page numbers, each document on a new
 * page with its title and 发文字号, then its text; page numbers in the footer (`— 3 —`, the cover has none).
 * Text in Noto Serif CJK, headings in Noto Sans CJK Bold; bookmarks follow the sections.
 */
export async function renderGazettePdf(input: GazettePdfInput, fonts: CjkFonts): Promise<Buffer> {
  const { doc, finish } = await openCjkPdf(fonts, { margins: MARGIN, autoFirstPage: true, info: { Title: input.title, Author: input.orgName, Subject: '政府公报' } });
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const pageIndex = () => doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  const bottom = () => doc.page.height - MARGIN.bottom;

  // Cover
  doc.y = 190;
  doc.font('bold').fontSize(34).fillColor(RED).text(`${input.orgName}公报`, { align: 'center', characterSpacing: 4 });
  doc.moveDown(1.2);
  doc.font('serif').fontSize(16).fillColor('black').text(`${input.year}年第${input.number}期（总第${input.totalNumber}期）`, { align: 'center' });
  doc.moveDown(0.6).fontSize(14).text(chineseDate(input.issueDate), { align: 'center' });
  doc.moveTo(MARGIN.left, doc.y + 24).lineTo(MARGIN.left + width, doc.y + 24).lineWidth(2).strokeColor(RED).stroke();
  doc.y = doc.page.height - 180;
  doc.font('serif').fontSize(12).fillColor('black').text(`${input.orgName}主办`, { align: 'center' });
  doc.text(input.title, { align: 'center' });

  // 目录: laid out now, page numbers written once the documents are placed.
  doc.addPage();
  doc.font('bold').fontSize(20).text('目\u3000录', { align: 'center' });
  doc.moveDown(1);
  const tocSlots: { page: number; y: number }[] = [];
  for (const section of input.sections) {
    if (doc.y + 60 > bottom()) doc.addPage();
    doc.font('bold').fontSize(14).text(section.title, MARGIN.left, doc.y, { width });
    doc.moveDown(0.3);
    for (const item of section.items) {
      doc.font('serif').fontSize(12);
      const line = item.docNumber ? `${item.title}（${item.docNumber}）` : item.title;
      const h = doc.heightOfString(line, { width: width - NUMBER_COLUMN - 16, lineGap: 3 });
      if (doc.y + h > bottom()) doc.addPage();
      doc.text(line, MARGIN.left + 16, doc.y, { width: width - NUMBER_COLUMN - 16, lineGap: 3 });
      tocSlots.push({ page: pageIndex(), y: doc.y - doc.currentLineHeight(true) - 3 });
      doc.moveDown(0.3);
    }
    doc.moveDown(0.5);
  }

  // Documents, each from a new page.
  const starts: number[] = [];
  for (const section of input.sections) {
    const outline = doc.outline.addItem(section.title);
    section.items.forEach((item, i) => {
      doc.addPage();
      starts.push(pageIndex());
      if (i === 0) {
        doc.font('bold').fontSize(13).fillColor(RED).text(`【${section.title}】`, { align: 'left' });
        doc.fillColor('black').moveDown(0.8);
      }
      outline.addItem(item.title);
      doc.font('bold').fontSize(18).text(item.title, { align: 'center', lineGap: 4 });
      if (item.docNumber) doc.moveDown(0.4).font('serif').fontSize(12).text(item.docNumber, { align: 'center' });
      doc.moveDown(1.2).font('serif').fontSize(12);
      for (const para of item.bodyText.split('\n')) {
        if (!para.trim()) {
          doc.moveDown(0.5);
          continue;
        }
        doc.text(para.replace(/\t/g, '\u3000'), MARGIN.left, doc.y, { width, indent: 24, lineGap: 6, align: 'justify' });
      }
    });
  }

  // 目录 page numbers, then the footers (page 1 is the first page after the cover).
  tocSlots.forEach((slot, i) => {
    doc.switchToPage(slot.page);
    doc.font('serif').fontSize(12).text(String(starts[i]), MARGIN.left + width - NUMBER_COLUMN, slot.y, { width: NUMBER_COLUMN, align: 'right', lineBreak: false });
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
    doc.font('serif').fontSize(10.5).text(`— ${i} —`, MARGIN.left, doc.page.height - 48, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = MARGIN.bottom;
  }
  return finish();
}
