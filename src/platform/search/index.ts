/**
 * Full-text search for the public, domain-free: one {@link SearchIndex} over SQLite FTS5 or
 * PostgreSQL tsvector + GIN. The app segments (platform/text, jieba search mode with
 * traditional→simplified folding), the engine indexes the space-joined terms. See CONTEXT.md.
 */
export { InvalidSearchEntryError } from './entry.js';
export { escapeHtml } from './highlight.js';
export { exactKey } from './query.js';
export { createSearchIndex } from './search-index.js';
export type { FacetCount, SearchEntry, SearchFacets, SearchFilters, SearchHit, SearchIndex, SearchQuery, SearchResult } from './types.js';
