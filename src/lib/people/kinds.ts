/** How the site names each kind of registry entry (people.yaml `kind`), in lists and on pages. */
import type { PersonKind } from '../content/schema.ts';

/** A heading over the entries of one kind. */
export const kindHeading: Record<PersonKind, string> = {
  analyst: 'Analysts',
  journalist: 'Journalists',
  official: 'Officials',
  person: 'Others quoted',
  organization: 'Organisations',
  group: 'Groups',
  document: 'Documents',
};

/** One entry's kind, as its page's kicker says it. */
export const kindLabel: Record<PersonKind, string> = {
  analyst: 'Analyst',
  journalist: 'Journalist',
  official: 'Official',
  person: 'Person quoted',
  organization: 'Organisation',
  group: 'Group',
  document: 'Document',
};
