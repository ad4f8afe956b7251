import { z } from 'zod';
import { TOPICS } from './topics.js';
import { CHANNELS, DISCLOSURE_GROUNDS, DISCLOSURE_LABELS, GENRES, PII_EXCEPTION_BASES, STATUS_LABELS, VALIDITY_LABELS } from './vocabulary.js';

const option = z.object({ value: z.string(), label: z.string() });
export const vocabularySchema = z.object({
  topics: z.array(z.object({ code: z.string(), label: z.string(), children: z.array(z.object({ code: z.string(), label: z.string() })) })),
  genres: z.array(z.string()),
  channels: z.array(z.string()),
  disclosures: z.array(option),
  grounds: z.array(option.extend({ allowed: z.array(z.string()) })),
  validities: z.array(option),
  statuses: z.array(option),
  piiExceptionBases: z.array(option),
});

/** Every closed list of a document, for forms and filters (admin console, API clients). */
export function vocabulary(): z.infer<typeof vocabularySchema> {
  const opts = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
  return {
    topics: TOPICS,
    genres: [...GENRES],
    channels: [...CHANNELS],
    disclosures: opts(DISCLOSURE_LABELS),
    grounds: Object.entries(DISCLOSURE_GROUNDS).map(([value, g]) => ({ value, label: g.label, allowed: [...g.allowed] })),
    validities: opts(VALIDITY_LABELS),
    statuses: opts(STATUS_LABELS),
    piiExceptionBases: opts(PII_EXCEPTION_BASES),
  };
}
