import { DomUtils, parseDocument } from 'htmlparser2';
import { BLOCK_TAGS } from './blocks.js';
import { maskSegments } from './segments.js';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type TextHolder = { data: string };

// Raw-text elements: their content is code, never document text, and is serialised unescaped.
const RAW = new Set(['script', 'style', 'template', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * Groups the text nodes of a DOM into blocks: a run of text nodes not separated by a
 * block element boundary or a `<br>` (inline tags such as `<span><strong>` do not separate).
 * Iterative, because imported pages can nest thousands of levels deep.
 */
function textBlocks(roots: readonly DomNode[]): TextHolder[][] {
  const blocks: TextHolder[][] = [];
  let current: TextHolder[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  const stack: { node: DomNode; leaving: boolean }[] = [...roots].reverse().map((node) => ({ node, leaving: false }));
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (DomUtils.isText(node)) {
      current.push(node);
      continue;
    }
    if (!DomUtils.isTag(node)) continue; // comments, doctype, CDATA
    const name = node.name.toLowerCase();
    const breaks = BLOCK_TAGS.has(name) || name === 'br' || RAW.has(name);
    if (breaks) flush();
    if (leaving || RAW.has(name)) continue;
    if (breaks) stack.push({ node, leaving: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], leaving: false });
  }
  flush();
  return blocks;
}

/**
 * Applies a LENGTH-PRESERVING text transform (e.g. `(s) => maskPersonalInfo(s).text`) to the
 * text of each block of an HTML body — a p/div/li/td/th/h*… with its inline children's text
 * concatenated and entities decoded — and writes the characters back into the original
 * text nodes, so markup is kept and a number split across inline tags is masked whole.
 * The result is re-serialised with `& < >` (and `"` in attributes) escaped.
 *
 * @throws Error when `maskBlock` returns a string of another length (a programming error).
 * @example maskHtmlText('<p>身份证号<span>370102</span>19900307123X</p>', mask)
 *   // '<p>身份证号<span>3701**</span>**********123X</p>'
 */
export function maskHtmlText(html: string, maskBlock: (text: string) => string): string {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  for (const block of textBlocks(doc.children)) {
    const masked = maskSegments(
      block.map((t) => t.data),
      maskBlock,
    );
    block.forEach((t, i) => (t.data = masked[i]));
  }
  return DomUtils.getOuterHTML(doc, { encodeEntities: 'utf8', decodeEntities: true });
}
