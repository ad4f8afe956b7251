import type { TaskView, UnitView } from './presenter.js';

/** The usual 台账 columns (序号, 任务内容, 牵头单位, 责任单位, 完成时限, 进展情况, 状态) and their widths. */
export const LEDGER_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '任务内容', width: 60 },
  { header: '牵头单位', width: 18 },
  { header: '责任单位', width: 30 },
  { header: '完成时限', width: 16 },
  { header: '进展情况', width: 40 },
  { header: '状态', width: 14 },
] as const;

/** Units as the plan wrote them: an expanded collective shows once under its written name. */
export function unitNames(units: UnitView[], suffix = ''): string[] {
  const out: string[] = [];
  for (const u of units) {
    const n = `${u.collective ?? u.name}${suffix}`;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** One ledger row from a presented task. */
export function ledgerRow(t: TaskView, index: number): string[] {
  const content = [`${t.pathLabel}${t.heading ? `\u3000${t.heading}` : ''}`, t.text].filter(Boolean).join('\n');
  const responsible = [...unitNames(t.units.responsible), ...unitNames(t.units.cooperating, '（配合）')].join('、');
  const p = t.latestProgress;
  const progress = p ? `${p.text ?? ''}（${p.percent ?? t.percent}%${p.on ? `，${p.on}` : ''}${p.org ? `，${p.org.name}` : ''}）` : '';
  return [String(index + 1), content, unitNames(t.units.lead).join('、'), responsible, t.deadline?.raw || (t.dueOn ?? ''), progress, t.statusLabel];
}

/**
 * The ledger as an XLSX workbook: sheet 台账 with the plan's title over the columns, bordered and
 * wrapped cells, frozen headers, landscape A4 fitted to the width, overdue rows highlighted.
 */
export async function renderLedgerXlsx(input: { title: string; subtitle?: string; tasks: TaskView[] }): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on first use
  const wb = new ExcelJS.Workbook();
  wb.creator = '政务公开平台';
  wb.created = new Date(0);
  const ws = wb.addWorksheet('台账', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  ws.columns = LEDGER_COLUMNS.map((c) => ({ width: c.width }));
  const border = { top: { style: 'thin' as const }, left: { style: 'thin' as const }, bottom: { style: 'thin' as const }, right: { style: 'thin' as const } };
  const font = { name: '宋体', size: 11 };

  ws.mergeCells(1, 1, 1, LEDGER_COLUMNS.length);
  const title = ws.getCell(1, 1);
  title.value = input.subtitle ? `${input.title}\n${input.subtitle}` : input.title;
  title.font = { name: '黑体', size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(1).height = input.subtitle ? 48 : 32;

  const header = ws.getRow(2);
  header.values = LEDGER_COLUMNS.map((c) => c.header);
  header.height = 22;
  header.eachCell((cell) => {
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });

  input.tasks.forEach((t, i) => {
    const row = ws.addRow(ledgerRow(t, i));
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = t.overdue ? { ...font, color: { argb: 'FF9C0006' } } : font;
      cell.alignment = { vertical: 'top', horizontal: col === 1 || col === 7 ? 'center' : 'left', wrapText: true };
      cell.border = border;
      if (t.overdue) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
