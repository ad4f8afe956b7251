/**
 * Public surface of the publications module (主动公开): documents with catalogue metadata, the review
 * workflow and its publication gate, import, and the public search and reads.
 */
export { type DocNumber, type DocNumberResult, looksLikeDocNumber, parseDocNumber } from './doc-number.js';
export { DEFAULT_INDEX_TEMPLATE, formatIndexNumber, indexNumberPattern, indexTemplateProblem } from './index-number.js';
export { TOPICS, type TopicNode, findTopic, topicLabel } from './topics.js';
export { createPublicationService, type PublicationDeps, type PublicationService } from './publications.service.js';
export { registerPublicationRoutes } from './publications.routes.js';
export { registerPublicDocumentRoutes } from './public.routes.js';
export type { PublicSearchQuery, PublicSearchResult, PublicHit } from './public.service.js';
export { documentUrl, attachmentUrl } from './public.service.js';
export type { DocumentView } from './publications.schemas.js';
export type { PublicationTables } from './publications.tables.js';
export type { ImportSummary } from './import.service.js';
export { GENRES, VALIDITY_LABELS, VALIDITIES, STATUS_LABELS, type Validity } from './vocabulary.js';
export { registerPublicationPortal } from './portal.routes.js';
export type { GuideTables } from './guides/index.js';
export { documentStatistics, type DocumentFigures, type DocumentStatistics } from './normative/statistics.js';
