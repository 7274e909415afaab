/**
 * Speakers named by their office or for a body (quotes.ts keeps who the
 * text has named; this decides): "the president said" when the text never
 * wrote "President X", and "a spokesman said" after a body as the subject.
 */
import type { Speaker } from './quotes.ts';

/** An office one person holds, named alone: "the president", "the prime minister", "le chef de l'Etat", a country's ("the Russian president", "the president of Russia"; not "the ministry", not "the officials"). */
export const SINGLE_OFFICE = /^(?:the|le|la|l['’])\s*(?:\p{Lu}\p{Ll}+\s+)?(?:(?:prime|foreign|defen[cs]e|interior|deputy|vice|acting|former)\s+)?(?:president|prime minister|minister|premier|chancellor|king|emir|head of state|commander|président|chef de l['’]etat|chef de l['’]État|premier ministre|ministre)(?:\s+of\s+\p{Lu}[\p{L}.-]+)?$/iu;

/** Someone speaking for a body, unnamed: "a spokesman", "a ministry spokeswoman", "a representative". */
export const SPOKESPERSON = /^(?:an?|the)\s+(?:\p{L}+\s+)?(?:spokes(?:man|woman|person)|representative|press secretary)$/iu;

/** Registry kinds whose entries hold no office of state. */
const NO_OFFICE = new Set(['analyst', 'journalist']);

export interface OfficeCandidate {
  speaker: Speaker;
  /** The name the text or the registry gives them. */
  name?: string;
  /** Their registry kind, if the registry lists them. */
  kind?: string;
}

/**
 * Who holds an office the text never gave anyone ("the president said", no "President X" before it): the
 * candidate (quotes.ts gives the individual last named in the paragraph, else the one the section's heading
 * names), unless the registry lists them as an analyst or a journalist, they spoke before it in the
 * paragraph (`spokeBefore`, labels: "Jane Roe said “No.” “Yes,” said the minister" is another voice), or the
 * text gave them another office. "Tokayev thanked the peacekeepers. “…,” the president said" is Tokayev.
 */
export function officeHolder(role: string, candidate: OfficeCandidate | undefined, spokeBefore: readonly string[], holdsOtherOffice: (name: string, role: string) => boolean, title = false): Speaker | undefined {
  // (`title`: a title the text uses as a name, "the Elbasy", not an office the pattern knows.)
  if (!candidate || !(title || SINGLE_OFFICE.test(role)) || NO_OFFICE.has(candidate.kind ?? '')) return undefined;
  const label = candidate.speaker.people?.join(' ') ?? candidate.speaker.speaker ?? '';
  if (spokeBefore.includes(label)) return undefined;
  return candidate.name && !holdsOtherOffice(candidate.name, role) ? candidate.speaker : undefined;
}

/**
 * The holder a lead names only after its office: "Kazakhstan's president said Friday that …" (the president of
 * Kazakhstan), then "President Kassym-Jomart Tokayev rejected …" in the paragraphs after (`later`). The name after
 * the capitalised office, or undefined. Only a single office of a country ("the president of X", "the prime minister").
 */
export function laterHolder(role: string, later: readonly string[]): string | undefined {
  const office = /^the\s+(president|prime minister|premier|chancellor|king|emir)(?:\s+of\s+\p{Lu}[\p{L}.-]+)?$/iu.exec(role)?.[1];
  if (!office) return undefined;
  const title = office.replace(/(?:^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
  const named = new RegExp(String.raw`(?<![\p{L}])${title}\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})`, 'u');
  for (const p of later) {
    const m = named.exec(p);
    if (m) return m[1];
  }
  return undefined;
}

/** "said the Elbasy": `who`, one capitalised word, follows "the" in `paragraph`, a title the text uses as a name (when it is nobody's name). */
export const isTitleWord = (who: string, paragraph: string) =>
  /^\p{Lu}\p{Ll}+$/u.test(who) && new RegExp(String.raw`(?:^|\s)the\s+${who}(?![\p{L}])`, 'u').test(paragraph);

/** A text a body issues, which "added" or "said" as the body would: "the readout", "the statement". */
const DOCUMENT = /^(?:the|The)\s+(readout|statement|communiqu[ée]|report|press release|release|transcript|decree|declaration|resolution|bulletin)$/u;

/**
 * The document a role refers back to: "the readout added" after "according to a Kremlin readout" is the
 * Kremlin readout (the last one the text named with a capitalised word before it, in `earlier`: the
 * paragraphs read so far). Undefined for any other role, or when the text named no such document.
 */
export function documentReferent(role: string, earlier: readonly string[]): string | undefined {
  const noun = DOCUMENT.exec(role)?.[1];
  if (!noun) return undefined;
  const named = new RegExp(String.raw`(?<![\p{L}])(?:an?|the|A|An|The)\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,3})${noun}(?![\p{L}])`, 'gu');
  const last = earlier.flatMap((p) => [...p.matchAll(named)]).at(-1);
  return last && `${last[1]!.trim()} ${noun}`;
}

/** A body named by its kind alone, as a role: "the embassy", "the ministry". */
const BODY = /^(?:the|The)\s+(embassy|ministry|committee|council|agency|directorate|consulate|service|department)$/u;

/** A role naming a publication's kind: "the paper", "the daily". */
const PUBLICATION_ROLE = /^(?:the|The)\s+(?:paper|newspaper|daily|weekly|tabloid|outlet|broadcaster|channel)$/u;
/** A publication the text names by its kind before its name: "the ultraconservative daily Kayhan", "the reformist newspaper Etemad". */
const PUBLICATION_NAMED = /(?<![\p{L}])(?:daily|newspaper|paper|weekly|tabloid|outlet|broadcaster|channel|news agency)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})/gu;

/** The publication "the paper wrote" refers back to: the last one the text named after its kind, in `earlier`. */
function publicationReferent(role: string, earlier: readonly string[]): string | undefined {
  if (!PUBLICATION_ROLE.test(role)) return undefined;
  return earlier.flatMap((p) => [...p.matchAll(PUBLICATION_NAMED)]).at(-1)?.[1];
}

/**
 * The body a role refers back to (or the publication, "the paper"): "the embassy said" after "The Turkish Embassy in Nur-Sultan said …" is the Turkish
 * Embassy in Nur-Sultan (the last one the text named with capitalised words and that kind, in `earlier`, with its place
 * or its "of …"; or a country's in lower case, "Kazakhstan's foreign ministry"). Undefined for any other role, or when the text named no such body.
 */
export function bodyReferent(role: string, earlier: readonly string[]): string | undefined {
  const noun = BODY.exec(role)?.[1];
  if (!noun) return publicationReferent(role, earlier);
  const kind = noun[0]!.toUpperCase() + noun.slice(1);
  const named = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}’'-]*\s+){1,3}${kind}(?:\s+(?:in|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?)(?![\p{L}])`, 'gu');
  // (Or a country's, in lower case: "Kazakhstan's foreign ministry".)
  const owned = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}-]*['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+)?${noun})(?![\p{L}])`, 'gu');
  const last = earlier.flatMap((p) => [...p.matchAll(named), ...p.matchAll(owned)].sort((a, b) => a.index - b.index)).at(-1)?.[1]?.replace(/^(?:The|A|An)\s+/u, '');
  return last && /\s/u.test(last) ? last : undefined;
}

