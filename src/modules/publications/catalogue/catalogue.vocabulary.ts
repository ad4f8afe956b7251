/**
 * Pick lists of the 主动公开基本目录. The 公开类别 offers the statutory categories; every field also
 * takes free text, because real 标准目录 (国办发〔2019〕54号) word them in many local ways.
 */

/** 条例第二十条: the 15 kinds of information every administrative organ publishes proactively. */
export const ARTICLE_20_CATEGORIES = [
  '行政法规、规章和规范性文件',
  '机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名',
  '国民经济和社会发展规划、专项规划、区域规划及相关政策',
  '国民经济和社会发展统计信息',
  '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果',
  '实施行政处罚、行政强制的依据、条件、程序以及本机关认为具有一定社会影响的行政处罚决定',
  '财政预算、决算信息',
  '行政事业性收费项目及其依据、标准',
  '政府集中采购项目的目录、标准及实施情况',
  '重大建设项目的批准和实施情况',
  '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况',
  '突发公共事件的应急预案、预警信息及应对情况',
  '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
  '公务员招考的职位、名额、报考条件等事项以及录用结果',
  '法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息',
] as const;

/** 条例第二十一条: what 设区的市级、县级 and 乡（镇）governments publish besides (duplicates merged). */
export const ARTICLE_21_CATEGORIES = [
  '市政建设', '公共服务', '公益事业', '土地征收', '房屋征收', '治安管理', '社会救助',
  '贯彻落实农业农村政策', '农田水利工程建设运营', '农村土地承包经营权流转', '宅基地使用情况审核', '筹资筹劳',
] as const;

/** 公开渠道和载体 as the 标准目录 tick them (国办发〔2019〕54号 pilot catalogues). */
export const CATALOGUE_CHANNELS = [
  '政府网站', '政府公报', '两微一端', '发布会/听证会', '广播电视', '纸质媒体', '公开查阅点', '政务服务中心', '便民服务站',
  '入户/现场', '社区/企事业单位/村公示栏（电子屏）', '精准推送', '12345政务服务热线', '其他',
] as const;

/** 公开对象 and 公开方式 columns of the 标准目录. */
export const AUDIENCES = ['全社会', '特定群体'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const MODES = ['主动', '依申请'] as const;
export type Mode = (typeof MODES)[number];

/** Common 公开层级 values (free text allowed: 市级, 镇街乡, 村 …). */
export const LEVELS = ['省级', '市级', '县级', '乡级', '村级'] as const;

export const ENTRY_STATUSES = ['active', 'retired'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const ENTRY_STATUS_LABELS: Record<EntryStatus, string> = { active: '有效', retired: '已停用' };

/** The 公开对象 of a cell as written (特定群众 → 特定群体); null when it is neither. */
export function normaliseAudience(s: string): Audience | null {
  const v = s.trim();
  if (!v || v.includes('全社会') || v === '社会公众') return '全社会';
  if (v.includes('特定')) return '特定群体';
  return null;
}

/** The 公开方式 of a cell as written (主动公开 → 主动, 依申请公开 → 依申请); null when it is neither. */
export function normaliseMode(s: string): Mode | null {
  const v = s.trim();
  if (!v || v.startsWith('主动')) return '主动';
  if (v.startsWith('依申请')) return '依申请';
  return null;
}

/** A 公开渠道和载体 cell split into its ticked items (、，,；; and line breaks separate them; "/" belongs to items). */
export function splitChannels(s: string): string[] {
  return [...new Set(s.split(/[、，,；;\n]+/).map((p) => p.trim()).filter(Boolean))];
}
