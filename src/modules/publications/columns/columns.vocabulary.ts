/**
 * 专栏 kinds and the 栏目不更新 rules of the website check (国办秘函〔2019〕19号, 单项否决第4项):
 * 动态、要闻类 columns not updated within 2 周; 通知公告、政策文件类 一级栏目 within 6 个月 — together
 * ≥5 such columns veto the site; ≥10 应更新但长期未更新 columns, or ≥5 空白栏目, veto it as well.
 */

export const COLUMN_KINDS = ['news', 'notice', 'policy', 'key-area', 'other'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];
export const COLUMN_KIND_LABELS: Record<ColumnKind, string> = {
  news: '动态要闻类', notice: '通知公告类', policy: '政策文件类', 'key-area': '重点领域', other: '其他',
};

/** Days a column may go without a new publication (null: no rule). 6 个月 is counted as 183 days. */
export const DEFAULT_MAX_DAYS: Record<ColumnKind, number | null> = { news: 14, notice: 183, policy: 183, 'key-area': 183, other: null };

export const COLUMN_STATUSES = ['active', 'disabled'] as const;
export type ColumnStatus = (typeof COLUMN_STATUSES)[number];

/** The veto lines of 单项否决第4项. */
export const VETO_THRESHOLDS = {
  /** (a) stale 动态要闻类 columns plus stale 通知公告/政策文件类 一级栏目. */
  newsNoticePolicy: 5,
  /** (b) 应更新但长期未更新 columns of any kind. */
  stale: 10,
  /** (c) 空白栏目. */
  empty: 5,
} as const;

/** The columns `ensureDefaultColumns` creates: the 重点领域 of 条例第二十条 and 国办发〔2019〕54号, and the usual three. */
export const DEFAULT_COLUMNS: { slug: string; name: string; kind: ColumnKind; parent?: string; maxDays?: number | null; description: string }[] = [
  { slug: 'tzgg', name: '通知公告', kind: 'notice', description: '本机构发布的通知、公告' },
  { slug: 'zcwj', name: '政策文件', kind: 'policy', description: '规章、规范性文件和其他政策文件' },
  { slug: 'gzdt', name: '工作动态', kind: 'news', description: '本机构的工作动态和要闻' },
  { slug: 'zdly', name: '重点领域信息公开', kind: 'key-area', maxDays: null, description: '条例第二十条规定的重点领域信息' },
  { slug: 'czyjs', name: '财政预决算', kind: 'key-area', parent: 'zdly', description: '财政预算、决算信息（条例第二十条第七项）' },
  { slug: 'zdjsxm', name: '重大建设项目', kind: 'key-area', parent: 'zdly', description: '重大建设项目的批准和实施情况（条例第二十条第十项）' },
  { slug: 'ggzypz', name: '公共资源配置', kind: 'key-area', parent: 'zdly', description: '公共资源交易、政府集中采购等配置信息' },
  { slug: 'shgysy', name: '社会公益事业', kind: 'key-area', parent: 'zdly', description: '扶贫、教育、医疗、社会保障、促进就业等公益事业信息' },
];
