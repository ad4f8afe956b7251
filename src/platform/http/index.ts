export * from './error-handler.js';
export * from './guard.js';
export * from './problem.js';
export * from './security-headers.js';
export * from './request-context.js';
export * from './input-checks.js';
export * from './content-disposition.js';
