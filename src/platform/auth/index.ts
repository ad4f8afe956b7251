export * from './access.js';
export * from './password.js';
export * from './roles.js';
