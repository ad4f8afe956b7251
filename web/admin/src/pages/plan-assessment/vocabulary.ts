// The scoring rules of 考核, from the server (GET /api/v1/assessments/rules): the console keeps no list of them, so a
// new rule appears in the indicator editor when the server offers it.
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { assessmentApi } from './api';
import type { RulesVocabulary } from './types';

// Static per server version: one request per page load.
let pending: Promise<RulesVocabulary> | null = null;

/** Loads the rules (once); `rules` is null while loading or after a failure (`error`). */
export function useAssessmentRules(): { rules: RulesVocabulary | null; error: string | null } {
  const [state, setState] = useState<{ rules: RulesVocabulary | null; error: string | null }>({ rules: null, error: null });
  useEffect(() => {
    let live = true;
    pending ??= assessmentApi.rules();
    pending
      .then((rules) => live && setState({ rules, error: null }))
      .catch((err: unknown) => {
        pending = null;
        if (live) setState({ rules: null, error: errorMessage(err) });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
