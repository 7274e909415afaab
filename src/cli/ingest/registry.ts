/**
 * A people.yaml entry proposed for a speaker the registry does not know
 * (ingest found nothing close, src/lib/people/names.ts): ready to paste,
 * with the kind guessed from the speaker type; the editor checks it and adds
 * a role and other spellings.
 */
import { stringify } from 'yaml';
import type { PersonKind } from '../../lib/content/schema.ts';
import type { Speaker } from './quotes.ts';
import { yamlScalar } from './render.ts';
import { slugify } from './structure.ts';

const kindOf: Record<NonNullable<Speaker['speakerType']>, PersonKind> = { person: 'person', organization: 'organization', group: 'group' };

/** The proposed entry's id and its YAML (a list item, indented for the checklist). */
export function newEntryProposal(written: string, type: Speaker['speakerType']): { id: string; yaml: string } {
  const name = written.replace(/^the\s+/i, '');
  const person = type === 'person' || type === undefined;
  const words = name.split(/\s+/);
  // A person's id is their surname, as the registry's are; an organisation's, its name.
  const id = slugify(person ? words.at(-1)! : name, 40) || 'speaker';
  const aliases = [...new Set([name, written, ...(person && words.length > 1 ? [words.at(-1)!] : [])])];
  const lines = [
    `- id: ${id}`,
    `  name: ${yamlScalar(name)}`,
    `  kind: ${kindOf[type ?? 'person']}`,
    `  aliases: ${stringify(aliases, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trimEnd()}`,
  ];
  return { id, yaml: lines.map((l) => `        ${l}`).join('\n') };
}
