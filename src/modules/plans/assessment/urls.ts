/** Where published assessment results live on the portal. */
export const ASSESSMENT_HOME = '/xxgk/plans/assessment/';
export const assessmentUrl = (orgCode: string, year: number) => `${ASSESSMENT_HOME}${encodeURIComponent(orgCode)}/${year}`;
