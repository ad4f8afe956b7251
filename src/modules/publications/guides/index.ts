/** 政府信息公开指南 and 公开制度 per organisation (条例第十二条). */
export { createGuideUseCases, type GuideUseCases } from './guides.service.js';
export { registerGuideRoutes } from './guides.routes.js';
export type { GuideTables } from './guides.tables.js';
