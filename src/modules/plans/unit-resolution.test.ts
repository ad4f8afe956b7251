import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_ROOT, type DemoOrg } from '../../seed/demo-data.js';
import { type OrgNode, createUnitResolver, normaliseUnitName } from './unit-resolution.js';

/** The demo tree (菏泽市人民政府 with departments, 牡丹区 and 曹县 with theirs) as organisation rows, plus a few extra. */
function tree(extra: (rows: OrgNode[]) => void = () => undefined): OrgNode[] {
  const rows: OrgNode[] = [];
  let id = 0;
  const walk = (o: DemoOrg, parent: OrgNode | null) => {
    id += 1;
    const row: OrgNode = { id, code: o.code, name: o.name, short_name: o.shortName ?? null, kind: o.kind, level: o.level, parent_id: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/`, status: 'active' };
    rows.push(row);
    for (const c of o.children ?? []) walk(c, row);
  };
  walk(DEMO_ROOT, null);
  extra(rows);
  return rows;
}
const add = (rows: OrgNode[], parentCode: string, o: Partial<OrgNode> & { code: string; name: string; kind: string }) => {
  const parent = rows.find((r) => r.code === parentCode)!;
  const id = rows.length + 100;
  rows.push({ id, short_name: null, level: parent.level, parent_id: parent.id, path: `${parent.path}${id}/`, status: 'active', ...o });
};
const by = (rows: OrgNode[], code: string) => rows.find((r) => r.code === code)!;
const codes = (refs: { code: string }[]) => refs.map((r) => r.code).sort();

describe('unit resolution against the organisation tree', () => {
  const all = tree();
  const city = createUnitResolver(all, by(all, 'heze'));
  const match = (r: ReturnType<typeof city.resolve>) => r.match?.code ?? null;

  it("the plan's government is the owner's nearest region, or the owner itself", () => {
    assert.equal(city.government.code, 'heze');
    assert.equal(createUnitResolver(all, by(all, 'hz-bgs')).government.code, 'heze');
    assert.equal(createUnitResolver(all, by(all, 'caoxian-czj')).government.code, 'caoxian');
    assert.equal(createUnitResolver(all, by(all, 'mudan-dongcheng')).government.code, 'mudan-dongcheng');
  });

  it('matches the exact name or short name first', () => {
    assert.equal(match(city.resolve('菏泽市财政局')), 'hz-czj');
    assert.equal(match(city.resolve('市财政局')), 'hz-czj');
    assert.equal(match(city.resolve('市发展改革委')), 'hz-fgw');
    assert.equal(match(city.resolve('市卫生健康委')), 'hz-wjw');
    assert.equal(match(city.resolve('曹县财政局')), 'caoxian-czj', 'a county department by its full name');
    assert.equal(match(city.resolve(' 市 财 政 局 ')), 'hz-czj', 'spaces are ignored');
  });

  it('strips the region prefix: 财政局, 菏泽财政局, 市行政审批局 → the department of the plan\'s government', () => {
    assert.equal(match(city.resolve('财政局')), 'hz-czj');
    assert.equal(match(city.resolve('菏泽财政局')), 'hz-czj');
    assert.equal(match(city.resolve('市住房和城乡建设局')), 'hz-zjj');
    assert.equal(match(city.resolve('市人力资源和社会保障局')), 'hz-rsj');
    assert.equal(match(city.resolve('市发展和改革委员会')), 'hz-fgw', '委员会 and 委 are the same body');
    assert.equal(match(city.resolve('市市场监督管理局')), 'hz-sjj', 'the 市 of 市场 is not a prefix');
    const county = createUnitResolver(all, by(all, 'caoxian'));
    assert.equal(county.government.code, 'caoxian');
    assert.equal(county.resolve('县财政局').match?.code, 'caoxian-czj', 'in a county plan 县财政局 is the county\'s');
    assert.equal(county.resolve('财政局').match?.code, 'caoxian-czj');
    assert.equal(county.resolve('县教育和体育局').match?.code, 'caoxian-jyj');
  });

  it('the government and its office: 市政府, 市人民政府办公室, 市政府办公室, 市政府办, XX市人民政府办公室', () => {
    assert.equal(match(city.resolve('市政府')), 'heze');
    assert.equal(match(city.resolve('菏泽市人民政府')), 'heze');
    for (const n of ['市政府办公室', '市人民政府办公室', '菏泽市人民政府办公室', '市政府办', '菏泽市政府办公室']) assert.equal(match(city.resolve(n)), 'hz-bgs', n);
    const county = createUnitResolver(all, by(all, 'mudan'));
    assert.equal(county.resolve('区政府办公室').match?.code, 'mudan-bgs');
    assert.equal(county.resolve('牡丹区人民政府办公室').match?.code, 'mudan-bgs');
  });

  it('common abbreviations: 市发改委, 市卫健委, 市人社局, 市住建局, 市场监管局; "X等市直有关部门" names X', () => {
    assert.equal(match(city.resolve('市发改委')), 'hz-fgw');
    assert.equal(match(city.resolve('市卫健委')), 'hz-wjw');
    assert.equal(match(city.resolve('市人社局')), 'hz-rsj');
    assert.equal(match(city.resolve('市住建局')), 'hz-zjj');
    assert.equal(match(city.resolve('市市场监管局')), 'hz-sjj');
    assert.equal(match(city.resolve('市行政审批局')), 'hz-xzspj');
    assert.equal(match(city.resolve('市财政局等市直有关部门')), 'hz-czj');
    assert.equal(match(city.resolve('市教育局等相关部门、单位')), 'hz-jyj');
    assert.deepEqual(createUnitResolver(all, by(all, 'mudan')).resolve('区卫健局').match?.code, 'mudan-wjw');
  });

  it('collective names expand: 各县区政府、管委会 and 各县（区）人民政府 to the regions one level below', () => {
    for (const n of ['各县区政府、管委会', '各县（区）人民政府', '各县区人民政府', '各县区', '各县(市、区)人民政府', '各县（市、区）政府']) {
      const r = city.resolve(n);
      assert.equal(r.match, null, n);
      assert.deepEqual(codes(r.expandsTo), ['caoxian', 'mudan'], n);
    }
  });

  it('collective names expand: 市政府各部门、单位 / 市直有关部门 to the government\'s departments (and institutions)', () => {
    const depts = ['hz-bgs', 'hz-czj', 'hz-fgw', 'hz-jyj', 'hz-rsj', 'hz-sjj', 'hz-sthjj', 'hz-wjw', 'hz-xzspj', 'hz-zjj'];
    for (const n of ['市政府各部门、单位', '市政府各部门', '市直有关部门', '市政府有关部门、单位', '市直各部门', '市各部门', '市直各单位', '市级各部门']) {
      const r = city.resolve(n);
      assert.equal(r.match, null, n);
      assert.deepEqual(codes(r.expandsTo), depts, n);
    }
    const withInstitution = tree((rows) => add(rows, 'heze', { code: 'hz-dag', name: '菏泽市档案馆', kind: 'institution' }));
    const r = createUnitResolver(withInstitution, by(withInstitution, 'heze'));
    assert.ok(codes(r.resolve('市政府各部门、单位').expandsTo).includes('hz-dag'), '单位 includes institutions');
    assert.ok(!codes(r.resolve('市政府各部门').expandsTo).includes('hz-dag'), '部门 alone does not');
  });

  it('各乡镇（街道） expands to the townships of the government', () => {
    const county = createUnitResolver(all, by(all, 'caoxian'));
    assert.deepEqual(codes(county.resolve('各乡镇（街道）').expandsTo), ['caoxian-qingguji']);
    assert.deepEqual(codes(county.resolve('县直各部门').expandsTo), ['caoxian-bgs', 'caoxian-czj', 'caoxian-jyj', 'caoxian-zjj']);
    assert.deepEqual(codes(city.resolve('各乡镇（街道）').expandsTo), ['caoxian-qingguji', 'mudan-dongcheng']);
  });

  it('管委会 under the government join 各县区政府、管委会', () => {
    const rows = tree((r) => add(r, 'heze', { code: 'hz-gxq', name: '菏泽高新技术产业开发区管理委员会', short_name: '高新区管委会', kind: 'region', level: 'county' }));
    const r = createUnitResolver(rows, by(rows, 'heze'));
    assert.deepEqual(codes(r.resolve('各县区政府、管委会').expandsTo), ['caoxian', 'hz-gxq', 'mudan']);
    assert.equal(r.resolve('高新区管委会').match?.code, 'hz-gxq');
  });

  it('keeps unknown names as text, and never matches a disabled organisation', () => {
    for (const n of ['市城管局', '市工业和信息化局', '市国资委', '']) {
      const r = city.resolve(n);
      assert.equal(r.match, null, n);
      assert.deepEqual(r.expandsTo, [], n);
    }
    const rows = tree();
    by(rows, 'hz-czj').status = 'disabled';
    assert.equal(createUnitResolver(rows, by(rows, 'heze')).resolve('市财政局').match, null);
  });

  it('an ambiguous name matches nothing rather than the wrong organisation', () => {
    const rows = tree((r) => add(r, 'heze', { code: 'hz-czj2', name: '菏泽市财政局国库支付中心', short_name: '市财政局', kind: 'institution' }));
    assert.equal(createUnitResolver(rows, by(rows, 'heze')).resolve('市财政局').match, null);
  });

  it('resolveAll answers each distinct name once, in order', () => {
    const r = city.resolveAll(['市财政局', '各县区政府、管委会', '市财政局', '市城管局']);
    assert.deepEqual(r.map((x) => x.name), ['市财政局', '各县区政府、管委会', '市城管局']);
    assert.equal(normaliseUnitName('各县（区）人民政府'), '各县(区)政府');
  });
});
