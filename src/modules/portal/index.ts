/** Public surface of the portal module: the public site's shell. */
export { registerPortal, renderErrorPage, loadSite, pageContext, sendFresh, sendPortalNotFound, readOrgYearQuery, entriesOfYear } from './portal.routes.js';
export { PUBLIC_PAGE, createPageCache, type PageCache, weakEtag } from './page-cache.js';
export { COLUMNS, Layout, type PageContext, columnHref, renderDocument } from './portal.layout.js';
export { groupOrgs } from './portal.pages.js';
export { Breadcrumb, type Crumb, DATA_TABLE_CSS, FilterForm, OrgSelect, OrgYearFilter, XXGK_CRUMB, YearSelect, YearSections } from './portal-kit.js';
