import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/client';

/**
 * Puts the server's field errors (`body.username` …, or a conflict's `field`) on the named form fields and returns
 * true if any matched; otherwise the caller shows the problem's `detail`.
 */
export function applyFieldErrors(form: FormInstance, err: unknown, fields: readonly string[]): boolean {
  if (!(err instanceof ApiError)) return false;
  const known = new Set(fields);
  const byField = new Map<string, string[]>();
  // Conflicts name their field as an extension, e.g. {code: 'USERNAME_TAKEN', field: 'username'}.
  const field = err.problem.field;
  if (typeof field === 'string' && known.has(field)) byField.set(field, [err.problem.detail || err.problem.title]);
  for (const e of err.problem.errors ?? []) {
    const name = e.path.replace(/^body\./, '').split('.')[0] ?? '';
    if (!known.has(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), e.message]);
  }
  if (!byField.size) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return true;
}

/** Shows field errors on the form, or else the problem's `detail` via `show`. */
export function reportFormError(form: FormInstance, err: unknown, fields: readonly string[], show: (text: string) => void): void {
  if (!applyFieldErrors(form, err, fields)) show(errorMessage(err));
}
