/** Glossary look-ups shared by the content checks and the glossary plugin. */
import type { GlossaryEntry } from './schema.ts';

/** Which spelling of which entry a `:term` text is, or why it is none. */
export function resolveTerm(glossary: readonly GlossaryEntry[], ref: string, text: string) {
  const entry = glossary.find((e) => e.id === ref);
  if (!entry) return { ok: false as const, message: `unknown glossary entry "${ref}"` };
  if (text === entry.term || text === entry.expansion) return { ok: true as const, entry, alias: undefined };
  const alias = entry.aliases.find((a) => a.text === text);
  if (!alias) {
    return {
      ok: false as const,
      message: `"${text}" is neither the term "${entry.term}" nor one of its aliases; add it to the glossary entry "${ref}"`,
    };
  }
  return { ok: true as const, entry, alias };
}
