/**
 * HTML bodies of government documents, domain-free: allowlist sanitising, plain text for
 * search and the personal-information check, text → HTML for imports, link extraction
 * for the broken-link check and 去标识化 of the text while keeping the markup.
 * See CONTEXT.md for the guarantees.
 */
export { escapeHtml, looksLikeHtml, textToHtml } from './convert.js';
export { extractLinks, type BodyLink } from './links.js';
export { maskHtmlText } from './mask.js';
export { sanitizeBody } from './sanitize.js';
export { maskSegments } from './segments.js';
export { htmlToText } from './text.js';
