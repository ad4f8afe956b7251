// The words of 分工方案与台账 from the server (GET /api/v1/plans/vocabulary, src/modules/plans/vocabulary.ts): the
// console keeps no copy. Loaded once per page load; the screens render their labels once they are here.
import { useServerVocabulary, vocabularyContext } from '../../common/useServerVocabulary';
import type { DeadlineKind, PlanVocabulary, TaskStatus, UnitRole } from './types';

export interface PlanWords extends PlanVocabulary {
  taskStatus(s: TaskStatus | 'overdue'): string;
  role(r: UnitRole): string;
  /** 牵头 / 责任 / 配合: the role without 单位, for compact tags. */
  roleShort(r: UnitRole): string;
  deadlineKind(k: DeadlineKind | null | undefined): string;
  evidenceKind(k: string): string;
}

const lookup = <V extends string>(xs: readonly { value: V; label: string }[]) => {
  const m = new Map<string, string>(xs.map((x) => [x.value, x.label]));
  return (v: string | null | undefined) => (v ? m.get(v) ?? v : '');
};

export function wordsOf(v: PlanVocabulary): PlanWords {
  const role = lookup(v.unitRoles);
  return {
    ...v,
    taskStatus: lookup(v.taskStatuses),
    role,
    roleShort: (r) => role(r).replace(/单位$/, ''),
    deadlineKind: lookup(v.deadlineKinds),
    evidenceKind: lookup(v.evidenceKinds),
  };
}

/** Loads the words (once); `words` is null while loading or after a failure (`error`). */
export function usePlanWords(): { words: PlanWords | null; error: string | null } {
  const { value, error } = useServerVocabulary('/api/v1/plans/vocabulary', wordsOf);
  return { words: value, error };
}

const context = vocabularyContext<PlanWords>('PlanWordsContext');
export const PlanWordsContext = context.Context;

/** The words provided by <WordsGate> (which renders its children only once they are loaded). */
export const useWords: () => PlanWords = context.useValue;
