/**
 * The shared fixtures through the shared scorer (../shared/eval/score-plan.mjs), asserting the
 * targets of issue 6 (task recall, unit F1 and deadline accuracy ≥ 0.95), and the CLI on them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { fileURLToPath } from 'node:url';
import { runPlanParse } from '../../../cli/plan.js';
import { parsePlan } from './parse.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const fixtures = path.resolve(root, '../shared/fixtures/plans');
const scorer = path.resolve(root, '../shared/eval/score-plan.mjs');
const missing = !fs.existsSync(scorer) || !fs.existsSync(fixtures);

function score(name: string): Record<string, number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-score-'));
  const actual = path.join(tmp, `${name}.json`);
  fs.writeFileSync(actual, JSON.stringify(parsePlan(fs.readFileSync(path.join(fixtures, `${name}.txt`), 'utf8'))));
  const r = spawnSync(process.execPath, [scorer, path.join(fixtures, `${name}.expected.json`), actual], { encoding: 'utf8' });
  fs.rmSync(tmp, { recursive: true, force: true });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return Object.fromEntries([...line.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
}

describe('shared fixtures through the scorer', { skip: missing && 'no ../shared checkout' }, () => {
  for (const name of ['heze-2021', 'hubei-2019']) {
    it(`${name}: task recall, unit F1 and deadline accuracy ≥ 0.95`, () => {
      const s = score(name);
      assert.ok(s.tasks_recall >= 0.95, `recall ${s.tasks_recall}`);
      assert.ok(s.tasks_precision >= 0.95, `precision ${s.tasks_precision}`);
      assert.ok(s.unit_f1 >= 0.95, `unit F1 ${s.unit_f1}`);
      assert.ok(s.deadline_acc >= 0.95, `deadline ${s.deadline_acc}`);
    });
  }

  it('heze-2021: title, issuer and 文号 as expected', () => {
    const expected = JSON.parse(fs.readFileSync(path.join(fixtures, 'heze-2021.expected.json'), 'utf8'));
    const plan = parsePlan(fs.readFileSync(path.join(fixtures, 'heze-2021.txt'), 'utf8'));
    assert.deepEqual([plan.title, plan.issuer, plan.docNumber], [expected.title, expected.issuer, expected.docNumber]);
  });
});

describe('gongkai plan parse', () => {
  const run = async (file: string, json: boolean) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runPlanParse(file, { json }, (s) => out.push(s), (s) => err.push(s));
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const tmpFile = (name: string, content: Buffer | string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cli-')), name);
    fs.writeFileSync(file, content);
    return file;
  };
  const plan = '某县2022年政务公开工作要点\n一、重点任务\n(一)推进决策公开。完善目录。(县司法局牵头,县直各部门配合;完成时限:2022年9月底前)\n';

  it('--json prints the plan-format JSON', async () => {
    const r = await run(tmpFile('plan.txt', plan), true);
    assert.equal(r.code, 0);
    const parsed = JSON.parse(r.out);
    assert.deepEqual(parsed.tasks[0].path, ['一', '(一)']);
    assert.deepEqual(parsed.tasks[0].deadline, { raw: '2022年9月底前', date: '2022-09-30', kind: 'by-date' });
  });

  it('without --json prints a readable Chinese outline', async () => {
    const r = await run(tmpFile('plan.txt', plan), false);
    assert.match(r.out, /标题：某县2022年政务公开工作要点/);
    assert.match(r.out, /一 \/ \(一\) {2}推进决策公开/);
    assert.match(r.out, /牵头：县司法局/);
    assert.match(r.out, /配合：县直各部门/);
    assert.match(r.out, /时限：2022年9月底前（2022-09-30，按日期）/);
  });

  it('reads GB18030 text', async () => {
    // "一、任务\n(一)做好公开。(市财政局负责)" encoded in GB18030
    const gb = Buffer.from('d2bba1a2c8cecef10a28d2bb29d7f6bac3b9abbfaaa1a328cad0b2c6d5febed6b8bad4f029', 'hex');
    const r = await run(tmpFile('gbk.txt', gb), true);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out).tasks[0].responsible, ['市财政局']);
  });

  it('reads a .docx (a table becomes one cell per line)', async () => {
    const cell = (t: string) => new TableCell({ children: t.split('\n').map((x) => new Paragraph(x)) });
    const row = (...c: string[]) => new TableRow({ children: c.map(cell) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('某区2022年政务公开重点任务清单'),
            new Table({ rows: [row('序号', '工作任务', '责任单位', '完成时限'), row('1', '做好政策解读', '区政府办公室\n区直各部门', '2022年6月底前'), row('2', '规范依申请公开', '区司法局', '长期坚持')] }),
            new Paragraph('某区人民政府办公室'),
            new Paragraph('2022年3月1日'),
          ],
        },
      ],
    });
    const r = await run(tmpFile('plan.docx', await Packer.toBuffer(doc)), true);
    assert.equal(r.code, 0);
    const parsed = JSON.parse(r.out);
    assert.deepEqual([parsed.title, parsed.issuer], ['某区2022年政务公开重点任务清单', '某区人民政府办公室']);
    assert.deepEqual(parsed.tasks.map((t: { path: string[]; responsible: string[] }) => [t.path.join('/'), t.responsible]), [
      ['1', ['区政府办公室', '区直各部门']],
      ['2', ['区司法局']],
    ]);
  });

  it('exits 2 with a Chinese message when the file cannot be read', async () => {
    const r = await run('/nonexistent/plan.txt', true);
    assert.equal(r.code, 2);
    assert.match(r.err, /无法读取文件/);
    const bad = await run(tmpFile('broken.docx', 'PK not really a zip'), false);
    assert.equal(bad.code, 2);
  });
});
