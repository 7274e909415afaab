/**
 * Quote proposals for a draft: each attributed quotation (quotations.ts)
 * gets an id and who speaks. A name is matched against the whole people
 * registry (people.yaml: analysts, officials, organisations…) by spelling
 * and transliteration (src/lib/people/names.ts): a close match is that
 * entry, with the new spelling proposed as an alias, never a new person; a surname alone is the person named in full earlier in the text;
 * a pronoun or a role ("he added", "the expert said") is the last person
 * named; a quotation with no attribution continues the speaker of the
 * quotation before it in its paragraph, and a paragraph that is only a
 * quotation continues the previous paragraph's. Only a closed, attributed,
 * well-formed quotation is marked in the draft; the others, and reported
 * speech (paraphrase proposals), are listed in the report for the editor.
 */
import { findPerson, matchNames, type Person } from '../../lib/people/names.ts';
import { attribute, findQuotations, findReportedSpeech, reportingClauses, trimName, type Attribution, type WhoKind } from './quotations.ts';
import { slugify } from './structure.ts';

/** A registry entry, as matching needs it. */
export type KnownPerson = Person;

export interface Speaker {
  /** people.yaml ids (a joint quote has two). */
  people?: string[];
  speaker?: string;
  speakerType?: 'person' | 'organization' | 'group';
}

export interface QuoteProposal extends Speaker {
  id: string;
  /** Slug of the section and 1-based number of the paragraph (`p3`). */
  section: string;
  paragraph: number;
  /** The quoted words: [start, end) in the paragraph, inside the quotation marks. */
  start: number;
  end: number;
  text: string;
  /** True when the draft marks it; false when only the report proposes it. */
  marked: boolean;
  /** Why it is not marked. */
  reason?: string;
  /** The attribution found, or how the speaker was inferred. */
  attribution: Attribution | { phrase: string; verb: 'continuation'; side: 'before'; at: number; who: string; kind: WhoKind };
  continues?: string;
  /** A spelling of a registry entry that people.yaml does not list: propose it as an alias. */
  newAlias?: { id: string; spelling: string };
}

/** A quotation no attribution explains, or a mark that is not a quotation: the editor decides. */
export interface UnattributedQuotation {
  section: string;
  paragraph: number;
  text: string;
  closed: boolean;
  garbled?: boolean;
}

/** Reported speech ("X argued that …"): proposed as `kind=paraphrase`, not marked. */
export interface ParaphraseProposal extends Speaker {
  section: string;
  paragraph: number;
  text: string;
  verb: string;
}

export interface SectionText {
  slug: string;
  paragraphs: readonly string[];
}

/** Titles, offices and demonyms before a name: "President Kassym-Jomart Tokayev", "Kazakh analyst …". */
const TITLE_WORDS = new Set(
  'President Vice Prime Minister Foreign Defence Defense Interior Deputy Secretary General Secretary-General Ambassador Senator Professor Prof Prof. Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Mme M. Gen. Colonel Chairman Chairwoman Director Spokesman Spokeswoman Kazakh Russian Chinese French German American British Uzbek Kyrgyz Tajik Turkmen Belarusian Armenian Political Analyst Expert'.split(' '),
);
const ORGANIZATION = /\b(?:ministry|office|government|kremlin|administration|service|agency|council|committee|party|organi[sz]ation|alliance|embassy|parliament|majlis|duma|bank|army|forces|command|press service|CSTO|NATO|OSCE|UN|EU)\b/i;

/** Roles that refer back to someone already named ("the expert said"), not an office of their own ("the minister said"). */
const REFERS_BACK = /\b(?:expert|analyst|researcher|scholar|scientist|political scientist|professor|academic|author|observer|commentator|writer|sociologist|historian|economist|specialist|former \S+|latter|former)$/i;

export function stripTitles(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && TITLE_WORDS.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** Looks people up: the registry (by any spelling, closely), and the people this text has named so far. */
export class People {
  private readonly named: string[] = [];
  private readonly registry: readonly Person[];
  constructor(registry: readonly Person[]) {
    this.registry = registry;
  }

  /** One name as the text writes it → a registry entry (with a new alias when the spelling is new) or a person's name. */
  private one(written: string): { person?: string; name: string; newAlias?: { id: string; spelling: string } } {
    const name = stripTitles(trimName(written) || written);
    const found = findPerson(this.registry, name);
    if (found) return { person: found.id, name, ...(found.exact ? {} : { newAlias: { id: found.id, spelling: name } }) };
    // A surname alone (or another spelling) of someone named in full earlier in the text.
    const earlier = this.named.findLast((n) => n !== name && matchNames(n, name) !== undefined && n.split(' ').length > name.split(' ').length);
    return { name: earlier ?? name };
  }

  /** Who a name (or "X and Y") is. */
  resolve(written: string): Speaker & { newAlias?: { id: string; spelling: string } } {
    const parts = written.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).filter(Boolean);
    const found = parts.map((p) => this.one(p));
    for (const f of found) if (!f.person) this.named.push(f.name);
    const newAlias = found.find((f) => f.newAlias)?.newAlias;
    if (found.every((f) => f.person)) return { people: [...new Set(found.map((f) => f.person!))], ...(newAlias ? { newAlias } : {}) };
    const speaker = found.map((f) => f.name).join(' and ');
    return { speaker, speakerType: ORGANIZATION.test(speaker) || /^\p{Lu}{2,}$/u.test(speaker) ? 'organization' : 'person', ...(newAlias ? { newAlias } : {}) };
  }

  /** Remembers the full names a paragraph writes ("President Kassym-Jomart Tokayev accepted …"), for surnames used later. */
  rememberNames(paragraph: string): void {
    for (const m of paragraph.matchAll(/(?<![\p{L}\p{M}’'-])\p{Lu}[\p{Ll}\p{M}’'-]+(?:[\s-]+\p{Lu}[\p{Ll}\p{M}’'-]+){1,3}(?![\p{L}\p{M}])/gu)) {
      const name = stripTitles(trimName(m[0]));
      if (name.split(' ').length >= 2 && !findPerson(this.registry, name)) this.named.push(name);
    }
  }

  /** Remembers a person the text names (the subject of a reporting verb), for later pronouns and surnames. */
  remember(written: string): void {
    const name = stripTitles(trimName(written));
    if (name) this.named.push(name);
  }
}

/** Allocates `q-<who>-<n>` ids, skipping any already used in the content root. */
export class QuoteIds {
  private readonly used: Set<string>;
  constructor(used: Iterable<string>) {
    this.used = new Set(used);
  }
  next(who: string): string {
    const base = `q-${slugify(who, 40) || 'speaker'}`;
    let n = 1;
    while (this.used.has(`${base}-${n}`)) n++;
    this.used.add(`${base}-${n}`);
    return `${base}-${n}`;
  }
}

function excerpt(text: string, max = 70): string {
  return text.length <= max ? text : `${text.slice(0, max).trimEnd()}…`;
}

const label = (s: Speaker) => s.people?.join(' ') ?? s.speaker ?? '';

/** Only who speaks, of a proposal. */
function speakerFields(s: Speaker): Speaker {
  return s.people ? { people: s.people } : { speaker: s.speaker, ...(s.speakerType ? { speakerType: s.speakerType } : {}) };
}

/** Proposes quotes (and paraphrases) for every paragraph of every section, in reading order. */
export function proposeQuotes(
  sections: readonly SectionText[],
  registry: readonly Person[],
  ids: QuoteIds,
): { proposals: QuoteProposal[]; unattributed: UnattributedQuotation[]; paraphrases: ParaphraseProposal[] } {
  const people = new People(registry);
  const proposals: QuoteProposal[] = [];
  const unattributed: UnattributedQuotation[] = [];
  const paraphrases: ParaphraseProposal[] = [];
  /** The last person who spoke or was named as speaking: pronouns and roles refer to them. */
  let lastPerson: Speaker | undefined;
  /** The speaker of the last quotation of the previous paragraph (for a paragraph that is only a quotation). */
  let previousParagraph: Speaker | undefined;

  const speakerOf = (a: Attribution): (Speaker & { newAlias?: { id: string; spelling: string } }) | undefined => {
    if (a.kind === 'name') return people.resolve(a.who);
    if (a.kind === 'group' || (a.kind === 'role' && !REFERS_BACK.test(a.who))) return { speaker: a.who, speakerType: ORGANIZATION.test(a.who) ? 'organization' : 'group' };
    return lastPerson;
  };

  for (const section of sections) {
    section.paragraphs.forEach((paragraph, index) => {
      people.rememberNames(paragraph);
      const quotations = findQuotations(paragraph);
      const attributions = attribute(paragraph, quotations);
      const reported = findReportedSpeech(paragraph);
      const inParagraph: QuoteProposal[] = [];
      const onlyQuotation = /^\s*[“«"]/u.test(paragraph) && attributions.every((a) => a === undefined);
      // Everyone the paragraph names as speaking ("the president Toqaev announced"), in order.
      const mentions = reportingClauses(paragraph).filter((c) => c.kind === 'name');
      let mentioned = 0;
      quotations.forEach((q, i) => {
        // People named as speaking before this quotation become the referent of later pronouns.
        for (; mentioned < mentions.length && mentions[mentioned]!.at < q.open; mentioned++) {
          const m = mentions[mentioned]!;
          if (m.kind === 'name') lastPerson = people.resolve(m.who);
        }
        const closed = q.close !== undefined;
        const text = paragraph.slice(q.start, q.end);
        if (q.garbled) {
          unattributed.push({ section: section.slug, paragraph: index + 1, text: paragraph.slice(q.open, (q.close ?? q.end) + 1), closed, garbled: true });
          return;
        }
        const found = attributions[i];
        const last = inParagraph.findLast((p) => p.marked);
        const before = last && speakerFields(last);
        let who: (Speaker & { newAlias?: { id: string; spelling: string } }) | undefined;
        let attribution: QuoteProposal['attribution'] | undefined = found;
        if (found) who = speakerOf(found);
        else if (before) {
          who = before;
          attribution = { phrase: `continues ${label(before)}`, verb: 'continuation', side: 'before', at: -1, who: label(before), kind: 'name' };
        } else if (onlyQuotation && previousParagraph) {
          who = previousParagraph;
          attribution = { phrase: `continues ${label(previousParagraph)} (previous paragraph)`, verb: 'continuation', side: 'before', at: -1, who: label(previousParagraph), kind: 'name' };
        }
        if (!who || !attribution || text.trim() === '') {
          unattributed.push({ section: section.slug, paragraph: index + 1, text: excerpt(text), closed });
          return;
        }
        const { newAlias, ...speaker } = who;
        const proposal: QuoteProposal = {
          id: ids.next(label(speaker)),
          section: section.slug,
          paragraph: index + 1,
          start: q.start,
          end: q.end,
          text: closed ? text : excerpt(text),
          marked: closed,
          reason: closed ? undefined : 'no closing quotation mark in the paragraph: mark where the quotation ends by hand',
          attribution,
          ...speaker,
          ...(newAlias ? { newAlias } : {}),
        };
        // "“…,” said X, “…”": one attribution between two parts of one statement.
        const shared = inParagraph.findLast((p) => p.marked && found && Math.abs(p.attribution.at - found.at) <= 2 && p.attribution.verb !== 'continuation');
        const continued = found && /^continu/.test(found.verb) ? inParagraph.findLast((p) => p.marked && label(p) === label(speaker)) : undefined;
        const continues = (shared ?? continued)?.id;
        if (proposal.marked && continues) proposal.continues = continues;
        inParagraph.push(proposal);
        if (speaker.speakerType !== 'organization' && speaker.speakerType !== 'group') lastPerson = speakerFields(speaker);
      });
      for (const r of reported) {
        const who = r.kind === 'name' ? people.resolve(r.who) : r.kind === 'group' ? { speaker: r.who, speakerType: 'group' as const } : lastPerson;
        if (!who) continue;
        const speaker = speakerFields(who);
        paraphrases.push({ section: section.slug, paragraph: index + 1, text: paragraph.slice(r.start, r.end), verb: r.verb, ...speaker });
        if (r.kind === 'name') lastPerson = speaker;
      }
      if (inParagraph.length > 0) previousParagraph = speakerFields(inParagraph.at(-1)!);
      proposals.push(...inParagraph);
    });
  }
  return { proposals, unattributed, paraphrases };
}
