/** The demo government: 菏泽市人民政府, its office and departments, and two counties with departments. */
export interface DemoOrg {
  code: string;
  name: string;
  shortName?: string;
  kind: 'region' | 'department' | 'institution';
  level: 'province' | 'city' | 'county' | 'township';
  children?: DemoOrg[];
}

const cityDept = (code: string, name: string, shortName?: string): DemoOrg => ({ code: `hz-${code}`, name, shortName, kind: 'department', level: 'city' });
const countyDept = (county: string, code: string, name: string): DemoOrg => ({ code: `${county}-${code}`, name, kind: 'department', level: 'county' });

export const DEMO_ROOT: DemoOrg = {
  code: 'heze',
  name: '菏泽市人民政府',
  shortName: '菏泽市政府',
  kind: 'region',
  level: 'city',
  children: [
    cityDept('bgs', '菏泽市人民政府办公室', '市政府办公室'),
    cityDept('czj', '菏泽市财政局', '市财政局'),
    cityDept('fgw', '菏泽市发展和改革委员会', '市发展改革委'),
    cityDept('jyj', '菏泽市教育局', '市教育局'),
    cityDept('wjw', '菏泽市卫生健康委员会', '市卫生健康委'),
    cityDept('sthjj', '菏泽市生态环境局', '市生态环境局'),
    cityDept('zjj', '菏泽市住房和城乡建设局', '市住房城乡建设局'),
    cityDept('rsj', '菏泽市人力资源和社会保障局', '市人力资源社会保障局'),
    cityDept('xzspj', '菏泽市行政审批服务局', '市行政审批服务局'),
    cityDept('sjj', '菏泽市市场监督管理局', '市市场监管局'),
    {
      code: 'mudan',
      name: '菏泽市牡丹区人民政府',
      shortName: '牡丹区政府',
      kind: 'region',
      level: 'county',
      children: [
        countyDept('mudan', 'bgs', '牡丹区人民政府办公室'),
        countyDept('mudan', 'czj', '牡丹区财政局'),
        countyDept('mudan', 'jyj', '牡丹区教育局'),
        countyDept('mudan', 'wjw', '牡丹区卫生健康局'),
        { code: 'mudan-dongcheng', name: '牡丹区东城街道办事处', kind: 'region', level: 'township' },
      ],
    },
    {
      code: 'caoxian',
      name: '曹县人民政府',
      shortName: '曹县政府',
      kind: 'region',
      level: 'county',
      children: [
        countyDept('caoxian', 'bgs', '曹县人民政府办公室'),
        countyDept('caoxian', 'czj', '曹县财政局'),
        countyDept('caoxian', 'jyj', '曹县教育和体育局'),
        countyDept('caoxian', 'zjj', '曹县住房和城乡建设局'),
        { code: 'caoxian-qingguji', name: '曹县青岗集镇人民政府', kind: 'region', level: 'township' },
      ],
    },
  ],
};

/** One demo user per role (office users sit in the city government's office). */
export const DEMO_USERS = [
  { username: 'sysadmin', displayName: '系统管理员', orgCode: 'heze', roles: ['sysadmin'] },
  { username: 'gkb', displayName: '王公开（市政务公开办）', orgCode: 'heze', roles: ['office_admin'] },
  { username: 'editor', displayName: '李编辑（市财政局）', orgCode: 'hz-czj', roles: ['editor'] },
  { username: 'reviewer', displayName: '赵审查（市财政局）', orgCode: 'hz-czj', roles: ['reviewer'] },
  { username: 'leader', displayName: '张局长（市财政局）', orgCode: 'hz-czj', roles: ['leader'] },
  { username: 'handler', displayName: '刘办理（市政府办公室）', orgCode: 'hz-bgs', roles: ['handler'] },
  { username: 'caoxian-gkb', displayName: '陈公开（曹县政务公开办）', orgCode: 'caoxian', roles: ['office_admin'] },
] as const;
