/**
 * Form pieces of the 依申请公开 pages, accessible without JavaScript (the GOV.UK error pattern): a
 * labelled control per field, hint and error tied to it with aria-describedby, an error summary at
 * the top whose links move focus to the fields. Required fields say so in their label; no `required`
 * attribute, since the two applicant fieldsets are both on the page and only one is filled in.
 */
import type { ReactNode } from 'react';
import type { FieldErrors } from './form-parse.js';

export const YISQGK_HOME = '/yisqgk/';
export const APPLY_PAGE = '/yisqgk/apply';
export const TRACK_PAGE = '/yisqgk/track';

export function Breadcrumb({ here, parent = true }: { here: string; parent?: boolean }) {
  return (
    <nav aria-label="当前位置" className="breadcrumb">
      <a href="/">首页</a>
      {parent && <>{' › '}<a href={YISQGK_HOME}>依申请公开</a></>}
      {' › '}<span aria-current="page">{here}</span>
    </nav>
  );
}

export const Required = () => <span className="required">（必填）</span>;
export const Optional = () => <span className="optional">（选填）</span>;

/** `<title>` prefix that tells screen-reader users at once that the page came back with errors. */
export const titleOf = (title: string, errors: FieldErrors) => (Object.keys(errors).length ? `错误：${title}` : title);

/** Where a problem's link in the summary goes: the field, the first option of a choice, or the form. */
export type Anchors = Record<string, string>;

export function ErrorSummary({ errors, anchors = {}, extra }: { errors: FieldErrors; anchors?: Anchors; extra?: ReactNode }) {
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} id="error-summary">
      <h2 id="error-summary-title">提交的内容有问题</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field || 'form'}>{field ? <a href={`#${anchors[field] ?? field}`}>{message}</a> : message}</li>
        ))}
      </ul>
      {extra}
    </div>
  );
}

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return <p className="field-error" id={`${id}-error`}><span className="visually-hidden">错误：</span>{error}</p>;
}

const describedBy = (id: string, hint?: ReactNode, error?: string) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

interface FieldProps {
  name: string;
  label: string;
  value?: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
}

function Label({ name, label, required }: Pick<FieldProps, 'name' | 'label' | 'required'>) {
  return <label htmlFor={name}>{label}{required ? <Required /> : <Optional />}</label>;
}

export function TextField(p: FieldProps & { type?: 'text' | 'email' | 'tel'; autoComplete?: string; maxLength?: number; inputMode?: 'numeric' | 'text'; width?: 'short' | 'long' }) {
  return (
    <div className={p.error ? 'form-group form-group-error' : 'form-group'}>
      <Label {...p} />
      {p.hint && <span className="hint" id={`${p.name}-hint`}>{p.hint}</span>}
      <FieldError id={p.name} error={p.error} />
      <input
        id={p.name} name={p.name} type={p.type ?? 'text'} defaultValue={p.value ?? ''} autoComplete={p.autoComplete} maxLength={p.maxLength}
        inputMode={p.inputMode} spellCheck={false} className={p.width === 'short' ? 'input-short' : undefined}
        aria-required={p.required ? 'true' : undefined} aria-invalid={p.error ? 'true' : undefined} aria-describedby={describedBy(p.name, p.hint, p.error)}
      />
    </div>
  );
}

export function TextArea(p: FieldProps & { rows?: number; maxLength?: number }) {
  return (
    <div className={p.error ? 'form-group form-group-error' : 'form-group'}>
      <Label {...p} />
      {p.hint && <span className="hint" id={`${p.name}-hint`}>{p.hint}</span>}
      <FieldError id={p.name} error={p.error} />
      <textarea
        id={p.name} name={p.name} rows={p.rows ?? 6} maxLength={p.maxLength} defaultValue={p.value ?? ''}
        aria-required={p.required ? 'true' : undefined} aria-invalid={p.error ? 'true' : undefined} aria-describedby={describedBy(p.name, p.hint, p.error)}
      />
    </div>
  );
}

export interface OptionGroup {
  label: string;
  options: [value: string, label: string][];
}

export function SelectField(p: FieldProps & { groups: OptionGroup[]; placeholder?: string }) {
  return (
    <div className={p.error ? 'form-group form-group-error' : 'form-group'}>
      <Label {...p} />
      {p.hint && <span className="hint" id={`${p.name}-hint`}>{p.hint}</span>}
      <FieldError id={p.name} error={p.error} />
      <select
        id={p.name} name={p.name} defaultValue={p.value ?? ''}
        aria-required={p.required ? 'true' : undefined} aria-invalid={p.error ? 'true' : undefined} aria-describedby={describedBy(p.name, p.hint, p.error)}
      >
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {p.groups.map((g) => (g.label
          ? <optgroup key={g.label} label={g.label}>{g.options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}</optgroup>
          : g.options.map(([v, l]) => <option key={v} value={v}>{l}</option>)))}
      </select>
    </div>
  );
}

/** A choice among a few options: a fieldset whose legend is the question. */
export function RadioGroup(p: { name: string; legend: string; value?: string; error?: string; hint?: ReactNode; options: [value: string, label: string][] }) {
  return (
    <fieldset className={p.error ? 'choice form-group-error' : 'choice'} aria-describedby={describedBy(p.name, p.hint, p.error)}>
      <legend>{p.legend}<Required /></legend>
      {p.hint && <span className="hint" id={`${p.name}-hint`}>{p.hint}</span>}
      <FieldError id={p.name} error={p.error} />
      <div className="radios">
        {p.options.map(([v, l]) => (
          <label key={v} htmlFor={`${p.name}-${v}`}>
            <input type="radio" id={`${p.name}-${v}`} name={p.name} value={v} defaultChecked={p.value === v} />
            {l}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
