export * from './database.js';
export * from './migrate.js';
export * from './pagination.js';
export * from './errors.js';
export * from './changes.js';
