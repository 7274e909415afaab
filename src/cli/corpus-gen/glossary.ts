/**
 * The shared glossary (glossary.yaml) of a generated corpus: organisations
 * as acronyms, some with a garbled spelling (a French acronym) that the site
 * flags. Every spelling is one word, so the text generator can count words.
 */
import type { GlossaryEntry } from '../../lib/content/schema.ts';

/** A garbled spelling (a French acronym), flagged by the site. */
const garbled = (text: string, note?: string) => ({ text, garbled: true, ...(note ? { note } : {}) });

export const GLOSSARY: GlossaryEntry[] = [
  { id: 'nato', term: 'NATO', expansion: 'North Atlantic Treaty Organization', aliases: [garbled('OTAN', 'The source reads “OTAN”, the French acronym; the English acronym is NATO.')] },
  { id: 'eu', term: 'EU', expansion: 'European Union', aliases: [garbled('UE')] },
  { id: 'un', term: 'UN', expansion: 'United Nations', aliases: [garbled('ONU', 'The source reads “ONU”, the French acronym; the English acronym is UN.')] },
  { id: 'osce', term: 'OSCE', expansion: 'Organization for Security and Co-operation in Europe', aliases: [] },
  { id: 'imf', term: 'IMF', expansion: 'International Monetary Fund', aliases: [garbled('FMI')] },
  { id: 'wto', term: 'WTO', expansion: 'World Trade Organization', aliases: [] },
  { id: 'sco', term: 'SCO', expansion: 'Shanghai Cooperation Organization', aliases: [] },
  { id: 'csto', term: 'CSTO', expansion: 'Collective Security Treaty Organization', aliases: [garbled('OTSC')] },
  { id: 'cis', term: 'CIS', expansion: 'Commonwealth of Independent States', aliases: [] },
  { id: 'opec', term: 'OPEC', expansion: 'Organization of the Petroleum Exporting Countries', aliases: [] },
  { id: 'asean', term: 'ASEAN', expansion: 'Association of Southeast Asian Nations', aliases: [] },
  { id: 'au', term: 'AU', expansion: 'African Union', aliases: [] },
];

/** Every spelling the text may use: the term itself mostly, a garbled alias now and then. */
export function spellings(entry: GlossaryEntry): string[] {
  return [entry.term, ...entry.aliases.map((a) => a.text)];
}
