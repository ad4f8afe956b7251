// The scoring rules of 考核, from the server (GET /api/v1/assessments/rules): the console keeps no list of them, so a
// new rule appears in the indicator editor when the server offers it.
import { useServerVocabulary } from '../../common/useServerVocabulary';
import type { RulesVocabulary } from './types';

/** Loads the rules (once); `rules` is null while loading or after a failure (`error`). */
export function useAssessmentRules(): { rules: RulesVocabulary | null; error: string | null } {
  const { value, error } = useServerVocabulary<RulesVocabulary>('/api/v1/assessments/rules');
  return { rules: value, error };
}
