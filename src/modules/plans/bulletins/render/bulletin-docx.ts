// docx is loaded on the first bulletin, not at start: most processes never make one.
import {
  type Docx,
  type DocxBodyOptions,
  type DocxFace,
  GONGWEN_DOCX_FONTS as F,
  GONGWEN_LAYOUT as L,
  docxBody,
  docxCell,
  docxHeading1,
  docxHeading1Style,
  docxRow,
  docxRun,
  docxTable,
  docxTitle,
  packGongwenDocx,
  signatureRightChars,
} from '../../../../platform/render/index.js';
import type { BulletinFigures } from '../figures.js';
import { chartSize, completionChartSvg, svgToPng } from './bulletin-chart.js';
import {
  COOPERATING_COLUMNS, OVERDUE_COLUMNS, RANKING_COLUMNS, SECTION_TITLES, UNIT_COLUMNS, chineseDate, cooperatingRows, overallSentence,
  overdueRows, paragraphsOf, pct, rankingRows, totalRow, unitRows,
} from './bulletin-text.js';

/** The tables: 五号宋体 with a little padding, as the annual report's. */
const TABLE = { fontPt: 10.5, cellPaddingPt: 3, docxFont: { name: '宋体', fallback: 'SimSun' } satisfies DocxFace } as const;

/** What the DOCX shows: the bulletin's texts and its frozen figures. */
export interface BulletinDocument {
  title: string;
  number: string | null;
  issuer: string;
  intro: string;
  closing: string;
  figures: BulletinFigures;
  /** 成文日期 (YYYY-MM-DD): the publication day, or the day a draft is exported. */
  date: string;
}

/** A plain table: header row repeated on each page, text cells left-aligned, figures centred. */
function wordTable(d: Docx, head: readonly string[], rows: string[][], widths: number[], opts: { leftCols?: number[]; boldLast?: boolean } = {}) {
  const left = new Set(opts.leftCols ?? []);
  const cell = (text: string, c: number, header: boolean, bold: boolean) => docxCell(d, text, {
    face: header ? F.heading.name : TABLE.docxFont.name, sizePt: TABLE.fontPt, paddingPt: TABLE.cellPaddingPt,
    align: !header && left.has(c) ? 'left' : 'center', bold: header || bold,
  });
  return docxTable(d, widths, [
    docxRow(d, head.map((h, c) => cell(h, c, true, false)), true),
    ...rows.map((r, i) => docxRow(d, r.map((t, c) => cell(t, c, false, !!opts.boldLast && i === rows.length - 1)))),
  ]);
}

/**
 * The bulletin as a Word document in the 公文 page of `platform/render`: title (二号小标宋), 文号 centred
 * under it, the intro, 一、总体情况, 二、各单位完成情况 (table, the completion-rate chart as a PNG, 配合任务),
 * 三、逾期任务清单, 四、排名情况, the closing text, then the issuer centred over the date (右空四字).
 */
export async function renderBulletinDocx(b: BulletinDocument): Promise<Buffer> {
  const d = await import('docx');
  const { AlignmentType, ImageRun, Paragraph } = d;
  const f = b.figures;
  const body = (text: string, o?: DocxBodyOptions) => docxBody(d, text, o);
  const heading = (text: string) => docxHeading1(d, text);
  const note = (text: string) => new Paragraph({
    alignment: AlignmentType.LEFT, spacing: { before: 60, after: 60 },
    children: [docxRun(d, text, TABLE.docxFont.name, TABLE.fontPt)],
  });

  const children: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = [docxTitle(d, b.title)];
  if (b.number) children.push(body(b.number, { align: 'center' }));
  children.push(body(''));
  children.push(...paragraphsOf(b.intro).map((p) => body(p, { indent: true })));

  children.push(heading(SECTION_TITLES.overall), body(overallSentence(f), { indent: true }));

  children.push(heading(SECTION_TITLES.units));
  if (f.units.length === 0) {
    children.push(body('本期没有承担牵头或责任任务的单位。', { indent: true }));
  } else {
    children.push(body(`各牵头、责任单位任务完成情况见表1${f.ranking.length ? '、图1' : ''}（一项任务由多个单位承担的，分别计入各单位；合计按任务计）。`, { indent: true }));
    children.push(note('表1　各单位任务完成情况'));
    children.push(wordTable(d, UNIT_COLUMNS, [...unitRows(f), totalRow(f)], [5, 26, 8, 8, 8, 8, 8, 7, 10], { leftCols: [1], boldLast: true }));
    const svg = await completionChartSvg(f, '各单位任务完成率');
    if (svg) {
      const png = await svgToPng(svg);
      const size = chartSize(f);
      // Full 版心 width (156 mm ≈ 590 px at 96 dpi), height in proportion.
      const width = 590;
      const height = Math.round((size.height / size.width) * width);
      children.push(
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 0 }, children: [new ImageRun({ type: 'png', data: png, transformation: { width, height }, altText: { name: '图1', title: '各单位任务完成率', description: f.ranking.map((r) => `${r.name}${pct(r.completionRate)}`).join('，') } })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120 }, children: [docxRun(d, '图1　各单位任务完成率', TABLE.docxFont.name, TABLE.fontPt)] }),
      );
    }
    if (f.cooperating.length) {
      children.push(body('配合单位承担的配合任务单独列示，不计入完成率和排名（表2）。', { indent: true }));
      children.push(note('表2　配合任务情况'));
      children.push(wordTable(d, COOPERATING_COLUMNS, cooperatingRows(f), [6, 44, 12, 12], { leftCols: [1] }));
    }
  }

  children.push(heading(SECTION_TITLES.overdue));
  if (f.overdue.length === 0) {
    children.push(body(`截至${chineseDate(f.asOf)}，没有逾期任务。`, { indent: true }));
  } else {
    children.push(body(`截至${chineseDate(f.asOf)}，逾期任务${f.overdue.length}项（含逾期完成的任务），清单如下。`, { indent: true }));
    children.push(wordTable(d, OVERDUE_COLUMNS, overdueRows(f), [5, 33, 14, 16, 14, 14], { leftCols: [1, 2, 3] }));
  }

  children.push(heading(SECTION_TITLES.ranking));
  if (f.ranking.length === 0) {
    children.push(body('本期没有参加排名的单位。', { indent: true }));
  } else {
    children.push(body('按任务完成率从高到低排名，完成率相同的按按期完成任务数排名，两项均相同的并列。', { indent: true }));
    children.push(wordTable(d, RANKING_COLUMNS, rankingRows(f), [6, 34, 10, 10, 10, 12], { leftCols: [1] }));
  }

  children.push(body(''));
  children.push(...paragraphsOf(b.closing).map((p) => body(p, { indent: true })));

  const date = chineseDate(b.date);
  children.push(body(''), body(''), body(b.issuer, { align: 'right', rightChars: signatureRightChars(b.issuer, date) }), body(date, { align: 'right', rightChars: L.dateRightChars }));

  return packGongwenDocx({
    title: b.title,
    creator: b.issuer,
    faces: [F.title, F.heading, F.body, TABLE.docxFont],
    paragraphStyles: [docxHeading1Style(d)],
    children,
  });
}
