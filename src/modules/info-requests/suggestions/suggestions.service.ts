import type { Principal } from '../../../platform/auth/index.js';
import { ValidationError } from '../../../platform/errors/index.js';
import { shanghaiDate, shanghaiStartOfDay } from '../../../platform/time/index.js';
import type { OrgRow } from '../../orgs/index.js';
import type { RequestContext } from '../request-context.js';
import { orgsById, scopeOrgIds } from '../scope.js';
import { clusterByJaccard, requestTerms } from './similarity.js';
import type { SuggestionGroupView, SuggestionsQuery, SuggestionsView } from './suggestions.schemas.js';
import { type SuggestionSourceRow, suggestionsRepository as repo } from './suggestions.repository.js';

const SAMPLE_CHARS = 80;
const KEY_TERMS = 5;

/** The same day a year earlier (02-29 → 02-28). */
function oneYearBefore(date: string): string {
  const [y, m, d] = date.split('-');
  const year = String(Number(y) - 1).padStart(4, '0');
  return m === '02' && d === '29' ? `${year}-02-28` : `${year}-${m}-${d}`;
}

const receivedOf = (r: SuggestionSourceRow) => r.received_on ?? shanghaiDate(new Date(r.submitted_at));
const truncate = (s: string) => (s.length > SAMPLE_CHARS ? `${s.slice(0, SAMPLE_CHARS)}…` : s);

/**
 * The group's most frequent terms, in the order they are first written (members oldest first), numbers
 * last. Of two nested terms (牡丹 / 牡丹区) only one is kept: the longer when as frequent.
 */
function keyTerms(termSets: string[][]): string[] {
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  for (const set of termSets) {
    for (const t of set) {
      counts.set(t, (counts.get(t) ?? 0) + 1);
      if (!firstSeen.has(t)) firstSeen.set(t, firstSeen.size);
    }
  }
  const numeric = (t: string) => (/^\d+$/.test(t) ? 1 : 0);
  const ranked = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || numeric(a) - numeric(b) || firstSeen.get(a)! - firstSeen.get(b)!);
  const chosen: string[] = [];
  for (const t of ranked) {
    const nested = chosen.findIndex((c) => c.includes(t) || t.includes(c));
    if (nested < 0) {
      if (chosen.length < KEY_TERMS) chosen.push(t);
    } else if (t.length > chosen[nested].length && counts.get(t) === counts.get(chosen[nested])) {
      chosen.splice(0, chosen.length, ...chosen.map((c, i) => (i === nested ? t : c)).filter((c, i) => i === nested || !t.includes(c)));
    }
  }
  return chosen;
}

/**
 * The sentence shown with a group: how many asked, what was disclosed, and the advice of 条例第四十四条
 * (多个申请人就相同政府信息向同一行政机关提出公开申请，且该政府信息属于可以公开的，可以纳入主动公开的范围).
 * Without any disclosure yet, the advice is conditional: whether the information may be disclosed is
 * the office's call.
 *
 * @example suggestionText('近一年', { applicantCount: 5, requestCount: 6, results: { disclosed: 3 } })
 * // '近一年有5名申请人申请相同或相近的信息（共6件），其中3件已予以公开，建议依条例第四十四条纳入主动公开范围'
 */
export function suggestionText(period: string, g: { applicantCount: number; requestCount: number; results: Record<string, number> }): string {
  const head = `${period}有${g.applicantCount}名申请人申请相同或相近的信息（共${g.requestCount}件）`;
  const disclosed = g.results.disclosed ?? 0;
  const partial = g.results.partiallyDisclosed ?? 0;
  if (disclosed + partial === 0) return `${head}，尚无予以公开的答复；如属于可以公开的政府信息，建议依条例第四十四条纳入主动公开范围`;
  const parts = [disclosed ? `${disclosed}件已予以公开` : '', partial ? `${partial}件已部分公开` : ''].filter(Boolean).join('、');
  return `${head}，其中${parts}，建议依条例第四十四条纳入主动公开范围`;
}

function describeGroup(members: SuggestionSourceRow[], termSets: string[][], orgs: Map<number, OrgRow>, period: string): SuggestionGroupView {
  const sorted = members.map((r, i) => ({ r, terms: termSets[i], on: receivedOf(r) })).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.r.id - b.r.id));
  const byOrg = new Map<number, number>();
  const results: Record<string, number> = {};
  let open = 0;
  for (const { r } of sorted) {
    byOrg.set(r.handling_org_id, (byOrg.get(r.handling_org_id) ?? 0) + 1);
    if (r.status === 'closed' && r.result) results[r.result] = (results[r.result] ?? 0) + 1;
    else open += 1;
  }
  const samples: string[] = [];
  for (const { r } of sorted) {
    const s = truncate(r.description.trim());
    if (samples.length < 3 && !samples.includes(s)) samples.push(s);
  }
  const g = {
    keyTerms: keyTerms(sorted.map((m) => m.terms)),
    requestCount: sorted.length,
    applicantCount: new Set(sorted.map((m) => m.r.applicant_digest)).size,
    orgs: [...byOrg].map(([id, count]) => ({ id, code: orgs.get(id)?.code ?? '', name: orgs.get(id)?.name ?? '', count })).sort((a, b) => b.count - a.count || a.id - b.id),
    firstReceivedOn: sorted[0].on,
    lastReceivedOn: sorted[sorted.length - 1].on,
    samples,
    requestIds: sorted.map((m) => m.r.id),
    results,
    open,
  };
  return { ...g, suggestion: suggestionText(period, g) };
}

/**
 * 依申请转主动 (条例第四十四条): requests in the caller's scope that ask for the same or similar
 * information, found by the similarity of their segmented descriptions, as candidates for 主动公开.
 */
export function createSuggestionUseCases(ctx: RequestContext) {
  return {
    /**
     * Groups of at least `minRequests` requests from at least 2 applicants received since `since`
     * (default: one year back), most applicants first.
     * @throws ValidationError when `since` is after today.
     */
    async proactiveSuggestions(p: Principal, q: Partial<SuggestionsQuery> = {}): Promise<SuggestionsView> {
      const until = ctx.today();
      const since = q.since ?? oneYearBefore(until);
      if (since > until) throw new ValidationError(`起始日期不能晚于今天（${until}）`, [{ path: 'querystring.since', message: '不能晚于今天' }]);
      const threshold = q.threshold ?? 0.5;
      const minRequests = q.minRequests ?? 3;
      const [rows, orgs] = await Promise.all([
        scopeOrgIds(ctx, p).then((ids) => repo.receivedSince(ctx.db, ids, since, shanghaiStartOfDay(since).toISOString())),
        orgsById(ctx),
      ]);
      const termSets = rows.map((r) => requestTerms(r.description));
      const period = q.since ? `自${since}以来` : '近一年';
      const groups = clusterByJaccard(termSets, threshold)
        .filter((g) => g.length >= minRequests && new Set(g.map((i) => rows[i].applicant_digest)).size >= 2)
        .map((g) => describeGroup(g.map((i) => rows[i]), g.map((i) => termSets[i]), orgs, period))
        .sort((a, b) => b.applicantCount - a.applicantCount || b.requestCount - a.requestCount || (a.lastReceivedOn < b.lastReceivedOn ? 1 : a.lastReceivedOn > b.lastReceivedOn ? -1 : 0));
      return { since, until, threshold, minRequests, analysed: rows.length, groupCount: groups.length, groups: groups.slice(0, q.limit ?? 50) };
    },
  };
}

export type SuggestionUseCases = ReturnType<typeof createSuggestionUseCases>;
