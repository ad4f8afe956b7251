import sanitizeHtml from 'sanitize-html';

// The markup a 公文 body needs (headings, emphasis, lists, tables with merged cells,
// links, images) and nothing that can run code, load a frame or restyle the page.
const ALLOWED_TAGS = [
  'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup',
  'ul', 'ol', 'li', 'blockquote', 'hr', 'div', 'span',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a', 'img',
];

const STYLED = ['style'];
const CELL = ['colspan', 'rowspan', 'style'];

// Only the two properties 公文 layout uses (centred title, 首行缩进两字); colours, fonts,
// positions and url() are dropped so imported pages cannot overlay the portal.
const LENGTH = /^\d{1,3}(\.\d{1,2})?(em|px|pt|rem|%|cm|mm)?$/;
const STYLE_RULES = { 'text-align': [/^(left|center|right|justify)$/], 'text-indent': [LENGTH] };

// Absolute links leave the portal: no opener access, no referrer leak (a link may carry a query).
const ABSOLUTE = /^(https?:)?\/\//i;

// Their text is never content (code, styles, embedded documents), so it is dropped with the tag.
const NON_TEXT_TAGS = [
  'script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'xmp', 'iframe',
  'noembed', 'noframes', 'object', 'svg', 'math', 'head',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    p: STYLED,
    div: STYLED,
    span: STYLED,
    td: CELL,
    th: CELL,
  },
  allowedStyles: { p: STYLE_RULES, div: STYLE_RULES, span: STYLE_RULES, td: STYLE_RULES, th: STYLE_RULES },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
  nonTextTags: NON_TEXT_TAGS,
  allowVulnerableTags: false,
  enforceHtmlBoundary: false,
  // An image whose source was refused (data:, javascript:) would only show a broken icon.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  transformTags: {
    // Old sites put the document title in <h1>; the portal page owns the only <h1>.
    h1: 'h2',
    // Word and old CMSs write `TEXT-ALIGN: CENTER`; property matching is case-sensitive.
    '*': (tagName, attribs) => (attribs.style ? { tagName, attribs: { ...attribs, style: attribs.style.toLowerCase() } } : { tagName, attribs }),
    // WCAG 1.1.1: an image without alt is read out by its file name; alt="" at least marks it decorative.
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, alt: attribs.alt ?? '' } }),
    a: (tagName, attribs) => {
      const { rel: _ignored, target: _target, ...rest } = attribs;
      const href = (rest.href ?? '').trim();
      return { tagName, attribs: ABSOLUTE.test(href) ? { ...rest, rel: 'noopener noreferrer' } : rest };
    },
  },
};

/**
 * Cleans a document body (rich text written by editors or imported from an old site)
 * down to an allowlist: block and inline text markup, tables (colspan/rowspan), links
 * (http/https/mailto/relative; absolute ones get `rel="noopener noreferrer"`) and images
 * (http/https/relative). Style survives only as `text-align` and `text-indent` on
 * p/div/span/td/th. Scripts, event handlers, frames, forms, SVG/MathML, `<base>`/`<meta>`,
 * comments and `javascript:`/`data:` URLs in any spelling are removed. `<h1>` becomes `<h2>`.
 *
 * Idempotent: sanitising clean output returns it unchanged.
 *
 * @throws never (malformed HTML is repaired, not refused).
 * @example sanitizeBody('<p onclick="x()">通知<script>alert(1)</script></p>') // '<p>通知</p>'
 */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
