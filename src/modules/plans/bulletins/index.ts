/**
 * Public surface of 季通报 (quarterly bulletins on the plans ledger): generation from the ledger as of a
 * quarter's end, the office's edits, publication on the portal, DOCX in 公文 layout with the chart.
 */
export { createBulletinUseCases, type BulletinUseCases, type BulletinDeps } from './bulletins.service.js';
export { registerBulletinRoutes } from './bulletins.routes.js';
export { registerBulletinPortal, type BulletinPortalDeps } from './portal/portal.routes.js';
export type { BulletinTables } from './bulletins.tables.js';
export { BULLETINS_HOME, bulletinUrl } from './urls.js';
export { computeFigures, quarterBounds, taskAsOf, type BulletinFigures, type UnitFigures, type OverdueTask, type RankEntry } from './figures.js';
