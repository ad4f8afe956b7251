// Calls of the 季通报 staff API (src/modules/plans/bulletins/bulletins.routes.ts).
import { call } from '../../api/client';
import type { Bulletin, BulletinListItem, BulletinQuery, GenerateInput, PlanOption, TextsInput } from './types';

const base = '/api/v1/plan-bulletins';

export const bulletinsApi = {
  list: (q: BulletinQuery = {}) => call<{ items: BulletinListItem[] }>('GET', base, { query: { ...q } }),
  get: (id: number) => call<Bulletin>('GET', `${base}/${id}`),
  /** 生成: a draft with the figures as of the quarter's end (or today while the quarter runs). */
  generate: (input: GenerateInput) => call<Bulletin>('POST', base, { body: input }),
  /** Title, 文号, 发文机关, 导语, 结束语 of a draft (with its version). */
  update: (id: number, input: TextsInput) => call<Bulletin>('PUT', `${base}/${id}`, { body: input }),
  regenerate: (id: number, version: number) => call<Bulletin>('POST', `${base}/${id}/regenerate`, { body: { version } }),
  publish: (id: number, version: number) => call<Bulletin>('POST', `${base}/${id}/publish`, { body: { version } }),
  /** The Word file (a plain link: the session cookie goes with it). */
  docxUrl: (id: number) => `${base}/${id}.docx`,
  /** The plans of a year the caller sees (the 分工方案 API), for the 方案 choice. */
  plans: (year: number) => call<{ items: PlanOption[] }>('GET', '/api/v1/plans', { query: { year } }),
};

/** The portal's list of published bulletins. */
export const BULLETINS_HOME = '/xxgk/plans/bulletins/';
/** The public page of a published bulletin. */
export const publicBulletinUrl = (id: number) => `${BULLETINS_HOME}${id}`;
