#!/usr/bin/env node
// Work-plan extraction against every plan that has an expected output (issue 6):
//   npm run eval:plans [-- --verbose] [-- --dir DIR]
// Plans: ../shared/fixtures/plans/*.txt and test/fixtures/plans/*.txt with a sibling *.expected.json.
// Each plan goes through parsePlan (the TypeScript module, loaded through tsx), its JSON is written to a
// temporary directory and scored by ../shared/eval/score-plan.mjs; the scorer's summary line is printed
// per plan, then micro averages (over all tasks/units) and macro averages (mean of the plans). Exit 0.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(import.meta.dirname, '..');
const scorer = path.resolve(root, '../shared/eval/score-plan.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
// --dir DIR (repeatable): score only the plans in DIR instead of the two default folders
const chosen = args.flatMap((a, i) => (a === '--dir' && args[i + 1] ? [path.resolve(args[i + 1])] : []));
const dirs = chosen.length ? chosen : [path.resolve(root, '../shared/fixtures/plans'), path.resolve(root, 'test/fixtures/plans')];

const { parsePlan } = await tsImport(path.join(root, 'src/modules/plans/parser/index.ts'), import.meta.url);

function decode(buf) {
  const utf8 = new TextDecoder('utf-8').decode(buf);
  return utf8.includes('\uFFFD') ? new TextDecoder('gb18030').decode(buf) : utf8;
}

const plans = [];
for (const dir of dirs) {
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue;
    const expected = path.join(dir, name.replace(/\.txt$/, '.expected.json'));
    if (fs.existsSync(expected)) plans.push({ txt: path.join(dir, name), expected, label: path.relative(root, path.join(dir, name)) });
  }
}
if (!plans.length) {
  console.log('no plans with an expected output found');
  process.exit(0);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-plans-'));
const num = (out, re) => {
  const m = out.match(re);
  return m ? m.slice(1).map(Number) : [0, 0, 0];
};
const rows = [];
for (const p of plans) {
  const actual = path.join(tmp, path.basename(p.txt, '.txt') + '.json');
  try {
    fs.writeFileSync(actual, JSON.stringify(parsePlan(decode(fs.readFileSync(p.txt))), null, 2));
  } catch (e) {
    console.log(`${p.label}: parser failed: ${e.stack ?? e}`);
    fs.writeFileSync(actual, '{"tasks":[]}');
  }
  const r = spawnSync(process.execPath, [scorer, p.expected, actual, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  const out = r.stdout ?? '';
  if (verbose) console.log(`\n== ${p.label}\n${out.trimEnd()}`);
  const summary = out.trim().split('\n').pop() ?? '';
  console.log(`${p.label}: ${summary}`);
  const [exp] = num(out, /expected tasks: (\d+)/);
  const [act] = num(out, /actual tasks: (\d+)/);
  const [matched] = num(out, /matched tasks: (\d+)/);
  const [uc, ue, ua] = num(out, /common (\d+), expected (\d+), actual (\d+)/);
  const [rs, rb] = num(out, /role accuracy: [\d.]+ \((\d+)\/(\d+)\)/);
  const [dr] = num(out, /deadline accuracy: [\d.]+ \((\d+)\//);
  const metric = (k) => Number(summary.match(new RegExp(`${k}=([\\d.]+)`))?.[1] ?? 0);
  rows.push({
    label: path.basename(p.txt, '.txt'),
    exp, act, matched, uc, ue, ua, rs, rb, dr,
    recall: metric('tasks_recall'), precision: metric('tasks_precision'), unitF1: metric('unit_f1'), roleAcc: metric('role_acc'), deadlineAcc: metric('deadline_acc'),
  });
}
fs.rmSync(tmp, { recursive: true, force: true });

const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
const ratio = (n, d, empty = 1) => (d === 0 ? empty : n / d);
const up = sum('uc') / (sum('ua') || 1);
const ur = sum('uc') / (sum('ue') || 1);
const micro = {
  recall: ratio(sum('matched'), sum('exp')),
  precision: ratio(sum('matched'), sum('act')),
  unitF1: sum('ue') + sum('ua') === 0 ? 1 : up + ur === 0 ? 0 : (2 * up * ur) / (up + ur),
  roleAcc: ratio(sum('rs'), sum('rb')),
  deadlineAcc: ratio(sum('dr'), sum('matched')),
};
const mean = (k) => sum(k) / rows.length;
const macro = { recall: mean('recall'), precision: mean('precision'), unitF1: mean('unitF1'), roleAcc: mean('roleAcc'), deadlineAcc: mean('deadlineAcc') };

const f = (x) => x.toFixed(2).padStart(9);
const w = Math.max(12, ...rows.map((r) => r.label.length));
console.log(`\n${'plan'.padEnd(w)}    tasks    recall precision   unit F1  role acc  deadline`);
for (const r of rows) console.log(`${r.label.padEnd(w)} ${String(r.exp).padStart(8)}${f(r.recall)}${f(r.precision)}${f(r.unitF1)}${f(r.roleAcc)}${f(r.deadlineAcc)}`);
console.log(`${'micro avg'.padEnd(w)} ${String(sum('exp')).padStart(8)}${f(micro.recall)}${f(micro.precision)}${f(micro.unitF1)}${f(micro.roleAcc)}${f(micro.deadlineAcc)}`);
console.log(`${'macro avg'.padEnd(w)} ${String(rows.length).padStart(8)}${f(macro.recall)}${f(macro.precision)}${f(macro.unitF1)}${f(macro.roleAcc)}${f(macro.deadlineAcc)}`);
process.exit(0);
