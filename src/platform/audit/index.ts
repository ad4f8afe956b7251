export * from './audit-log.js';
export * from './audit.tables.js';
export { canonicalJson, digestOf } from './chain.js';
