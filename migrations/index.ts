import type { Migration } from 'kysely';
import type { Engine } from './helpers.js';
import { foundation } from './0001-foundation.js';
import { publications } from './0002-publications.js';
import { searchIndex } from './0003-search.js';
import { catalogueColumns } from './0004-catalogue-columns.js';
import { normativeGazette } from './0005-normative-gazette.js';
import { disclosureGuides } from './0006-disclosure-guides.js';
import { mailOutbox } from './0007-mail-outbox.js';
import { infoRequests } from './0008-info-requests.js';
import { documentsExpiryIndex } from './0009-documents-expiry-index.js';
import { annualReportIndexes } from './0010-annual-report-indexes.js';
import { annualReports } from './0011-annual-reports.js';
import { plans } from './0012-plans.js';
import { planBulletinsAssessment } from './0013-plan-bulletins-assessment.js';

/** Every migration in order. Frozen once released: add new ones, never edit old ones. */
export function allMigrations(engine: Engine): Record<string, Migration> {
  return {
    '0001-foundation': foundation(engine),
    '0002-publications': publications(engine),
    '0003-search': searchIndex(engine),
    '0004-catalogue-columns': catalogueColumns(engine),
    '0005-normative-gazette': normativeGazette(engine),
    '0006-disclosure-guides': disclosureGuides(engine),
    '0007-mail-outbox': mailOutbox(engine),
    '0008-info-requests': infoRequests(engine),
    '0009-documents-expiry-index': documentsExpiryIndex(engine),
    '0010-annual-report-indexes': annualReportIndexes(engine),
    '0011-annual-reports': annualReports(engine),
    '0012-plans': plans(engine),
    '0013-plan-bulletins-assessment': planBulletinsAssessment(engine),
  };
}
