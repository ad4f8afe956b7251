/**
 * The output of `parsePlan`, exactly the JSON of ../shared/docs/plan-format.md.
 * Field order matters only for readability of `--json`; the scorer matches tasks by `path`.
 */
export type DeadlineKind = 'by-date' | 'year-end' | 'long-term' | 'periodic' | 'other';

export interface PlanDeadline {
  /** As written after the label (完成时限: …) or in the note / table cell. */
  raw: string;
  /** YYYY-MM-DD for by-date and year-end (when the year is known), else null. */
  date: string | null;
  kind: DeadlineKind;
}

export interface PlanTask {
  /** Outline labels from the top level down: "一", "(一)", "1", "(1)", "①". */
  path: string[];
  heading: string | null;
  text: string;
  lead: string[];
  responsible: string[];
  cooperating: string[];
  deadline: PlanDeadline | null;
}

export interface ParsedPlan {
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  tasks: PlanTask[];
}

export type UnitRole = 'lead' | 'responsible' | 'cooperating';

/** Units and deadline collected from one or more unit notes. */
export interface NoteInfo {
  lead: string[];
  responsible: string[];
  cooperating: string[];
  /** Raw deadline values in order of appearance. */
  deadlines: string[];
}

export function emptyNote(): NoteInfo {
  return { lead: [], responsible: [], cooperating: [], deadlines: [] };
}

/** Appends b into a, deduplicating each role list and keeping first-seen order (spec: "dedupe, keep order"). */
export function mergeNote(a: NoteInfo, b: NoteInfo): NoteInfo {
  const add = (into: string[], from: string[]) => {
    for (const x of from) if (!into.includes(x)) into.push(x);
  };
  add(a.lead, b.lead);
  add(a.responsible, b.responsible);
  add(a.cooperating, b.cooperating);
  a.deadlines.push(...b.deadlines);
  return a;
}
