/**
 * Web-page and document furniture around the body of a plan (plan-format.md: "当前位置: 首页>…",
 * "字号:默认 超大 | 打印 关闭", file-name lines, "(转发自…)", issuer/date lines). None of it is task
 * text; some of it carries the plan's own 文号, issuer or title, which meta.ts reads first.
 */

const BREADCRUMB = /^(?:您?当前的?位置|您?现在的?位置|你的位置|您的位置|所在位置|位置)\s*:|首页\s*(?:>|》|›|»|\/|-)/;
const FONT = /字号\s*:?\s*[【[]?\s*(?:默认|大|中|小|超大|特大)|字体\s*:?\s*[【[]?\s*[大中小]|【\s*[大中小]\s*】/;
// A line made only of these words (and brackets, bars, colons) is a toolbar.
const TOOLBAR_WORDS =
  /打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|加入收藏|分享到|分享至|分享|扫一扫|返回顶部|返回|我要纠错|纠错|保存|下载|默认|超大|特大|字号|字体|微信|微博|朋友圈|QQ空间|QQ|复制链接|手机版|视力保护色|繁體|繁体|简体|无障碍|阅读模式|[大中小]|[\s|【】[\]:：>\-—·•/]+/g;
const META_KEYS =
  '来源|信息来源|文章来源|稿件来源|发布时间|发布日期|更新时间|时间|日期|浏览次数|浏览量|点击数|点击次数|点击量|访问量|阅读次数|阅读量|作者|编辑|责任编辑|审核|校对|供稿|索引号|主题分类|发文机关|发布机关|发布机构|成文日期|发文日期|印发日期|生效日期|失效日期|有效性|文号|发文字号|名称|标题|分类|主题词|公开方式|公开范围|公开时限|体裁分类|组配分类|服务对象|关键词|文章关键词|信息分类|所属机构|所属主题|内容分类|效力状态|统一编号|规范性文件登记号|登记号';
const META = new RegExp(`^(${META_KEYS})\\s*:\\s*(.*)$`);
const END_WORDS =
  /^(?:相关附件|附件下载|相关链接|相关文件|相关新闻|相关阅读|相关解读|相关稿件|相关信息|图解|上一篇|下一篇|上一条|下一条|网站地图|联系我们|版权所有|网站标识码|ICP备|[京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]公网安备|技术支持|维护单位|媒体报道|音频视频|图解类|新闻发布会|部门解读|Copyright|©|扫码|分享到|扫一扫|【?我要纠错|抄送|抄报)/i;
const FILE_NAME = /\.(?:docx?|pdf|wps|xlsx?|ofd|txt|et|zip|rar)\s*(?:\(\s*\d+(?:\.\d+)?\s*[kKmM]?[bB]\s*\))?\s*$/i;
const FORMAT_WORD = /^(?:word|pdf|wps|doc|docx|ofd|附件下载)\s*:?\s*$/i;
const FORWARDED = /^[([【]?\s*(?:转发自|转自|转载自|此件|此文件)[^)\]】]{0,40}[)\]】]?$/;
const PAGE_NUMBER = /^[-—–]\s*\d{1,3}\s*[-—–]$|^第\s*\d+\s*页(?:\s*[,/]?\s*共\s*\d+\s*页)?$/;
const DATE_LINE =
  /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[二〇○零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*(?:印发|发布|公布)?$/;
const ORG_END =
  /(?:办公室|办公厅|人民政府|政府|委员会|管委会|管理委员会|局|委|办|厅|中心|公司|院|部|署|处|科|室|小组|工作组)$/;

export function isMetaLine(line: string): { key: string; value: string } | null {
  const m = line.match(META);
  return m ? { key: m[1], value: m[2].trim() } : null;
}

export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line.replace(/\s+/g, ''));
}

/** A line that is only the name of an organisation (a signature or issuer line). */
export function isOrgLine(line: string): boolean {
  const s = line.replace(/\s+/g, '');
  return s.length >= 3 && s.length <= 40 && /^[\u4e00-\u9fff()、]+$/.test(s) && ORG_END.test(s) && !/关于|印发|通知|要求|[要将对把在]/.test(s);
}

/** "附件" / "附件1" / "附件2:…任务清单": a new part of the document starts. */
export function isAttachmentMarker(line: string): boolean {
  return /^附\s*件\s*\d*\s*(?::.*)?$/.test(line.trim()) && line.trim().length < 60;
}

/** Furniture wherever it appears (outside tables): toolbars, breadcrumbs, metadata, file names, footers. */
export function isFurniture(line: string): boolean {
  const s = line.trim();
  if (!s) return true;
  if (BREADCRUMB.test(s) || FONT.test(s) || META.test(s) || END_WORDS.test(s)) return true;
  // a site footer; "主办单位:"/"承办单位:" alone may also be a unit note of a task
  if (/^(主办|承办)单位\s*:/.test(s) && /网站|标识码|ICP|备案|技术支持|联系电话|地址|(主办|承办)单位.*(主办|承办)单位/.test(s)) return true;
  if (FILE_NAME.test(s) || FORMAT_WORD.test(s) || FORWARDED.test(s) || PAGE_NUMBER.test(s)) return true;
  if (s.length <= 60 && s.replace(TOOLBAR_WORDS, '') === '' && /打印|关闭|分享|扫一扫|收藏|字号|返回|纠错|下载/.test(s)) return true;
  return false;
}
