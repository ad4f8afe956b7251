/**
 * Text as it really arrives (plan-format.md: pasted from a web page or a .doc) folded into one
 * form before any grammar runs: half-width ASCII punctuation (the heze fixture's form), simplified
 * characters ("Traditional input gives units in simplified form", issue 6), no pinyin glosses,
 * 发文字号 brackets repaired, no zero-width characters, no stray spaces inside Chinese text.
 */
import { toHalfWidth, toSimplified } from '../../../platform/text/index.js';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f]/g;

/** A CJK ideograph or CJK punctuation (after half-width folding Chinese commas are ASCII). */
const CJK = '\\u2e80-\\u2fff\\u3001-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff“”‘’—…·';
const PUNCT = ',.;:!?()\\[\\]<>%"\'/|';

// Pinyin: tone-marked vowels make a gloss certain; plain letters must form a valid syllable.
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ong|iao|ian|uai|uan|van|üan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ing|ua|uo|ui|un|ue|üe|ve|vn|ün|a|o|e|i|u|v|ü)[1-5]?$/;
const GLOSS = new RegExp(`([\\u3400-\\u4dbf\\u4e00-\\u9fff])\\s*\\(\\s*([a-zA-Z\\u00e0-\\u01dc\\u0144\\u0148\\u01f9\\u1e3f]{1,7}[1-5]?(?:\\s+[a-zA-Z\\u00e0-\\u01dc]{1,7}[1-5]?){0,3})\\s*\\)`, 'g');

function isPinyin(gloss: string): boolean {
  if (TONED.test(gloss)) return true;
  if (gloss !== gloss.toLowerCase()) return false; // IPv6, APP, PM2.5: not glosses
  return gloss.split(/\s+/).every((s) => SYLLABLE.test(s));
}

/** "條例(lì)" / "条例（lì）" / "公开(kai)" → "条例" / "公开"; "(IPv6)" and "(APP)" stay. */
export function removePinyinGlosses(text: string): string {
  return text.replace(GLOSS, (all, ch: string, gloss: string) => (isPinyin(gloss) ? ch : all));
}

/**
 * 发文字号 as GB/T 9704 writes it, 菏政办字〔2021〕35号, from what copy-paste leaves of it:
 * look-alike brackets ([2021] 【2021】 ﹝2021﹞ (2021)), a lost bracket ("〔202135号",
 * "菏政办字2021〕35号", "菏政办字202135号") and spaces inside.
 */
export function repairDocNumbers(text: string): string {
  const year = '((?:19|20)\\d{2})';
  return text
    .replace(new RegExp(`([\\u4e00-\\u9fff])\\s*[\\[【〖﹝〘(〔]\\s*${year}\\s*[\\]】〗﹞〙)〕]\\s*(\\d{1,4})\\s*号`, 'g'), '$1〔$2〕$3号')
    .replace(new RegExp(`〔\\s*${year}\\s*(\\d{1,4})\\s*号`, 'g'), '〔$1〕$2号')
    .replace(new RegExp(`([\\u4e00-\\u9fff])\\s*${year}\\s*〕\\s*(\\d{1,4})\\s*号`, 'g'), '$1〔$2〕$3号')
    .replace(new RegExp(`([\\u4e00-\\u9fff]{1,8}[发字函])${year}(\\d{1,4})号`, 'g'), '$1〔$2〕$3号');
}

/**
 * Removes spaces that stray inside Chinese text ("实 施 方 案", "政务 公开 。", "2021 年"):
 * any whitespace run touching a CJK character or punctuation goes; a run between two Latin
 * letters or digits becomes one space. Used for prose; table lines keep their cell gaps.
 */
const CJK_OR_PUNCT = new RegExp(`[${CJK}${PUNCT}]`);

export function collapseSpaces(line: string): string {
  return line
    .replace(/\s+/g, (run, offset: number, s: string) => {
      const before = s[offset - 1] ?? '';
      const after = s[offset + run.length] ?? '';
      if (!before || !after) return '';
      return CJK_OR_PUNCT.test(before) || CJK_OR_PUNCT.test(after) ? '' : ' ';
    })
    .trim();
}

/**
 * Keeps the spacing of a line (prose is collapsed by `collapseSpaces` where it is read; a table cell
 * may separate unit names with a space), but folds runs of three or more spaces to two and the
 * ideographic space to two spaces: both are gaps (between cells, or between a title and its text).
 */
function tidyLine(line: string): string {
  return line.replace(/ {3,}/g, '  ').trim();
}

/**
 * The document as cleaned, non-empty lines. Order matters: width folding first (so brackets
 * and colons are ASCII for every later regex), then traditional → simplified, then glosses and
 * 文号 repair which rely on both.
 */
export function normalizeText(input: string): string[] {
  let text = input.replace(ZERO_WIDTH, '').replace(/\r\n?/g, '\n').replace(ODD_SPACES, ' ');
  text = toHalfWidth(text.replace(/\u3000/g, '  '));
  text = toSimplified(text);
  text = removePinyinGlosses(text);
  text = repairDocNumbers(text);
  text = text.replace(/[〈]/g, '《').replace(/[〉]/g, '》').replace(/[﹙]/g, '(').replace(/[﹚]/g, ')');
  return text
    .split('\n')
    .map((l) => tidyLine(l.replace(/\s+$/, '')))
    .filter((l) => l.length > 0);
}
