const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes `& < > " '` so any string is safe as HTML text or a quoted attribute value.
 *
 * @throws never
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Plain text (an imported body) as safe HTML: every non-blank line becomes one `<p>`
 * (old sites separate paragraphs by a single newline as often as by a blank line),
 * escaped; trailing whitespace is dropped and a leading 全角 indent (U+3000 ideographic spaces) is kept.
 *
 * @throws never
 * @example textToHtml('一、总则\n\n二、<附则>') // '<p>一、总则</p><p>二、&lt;附则&gt;</p>'
 */
export function textToHtml(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line.replace(/^[ \t]+/, ''))}</p>`)
    .join('');
}

// A tag that only HTML bodies contain; "a < b" or 《条例》 in text never matches.
const HTML_TAG =
  /<\/?(p|div|br|span|font|strong|b|em|i|u|s|sub|sup|h[1-6]|ul|ol|li|table|tbody|thead|tr|td|th|a|img|blockquote|hr|center|pre|section|article|html|body|meta|style|script)(\s[^<>]*)?\/?>/i;
const ENTITY = /&(nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|#\d{2,6}|#x[0-9a-f]{2,5});/i;

/**
 * Whether an imported body is HTML rather than plain text: it contains a common HTML
 * tag (`<p>`, `<br/>`, `</td>` …), a doctype or comment, or an HTML entity such as `&nbsp;`.
 *
 * @throws never
 * @example looksLikeHtml('<p>通知</p>') // true; looksLikeHtml('当 a < b 时') // false
 */
export function looksLikeHtml(s: string): boolean {
  return HTML_TAG.test(s) || /<!(doctype\s|--)/i.test(s) || ENTITY.test(s);
}
