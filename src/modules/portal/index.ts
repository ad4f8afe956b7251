/** Public surface of the portal module: the public site's shell. */
export { registerPortal, renderErrorPage, loadSite, pageContext, sendFresh, weakEtag } from './portal.routes.js';
export { COLUMNS, Layout, type PageContext, columnHref, renderDocument } from './portal.layout.js';
export { groupOrgs } from './portal.pages.js';
