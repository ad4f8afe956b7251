/** Public surface of the portal module: the public site's shell. */
export { registerPortal, renderErrorPage, loadSite, pageContext, sendFresh } from './portal.routes.js';
export { PUBLIC_PAGE, createPageCache, type PageCache, weakEtag } from './page-cache.js';
export { COLUMNS, Layout, type PageContext, columnHref, renderDocument } from './portal.layout.js';
export { groupOrgs } from './portal.pages.js';
