/** Where published bulletins live on the portal. */
export const BULLETINS_HOME = '/xxgk/plans/bulletins/';
export const bulletinUrl = (id: number) => `${BULLETINS_HOME}${id}`;
