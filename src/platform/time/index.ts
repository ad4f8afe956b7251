export * from './clock.js';
export * from './shanghai.js';
