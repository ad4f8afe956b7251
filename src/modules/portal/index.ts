/** Public surface of the portal module: the public site's shell. */
export { registerPortal, renderErrorPage } from './portal.routes.js';
export { COLUMNS } from './portal.layout.js';
