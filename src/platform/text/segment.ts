import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { normalizeForSearch } from './normalize.js';

/**
 * Terms of 政务公开 that must stay single words. jieba search mode only adds the
 * 2- and 3-character pieces of a long word, so {@link segmentForIndex} also adds
 * the listed terms found inside a longer word (政府信息公开 → 信息公开).
 */
export const DOMAIN_WORDS: readonly string[] = [
  '政府信息公开', '依申请公开', '主动公开', '政务公开', '信息公开', '行政规范性文件', '规范性文件',
  '政府公报', '政策解读', '公开指南', '公开目录', '予以公开', '不予公开', '部分公开',
];

// High frequency so the words win over their pieces in jieba's DAG; the tag is a noun.
const USER_DICT = DOMAIN_WORDS.map((w) => `${w} 200000 n`).join('\n');

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;

/** The shared jieba instance, built on first use (loading the dictionary costs ~200 ms). */
export function getJieba(): Jieba {
  if (!jieba) {
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
    const instance = JiebaClass.withDict(dict);
    instance.loadDict(Buffer.from(USER_DICT, 'utf8'));
    jieba = instance;
  }
  return jieba;
}

/** A token worth indexing: it has a letter or a digit (drops punctuation and whitespace). */
const MEANINGFUL = /[\p{L}\p{N}]/u;

function searchTerms(text: string): string[] {
  const normalized = normalizeForSearch(text);
  if (!normalized) return [];
  const out: string[] = [];
  for (const token of getJieba().cutForSearch(normalized, true)) {
    if (!MEANINGFUL.test(token)) continue;
    out.push(token.toLowerCase());
    if (token.length > 4) {
      for (const w of DOMAIN_WORDS) if (w !== token && token.includes(w)) out.push(w);
    }
  }
  return out;
}

/**
 * Index terms of a text, in order and with repeats (term frequency counts):
 * normalized ({@link normalizeForSearch}), jieba search mode, punctuation and
 * whitespace dropped, Latin lower-cased, domain words inside longer words added.
 * Handles long bodies (200k characters) in one pass.
 *
 * @example segmentForIndex('依申請公開的政府信息公开') // ['申请', '公开', '依申请公开', '的', '政府', …, '政府信息公开', '信息公开']
 */
export function segmentForIndex(text: string): string[] {
  return searchTerms(text);
}

/** Query terms: the same folding and search-mode cut as the index, without repeats. */
export function segmentForQuery(text: string): string[] {
  return [...new Set(searchTerms(text))];
}

/**
 * Words for display (highlighting, snippets): jieba precise mode on the text as it is,
 * punctuation and whitespace kept, so `segmentForDisplay(t).join('') === t`.
 */
export function segmentForDisplay(text: string): string[] {
  if (!text) return [];
  return getJieba().cut(text, true);
}
