import type { Container } from '../container.js';
import { SYSTEM_ACTOR } from '../platform/audit/index.js';

/**
 * A few published documents so a fresh demo installation has a portal and a search worth looking at.
 * Written for the demo (not copied from a real site); they go in through the same import as a migration.
 */
const DEMO_DOCUMENTS = [
  {
    title: '菏泽市人民政府办公室关于印发菏泽市2026年政务公开工作要点的通知', docNumber: '菏政办字〔2026〕8号', org: 'hz-bgs', writtenAt: '2026-02-10', publishedAt: '2026-02-13', topic: '综合政务/政务公开', genre: '通知',
    body: '<p>各县区人民政府，市政府各部门：</p><p>现将《菏泽市2026年政务公开工作要点》印发给你们，请结合实际认真抓好落实。</p><h3>一、围绕稳定经济运行加强政策发布解读</h3><p>（一）加大政策公开力度。各级行政机关要在政策制定后20个工作日内主动公开，做到应公开尽公开。</p><p>（二）做好政策解读。坚持政策文件与解读方案、解读材料同步组织、同步审签、同步部署。</p><h3>二、夯实政务公开工作基础</h3><p>（三）规范依申请公开办理。严格执行法定时限，规范答复文书格式，依法保障申请人合法权益。</p>',
  },
  {
    title: '菏泽市财政局关于公开2026年市级部门预算的通知', docNumber: '菏财预〔2026〕2号', org: 'hz-czj', writtenAt: '2026-01-28', publishedAt: '2026-02-05', topic: '财政、金融、审计/财政', genre: '通知',
    body: '<p>市直各部门：</p><p>根据《中华人民共和国预算法》和财政预决算公开有关规定，各部门应当在市人大批准预算后20日内向社会公开部门预算，公开内容包括部门收支总表、财政拨款收支总表等九张报表及情况说明。</p>',
  },
  {
    title: '菏泽市2025年国民经济和社会发展统计公报', org: 'heze', writtenAt: '2026-03-01', publishedAt: '2026-03-02', topic: '国民经济管理、国有资产监管/统计', genre: '公报',
    body: '<p>2025年，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。</p><p>全年地区生产总值比上年增长，一般公共预算收入稳步增长，城乡居民收入持续提高。</p>',
  },
  {
    title: '菏泽市人民政府关于印发菏泽市行政规范性文件管理办法的通知', docNumber: '菏政发〔2025〕12号', org: 'heze', writtenAt: '2025-09-15', publishedAt: '2025-09-22', topic: '综合政务/其他', genre: '规范性文件',
    body: '<p>各县区人民政府，市政府各部门：</p><p>《菏泽市行政规范性文件管理办法》已经市政府同意，现印发给你们，请认真遵照执行。</p><p>第一条 为加强行政规范性文件管理，推进依法行政，根据有关法律、法规和规章，结合本市实际，制定本办法。</p><p>第二条 行政规范性文件应当自公布之日起30日后施行，有效期一般不超过5年。</p>',
  },
  {
    title: '曹县人民政府关于2026年春季农业生产的通知', docNumber: '曹政字〔2026〕4号', org: 'caoxian', writtenAt: '2026-02-20', publishedAt: '2026-02-24', topic: '农业、林业、水利/农业', genre: '通知',
    body: '<p>各乡镇人民政府、街道办事处，县政府各部门：</p><p>为切实抓好春季农业生产，确保粮食稳产增产，现就有关事项通知如下：一、抓好小麦春季田间管理；二、做好春播备耕；三、强化农业防灾减灾。</p>',
  },
  {
    title: '菏泽市教育局关于做好2026年义务教育招生入学工作的通知', docNumber: '菏教发〔2026〕6号', org: 'hz-jyj', writtenAt: '2026-02-25', publishedAt: '2026-02-27', topic: '科技、教育/教育', genre: '通知',
    body: '<p>各县区教育局：</p><p>坚持免试就近入学，严格落实“公民同招”政策，依法保障适龄儿童少年平等接受义务教育的权利，招生政策、学区划分和招生结果应当及时向社会公开。</p>',
  },
];

/** Imports the demo documents into a freshly seeded database; returns how many went in. */
export async function seedDemoDocuments(c: Container): Promise<number> {
  const codes = new Set((await c.orgs.listPublic()).map((o) => o.code));
  const lines = DEMO_DOCUMENTS.filter((d) => codes.has(d.org)).map((d) => JSON.stringify(d));
  async function* iterate() {
    yield* lines;
  }
  const s = await c.publications.imports.importLines({ ...SYSTEM_ACTOR, name: '演示数据' }, iterate(), { baseDir: process.cwd() });
  // The usual columns (通知公告, 政策文件, 工作动态, 重点领域) for the government and the finance bureau.
  for (const code of ['heze', 'hz-czj']) {
    const org = await c.orgs.findByCode(code);
    if (org) await c.publications.columns.ensureDefaultColumns(org.id);
  }
  return s.imported;
}
