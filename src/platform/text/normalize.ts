import { Converter, ConverterFactory, Locale, Trie, type DictLike } from 'opencc-js/t2cn';

type ConvertFn = (text: string) => string;
type DictGroup = readonly DictLike[];
interface OpenccConfig {
  segmentation: DictGroup;
  conversionChain: readonly DictGroup[];
  normalizationChain?: readonly DictGroup[];
}

let converter: ConvertFn | undefined;

/**
 * opencc-js `twp → cn` (config tw2sp) made safe for simplified input. Its Taiwan stage
 * (phrases, variants) also maps words written the same way in simplified text
 * (文件 → 文档, 程序 → 进程, 建立 → 创建, 新增 → 添加, 智慧 → 智能, 显著 → 显着): there
 * only entries whose source has a traditional character are kept (資訊 → 信息, 軟體 → 软件).
 * Its traditional → simplified stage keeps old forms that simplified text does not use
 * (答覆 → 答复, 藉口 → 借口) but drops 坏 → 坯 (打坏 is a simplified word).
 * The pipeline is opencc-js's own: normalization chain, phrase segmentation, conversion chain.
 */
function buildConverter(): ConvertFn {
  const config = (Locale as unknown as { configs?: Record<string, OpenccConfig> }).configs?.tw2sp;
  if (!config) return Converter({ from: 'twp', to: 'cn' }); // a future opencc-js without configs
  const charwise = Converter({ from: 't', to: 'cn' });
  const traditional = new Map<string, boolean>();
  const isTraditional = (c: string) => {
    let t = traditional.get(c);
    if (t === undefined) traditional.set(c, (t = charwise(c) !== c));
    return t;
  };
  const safe = (dict: DictLike, taiwanStage: boolean): DictLike => {
    if (typeof dict !== 'string') return dict;
    const keep = (entry: string) => {
      const [from, to] = entry.split(' ');
      if (from === to || [...from].some(isTraditional)) return true;
      return !taiwanStage && !from.includes('坏');
    };
    return dict.split('|').filter(keep).join('|');
  };
  const segmenter = new Trie();
  segmenter.loadDictGroup(config.segmentation);
  const chain = config.conversionChain.map((group) => {
    const taiwanStage = group.some((d) => typeof d === 'string' && d.includes('文件 文檔'));
    const trie = new Trie();
    trie.loadDictGroup(group.map((d) => safe(d, taiwanStage)));
    return trie;
  });
  const normalize = config.normalizationChain ? ConverterFactory(...config.normalizationChain) : (t: string) => t;
  return (text) => segmenter.segment(normalize(text)).map((seg: string) => chain.reduce((s, trie) => trie.convert(s), seg)).join('');
}

/** Built on first use (the dictionaries take tens of milliseconds to load). */
function getConverter(): ConvertFn {
  return (converter ??= buildConverter());
}

/**
 * Traditional Chinese (Taiwan phrasing included) to simplified, word by word
 * (資訊 → 信息, 軟體 → 软件). Simplified text passes through unchanged (文件 stays 文件).
 * The length may change with some phrases.
 *
 * @example toSimplified('政府資訊公開條例') // '政府信息公开条例'
 */
export function toSimplified(text: string): string {
  if (!/[\u2e80-\uffff]/.test(text)) return text; // nothing CJK: skip the dictionary walk
  return getConverter()(text);
}

// 〔〕 (六角括号) is the GB/T 9704 form of the year bracket in 发文字号; fold the look-alikes onto it.
const OPEN_BRACKETS = /[[［【〖﹝〘]/g;
const CLOSE_BRACKETS = /[\]］】〗﹞〙]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Full-width ASCII (U+FF01–FF5E, punctuation such as ，included) to half-width and the ideographic space to a space; one UTF-16 unit each, so offsets are kept. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * The form both the index and the query are folded to before segmentation:
 * simplified Chinese, half-width ASCII (ＡＢＣ１２３ → ABC123), year brackets as
 * 〔〕 (鲁政发[2020]3号 → 鲁政发〔2020〕3号), zero-width characters removed and
 * whitespace runs collapsed to one space (trimmed). Letter case is kept.
 */
export function normalizeForSearch(text: string): string {
  const half = toHalfWidth(text.replace(ZERO_WIDTH, ''));
  return toSimplified(half).replace(OPEN_BRACKETS, '〔').replace(CLOSE_BRACKETS, '〕').replace(/\s+/g, ' ').trim();
}
