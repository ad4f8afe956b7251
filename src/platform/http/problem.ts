import type { FieldProblem } from '../errors/app-error.js';

/** RFC 9457 problem details, with Chinese title/detail for people and a stable `code` for machines. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  errors?: FieldProblem[];
  [ext: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** `type` URIs are relative references documented in docs/API-ERRORS.md (one per code). */
export function problemType(code: string): string {
  return `/problems/${code.toLowerCase().replaceAll('_', '-')}`;
}
