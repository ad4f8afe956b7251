/**
 * Public surface of the publications module (主动公开). So far: the pure rules for 发文字号 and 索引号
 * that documents, import and search build on (issue #3 lands in increments).
 */
export { type DocNumber, type DocNumberResult, looksLikeDocNumber, parseDocNumber } from './doc-number.js';
export { DEFAULT_INDEX_TEMPLATE, formatIndexNumber, indexNumberPattern, indexTemplateProblem } from './index-number.js';
export { TOPICS, type TopicNode, findTopic, topicLabel } from './topics.js';
