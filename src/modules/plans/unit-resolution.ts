/**
 * Unit names as a plan writes them (市财政局, 市政府办公室, 各县区政府、管委会) resolved against the
 * organisation tree, relative to the plan's government: the owning organisation's nearest region (or
 * itself). Pure: the caller passes every organisation row.
 *
 * - A single name matches one organisation: its exact name or short name first (preferring the
 *   government's own departments, then its subtree), then the government itself (市政府, 市人民政府), then
 *   the department of that government whose name matches once the region prefix is stripped ("市财政局",
 *   "财政局" → 菏泽市财政局; "市政府办公室" → 菏泽市人民政府办公室), ignoring 和 and 委员会/委.
 * - A collective name (各县区政府、管委会 / 各县（区）人民政府 / 市政府各部门、单位 / 市直有关部门 / 各乡镇（街道）)
 *   matches no single organisation; `expandsTo` lists the ones it stands for (the regions one level
 *   below the government, its townships, or its departments and institutions). Adoption assigns each.
 * - Anything else is kept as text (match null, expandsTo empty).
 */
import type { OrgRow } from '../orgs/index.js';

/** The organisation columns resolution needs (an `OrgRow` fits). */
export type OrgNode = Pick<OrgRow, 'id' | 'code' | 'name' | 'short_name' | 'kind' | 'level' | 'parent_id' | 'path' | 'status'>;

export interface OrgRef {
  orgId: number;
  code: string;
  name: string;
}

export interface UnitResolution {
  /** The name as written in the plan. */
  name: string;
  /** The one organisation it names, or null (collective, or no such organisation: kept as text). */
  match: OrgRef | null;
  /** For a collective name: the organisations it stands for (one assignment each at adoption). */
  expandsTo: OrgRef[];
}

export const refOf = (o: OrgNode): OrgRef => ({ orgId: o.id, code: o.code, name: o.name });

/** Whitespace removed, full-width brackets half-width, 人民政府 → 政府 (both spellings name the same body). */
export function normaliseUnitName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/人民政府/g, '政府');
}

/** The region as plans name it: 菏泽市人民政府 → 菏泽市; 牡丹区东城街道办事处 → 牡丹区东城街道. */
function regionBase(o: OrgNode): string {
  return normaliseUnitName(o.name).replace(/(政府|办事处|管委会|管理委员会)$/, '');
}

/** Ways a plan writes the region before a department's name: 菏泽市, 菏泽, 市 (level word), 牡丹区, 牡丹 … */
function regionPrefixes(region: OrgNode): string[] {
  const base = regionBase(region);
  const out = new Set<string>([base]);
  // Administrative segments: 菏泽市牡丹区 → 菏泽市, 牡丹区.
  const segments = base.match(/.+?(?:自治州|自治县|地区|街道|省|市|州|盟|县|区|旗|镇|乡)/g) ?? [];
  for (const s of segments) {
    out.add(s);
    const bare = s.replace(/(?:自治州|自治县|地区|街道|省|市|州|盟|县|区|旗|镇|乡)$/, '');
    if (bare.length >= 2) out.add(bare);
  }
  const last = segments.at(-1) ?? base;
  const levelWord = /街道$/.test(last) ? '街道' : /(省|市|县|区|旗|镇|乡)$/.exec(last)?.[1];
  if (levelWord) out.add(levelWord);
  if (region.level === 'county' && levelWord !== '县') out.add('县'); // 县级市/区 plans still say 县直
  return [...out].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** The part of a name that identifies a department under its government, in comparable form. */
function alias(core: string): string {
  return core.replace(/[和与及]/g, '').replace(/委员会$/, '委').replace(/^政府办$/, '政府办公室');
}

/** Common abbreviations of department names (after `alias`) and their full forms. */
const ABBREVIATIONS: Record<string, string> = {
  发改委: '发展改革委', 发改局: '发展改革局', 卫健委: '卫生健康委', 卫健局: '卫生健康局', 工信局: '工业信息化局', 人社局: '人力资源社会保障局',
  住建局: '住房城乡建设局', 医保局: '医疗保障局', 市场监管局: '市场监督管理局', 交通局: '交通运输局', 教体局: '教育体育局',
  行政审批局: '行政审批服务局', 审批局: '行政审批服务局', 生态环境分局: '生态环境局', 政务服务办: '政务服务管理办公室',
};
/** A core and, when it is an abbreviation, its full form. */
const variants = (core: string): string[] => (ABBREVIATIONS[core] && ABBREVIATIONS[core] !== core ? [core, ABBREVIATIONS[core]!] : [core]);

export interface UnitResolver {
  /** The plan's government (the owning organisation's nearest region, or the owner itself). */
  government: OrgNode;
  resolve(name: string): UnitResolution;
  resolveAll(names: readonly string[]): UnitResolution[];
}

/**
 * A resolver for one plan: `all` is every organisation (disabled ones are never matched), `owner` the
 * organisation that adopts the plan.
 */
export function createUnitResolver(all: readonly OrgNode[], owner: OrgNode): UnitResolver {
  const active = all.filter((o) => o.status === 'active');
  const byId = new Map(all.map((o) => [o.id, o]));
  const ancestorsOf = (o: OrgNode): OrgNode[] =>
    o.path.split('/').filter(Boolean).map(Number).reverse().slice(1).map((id) => byId.get(id)).filter((x): x is OrgNode => !!x);
  /** The region an organisation belongs to: itself when it is one, else its nearest region ancestor. */
  const regionOf = (o: OrgNode): OrgNode | undefined => (o.kind === 'region' ? o : ancestorsOf(o).find((a) => a.kind === 'region'));
  /** The region directly above (for a region), or its own region (for a department). */
  const parentRegionOf = (o: OrgNode): OrgNode | undefined => ancestorsOf(o).find((a) => a.kind === 'region');

  const government = regionOf(owner) ?? owner;
  const inGovSubtree = (o: OrgNode) => o.path.startsWith(government.path);
  /** Departments and institutions of the government (not of regions below it). */
  const departments = active.filter((o) => o.kind !== 'region' && o.id !== government.id && regionOf(o)?.id === government.id);
  /** Regions one level below the government (counties of a city, townships of a county). */
  const subRegions = active.filter((o) => o.kind === 'region' && o.id !== government.id && parentRegionOf(o)?.id === government.id);
  const townships = active.filter((o) => o.kind === 'region' && o.level === 'township' && o.id !== government.id && inGovSubtree(o));
  const zones = active.filter((o) => /管委会|管理委员会/.test(o.name) && o.id !== government.id && parentRegionOf(o)?.id === government.id);

  const prefixes = [government, ...ancestorsOf(government).filter((a) => a.kind === 'region')].flatMap(regionPrefixes);
  prefixes.sort((a, b) => b.length - a.length);
  /** The name with at most one region prefix stripped (keeping at least two characters); the unstripped name too. */
  const coresOf = (name: string): string[] => {
    const n = normaliseUnitName(name);
    const out = variants(alias(n));
    const p = prefixes.find((x) => n.startsWith(x) && n.length - x.length >= 2);
    if (p) out.unshift(...variants(alias(n.slice(p.length))));
    return [...new Set(out)];
  };
  const deptCores = departments.map((o) => ({ o, cores: new Set([...coresOf(o.name), ...(o.short_name ? coresOf(o.short_name) : [])]) }));

  /** Prefer the government's departments, then its subtree; a unique answer or none. */
  const pick = (cands: OrgNode[]): OrgNode | null => {
    if (cands.length === 1) return cands[0];
    for (const narrow of [(o: OrgNode) => departments.includes(o) || o.id === government.id || subRegions.includes(o), inGovSubtree]) {
      const c = cands.filter(narrow);
      if (c.length === 1) return c[0];
      if (c.length > 1) return null;
    }
    return null;
  };

  function exact(n: string): OrgNode | null {
    const cands = active.filter((o) => {
      const names = [o.name, o.short_name ?? ''].map(normaliseUnitName);
      if (o.kind === 'region') names.push(regionBase(o), `${regionBase(o)}政府`);
      return names.includes(n);
    });
    return pick(cands);
  }

  function collective(n: string): OrgNode[] | null {
    const at = n.search(/各|有关|相关|[省市县区]直|直属|所属/);
    if (at < 0) return null;
    const tail = n.slice(at).replace(/[省市县区]直/g, '');
    const out: OrgNode[] = [];
    const wantsTownships = /乡|镇|街道/.test(tail);
    const wantsRegions = /县|区|市|旗|政府/.test(tail.replace(/乡|镇|街道/g, ''));
    if (wantsTownships) out.push(...townships);
    if (wantsRegions) out.push(...subRegions);
    if (/管委会|管理委员会/.test(tail)) out.push(...zones);
    if (/部门|单位|机构|直属/.test(tail)) {
      const institutions = /单位|机构|直属/.test(tail);
      out.push(...departments.filter((o) => o.kind === 'department' || (institutions && o.kind === 'institution')));
    }
    return [...new Set(out)];
  }

  function resolve(name: string): UnitResolution {
    // "X等市直有关部门" names X (the collective after 等 adds nobody in particular).
    const n = normaliseUnitName(name).replace(/^(.{2,}?)等(?:[省市县区]直)?(?:有关|相关|其他)?(?:部门|单位|机构)(?:、(?:部门|单位))?$/, '$1');
    const none = { name, match: null, expandsTo: [] };
    if (!n) return none;
    const many = collective(n);
    if (many) return { name, match: null, expandsTo: many.map(refOf) };
    const hit = exact(n);
    if (hit) return { name, match: refOf(hit), expandsTo: [] };
    const cores = coresOf(n);
    if (cores.some((c) => c === '政府')) return { name, match: refOf(government), expandsTo: [] };
    for (const test of [(dc: Set<string>) => cores.some((c) => dc.has(c)), (dc: Set<string>) => cores.some((c) => c.length >= 3 && [...dc].some((d) => d.endsWith(c)))]) {
      const cands = deptCores.filter((d) => test(d.cores)).map((d) => d.o);
      if (cands.length === 1) return { name, match: refOf(cands[0]), expandsTo: [] };
      if (cands.length > 1) return none;
    }
    return none;
  }

  return { government, resolve, resolveAll: (names) => [...new Set(names)].map(resolve) };
}
