/**
 * A people.yaml entry proposed for a speaker the registry does not know
 * (ingest found nothing close, src/lib/people/names.ts): ready to paste,
 * with the kind guessed from the speaker type and the role left to the editor.
 */
import { stringify } from 'yaml';
import type { PersonKind } from '../../lib/content/schema.ts';
import type { Speaker } from './quotes.ts';
import { slugify } from './structure.ts';

const kindOf: Record<NonNullable<Speaker['speakerType']>, PersonKind> = { person: 'person', organization: 'organization', group: 'group' };

/** The proposed entry's id and its YAML (a list item, indented for the checklist). */
export function newEntryProposal(name: string, type: Speaker['speakerType']): { id: string; yaml: string } {
  const words = name.split(/\s+/);
  // A person's id is their surname, as the registry's are; an organisation's, its name.
  const id = slugify(type === 'person' || type === undefined ? words.at(-1)! : name, 40) || 'speaker';
  const entry = { id, name, kind: kindOf[type ?? 'person'], role: 'TODO: who they are, in a few words', aliases: [name, ...(words.length > 1 && type !== 'organization' ? [words.at(-1)!] : [])] };
  const yaml = stringify([entry], { lineWidth: 0, flowCollectionPadding: false, collectionStyle: 'block' }).trimEnd();
  return { id, yaml: yaml.replace(/^/gm, '        ') };
}
