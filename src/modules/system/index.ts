/** Public surface of the system module: health check and the OpenAPI document. */
export { registerSystemRoutes } from './system.routes.js';
