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
 *
 * Over 300 lines because the People class (the registry, the names and offices the text has given so far)
 * and the proposal loop share one speaker state; the attribution patterns are in speech-patterns.ts.
 */
import { isIndividual, personKinds, type PersonKind } from '../../lib/content/schema.ts';
import { asciiLower, findPerson, isTitleWord, matchNames, stripTitles, type Person } from '../../lib/people/names.ts';
import { findReportedSpeech } from './reported.ts';
import { maskFootnotes } from './marks.ts';
import { attribute, dropPlace, findQuotations, namesIn, reportingClauses, subjectMentions, trimName, type Attribution, type WhoKind } from './quotations.ts';
import { blockQuoteCredit, interviewAnswers, introducesQuotation } from './interview.ts';
import { embeddedPosts } from './social.ts';
import { CAPITALISED_OFFICE_ROLE } from './speech-patterns.ts';
import { documentReferent, officeHolder, SPOKESPERSON, type OfficeCandidate } from './offices.ts';
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
  /** The heading line the section starts at, if any. */
  heading?: string;
}

const ORGANIZATION = /\b(?:ministry|office|government|kremlin|administration|service|agency|council|committee|party|organi[sz]ation|alliance|embassy|parliament|majlis|duma|bank|army|forces|command|press service|CSTO|NATO|OSCE|UN|EU)\b/i;

/** Roles that refer back to someone already named ("the expert said"), not an office of their own ("the minister said"). */
const REFERS_BACK = /\b(?:expert|analyst|researcher|scholar|scientist|political scientist|professor|academic|author|observer|commentator|writer|sociologist|historian|economist|specialist|former \S+|latter|former)$/i;

/** Endings of Russian, Central Asian, Ukrainian, Armenian and Georgian surnames, which no place name here has. */
const SURNAME_ENDING = /\p{L}{2,}(?:ov|ev|yev|ova|eva|yeva|ovich|evich|enko|yan|ian|uly|kyzy|shvili|dze|bayev|bayeva)$/u;

/** Words that make a capitalised run an institution's name, not a person's ("Almaty Institute of Policy Studies"). */
const INSTITUTION = /\b(?:Institute|Forum|Centre|Center|University|Foundation|Studies|Programme|Program|News|Press|Times|Review|Today|Post|Herald|Club|Fund|Bank|School|Academy|Association|Union|Group|Company|Corporation)\b/u;

/** Lower case without diacritics ("Président" → "president"), for comparing offices across languages. */
const fold = (t: string) => asciiLower(t).replace(/[’]/g, "'");
/** Offices named in other words: "the head of state" is the president. */
const OFFICE_SYNONYMS: Record<string, string> = { 'head of state': 'president', "chef de l'etat": 'president', 'chief executive': 'president' };

/** Looks people up: the registry (by any spelling, closely), and the people this text has named so far. */
export class People {
  private readonly named: string[] = [];
  /** Full names of registry entries the text has given (for initials). */
  private readonly mentioned: string[] = [];
  /** Surnames the text writes after a title ("President Putin", "Dr. Kasymov"): people, though named by one word. */
  private readonly titledSurnames = new Set<string>();
  /** Each name the text gives with an office ("President Sadyr Japarov", "the president Kassym-Jomart Tokayev"): the office's words. */
  private readonly titled: { title: string[]; name: string }[] = [];
  private readonly registry: readonly Person[];
  constructor(registry: readonly Person[]) {
    this.registry = registry;
  }

  /** One name as the text writes it → a registry entry (with a new alias when the spelling is new) or a person's name. */
  private one(written: string): { person?: string; name: string; newAlias?: { id: string; spelling: string } } {
    const name = stripTitles(trimName(written) || written);
    const found = findPerson(this.registry, name);
    // (A new spelling given alone, "Kassymov", after the full name in it, "Erlan Kassymov": the full name is the alias.)
    const spelling = found && !found.exact && !/\s/.test(name) ? (this.mentioned.findLast((n) => n.split(/\s+/).at(-1) === name && findPerson(this.registry, n)?.id === found.id) ?? name) : name;
    if (found) return { person: found.id, name, ...(found.exact ? {} : { newAlias: { id: found.id, spelling } }) };
    // A surname alone (or another spelling) of someone named in full earlier in the text.
    const earlier = this.named.findLast((n) => n !== name && matchNames(n, name) !== undefined && n.split(' ').length > name.split(' ').length);
    if (earlier) return { name: earlier };
    // One word of a full name the text gave, first or last ("Daniyar" after "Daniyar Seitkali", "Wang" after
    // "Wang Wenbin", whose family name comes first): that person (no alias: a name alone is not a spelling of it).
    const full = /^\p{Lu}[\p{L}’'-]+$/u.test(name) ? [...this.mentioned, ...this.named].findLast((n) => { const w = n.split(/\s+/); return w.length >= 2 && (w[0] === name || w.at(-1) === name); }) : undefined;
    const entry = full ? findPerson(this.registry, full) : undefined;
    return entry ? { person: entry.id, name } : { name: full ?? name };
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
    for (const m of paragraph.matchAll(/(?<![\p{L}\p{M}’'-])(\p{Lu}[\p{L}.-]*)\s+(\p{Lu}[\p{Ll}\p{M}’'-]+)(?![\p{L}\p{M}\s]*\p{Lu})/gu)) {
      if (isTitleWord(m[1]!)) this.titledSurnames.add(m[2]!);
    }
    for (const m of paragraph.matchAll(/(?<![\p{L}\p{M}’'-])\p{Lu}[\p{Ll}\p{M}’'-]+(?:[\s-]+\p{Lu}[\p{Ll}\p{M}’'-]+){1,3}(?![\p{L}\p{M}])/gu)) {
      const trimmed = dropPlace(trimName(m[0]), paragraph.slice(0, m.index));
      const name = stripTitles(trimmed);
      if (name.split(' ').length < 2) continue;
      if (!findPerson(this.registry, name)) this.named.push(name);
      else this.mentioned.push(name);
      // The office: title words stripped from the run, and lowercase ones just before it ("the president X").
      // (With the words of the office a place was dropped from: "Head of State Kassym-Jomart Tokayev".)
      const run = trimName(m[0]);
      const stripped = run.slice(0, run.length - name.length).trim().split(/\s+/).filter(Boolean);
      const before = /((?:\p{L}[\p{L}-]*\s+){1,3})$/u.exec(paragraph.slice(0, m.index))?.[1]?.trim().split(/\s+/) ?? [];
      const title = [...before, ...stripped].map((w) => w.toLowerCase());
      // An office the text gives, not one a speaker names inside a quotation ("«… the President of Russia …»").
      const quoted = findQuotations(paragraph).some((q) => q.open < m.index && m.index < (q.close ?? q.end));
      if (title.length > 0 && !quoted) this.titled.push({ title, name });
    }
  }

  /** The last person the text named with the office a role names ("the president" → "President Sadyr Japarov"). */
  byTitle(role: string, acted?: (name: string) => boolean): string | undefined {
    const folded = fold(role).replace(/^(?:the|le|la|les|l')\s*/, '');
    const words = (OFFICE_SYNONYMS[folded] ?? folded).split(/\s+/).filter((w) => !/^(?:himself|herself|themselves|lui-meme|elle-meme)$/.test(w));
    if (words.length === 0) return undefined;
    // (The text's title in the same words: "Head of State Kassym-Jomart Tokayev" is "the President" too.)
    const canonical = (title: string[]) => fold(title.join(' ')).replace(/head of state|chef de l'etat|chief executive/g, 'president').split(/\s+/);
    // (Of several, the last one the text made a clause's subject: "the president said" after "Tokayev thanked
    // President Putin, President Rahmon …" is Tokayev, if he was named so with the office.)
    const holders = this.titled.filter((t) => words.every((w) => canonical(t.title).includes(w)));
    return (holders.findLast((t) => acted?.(t.name)) ?? holders.at(-1))?.name;
  }

  /** Whether a name the text gives is the speaker `s` (the same registry entry, or the same name). */
  isSpeaker(name: string, s: Speaker): boolean {
    const id = findPerson(this.registry, stripTitles(name))?.id;
    return id ? !!s.people?.includes(id) : !!s.speaker && (s.speaker === name || matchNames(s.speaker, name) !== undefined);
  }

  /** Whether the text gave `name` an office other than `role`'s ("Colonel General Andrei Serdyukov" is no president; "», noted X" gives none). */
  holdsOtherOffice(name: string, role: string): boolean {
    const words = fold(role).replace(/^(?:the|le|la|l')\s*/, '');
    const office = (OFFICE_SYNONYMS[words] ?? words).split(/\s+/).at(-1)!;
    const given = this.titled.filter((t) => t.name === name || matchNames(t.name, name) !== undefined).map((t) => t.title.map(fold));
    return given.some((t) => t.length > 0 && !t.includes(office) && !t.every((w) => /^(?:the|a|an|of|le|la|de|and|et|said|says|\p{L}+ed)$/u.test(w)));
  }

  /** The last full name the text gave (or a registry name) whose words' initials are `label` ("AN" → "Aigerim Nurlanova"). */
  byInitials(label: string): string | undefined {
    const initials = (n: string) => n.split(/[\s-]+/).map((w) => w[0]).join('').toUpperCase();
    return this.named.findLast((n) => initials(n) === label) ?? this.mentioned.findLast((n) => initials(n) === label);
  }

  /** Whether a name the text gives as a clause's subject is a person who may speak (not "Tashkent", not an institute). */
  isPerson(written: string): boolean {
    const name = stripTitles(trimName(written) || written);
    if (findPerson(this.registry, name)) return true;
    if (INSTITUTION.test(name) || ORGANIZATION.test(name)) return false;
    if (name.split(' ').length >= 2 || this.titledSurnames.has(name)) return true;
    // A surname alone: one named in full earlier, or one a post-Soviet surname's ending makes a person's ("Tokayev", "Pashinyan").
    if (this.named.some((n) => n.split(' ').length >= 2 && matchNames(n, name) !== undefined) || SURNAME_ENDING.test(name)) return true;
    // Or one word of a full name the text gave ("Daniyar" after "Daniyar Seitkali").
    return [...this.mentioned, ...this.named].some((n) => { const w = n.split(/\s+/); return w.length >= 2 && (w[0] === name || w.at(-1) === name); });
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

/** A sentence opening with a pronoun as its subject. */
const PRONOUN_SENTENCE = /^(?:He|She|They|Il|Elle)\s+\p{Ll}/u;
/** The last whole sentence of a text ("…. He is less sure. " → "He is less sure."); empty when the text ends mid-sentence. */
function lastSentence(text: string): string {
  const t = text.trimEnd();
  if (!/[.!?…]$/.test(t)) return '';
  const sentences = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(t)];
  return sentences.at(-1)?.segment.trim() ?? '';
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
  /** Paraphrases by someone unnamed ("A regional analyst said …"), waiting for the next paragraph to name them. */
  const unnamedFirst: ParaphraseProposal[] = [];
  /** The speaker of the last quotation of the previous paragraph (for a paragraph that is only a quotation). */
  let previousParagraph: Speaker | undefined;

  /** The last individual among them: "he" and "she" refer to a person, never to a treaty or an organisation. */
  let lastIndividual: Speaker | undefined;
  const kinds = new Map(registry.map((p) => [p.id, (p as { kind?: string }).kind]));
  const kindOfEntry = (id: string) => kinds.get(id) as PersonKind | undefined;
  const individual = (s: Speaker) => {
    // (An office the text leaves unnamed, "the president", is one person; "the protesters", "the ministry" are not.)
    if (!s.people) return s.speakerType === 'person' || (!!s.speaker && (s.speakerType === undefined || (/^the\s/iu.test(s.speaker) && !/s$/u.test(s.speaker) && !ORGANIZATION.test(s.speaker))));
    const kind = s.people.length === 1 ? kindOfEntry(s.people[0]!) : undefined;
    // (An entry without a kind, as a bare registry may be, counts as a person.)
    return s.people.length === 1 && (kind === undefined || !personKinds.includes(kind) || isIndividual(kind));
  };
  /** The paragraph (counted through the sections) where the last individual was named or spoke. */
  let lastIndividualAt = -1;
  /** Everyone the text made a clause's subject or a speaker so far. */
  const actors: Speaker[] = [];
  const acted = (name: string) => actors.some((s) => people.isSpeaker(name, s));
  const setLast = (s: Speaker) => {
    lastPerson = s;
    actors.push(s);
    if (individual(s)) [lastIndividual, lastIndividualAt] = [s, flat];
    return s;
  };

  const speakerOf = (a: Attribution, spokeBefore: readonly Speaker[] = []): (Speaker & { newAlias?: { id: string; spelling: string } }) | undefined => {
    if (a.kind === 'name') return people.resolve(a.who);
    // "the president said": the president the text named, if it did.
    const titled = a.kind === 'role' && !REFERS_BACK.test(a.who) ? people.byTitle(a.who, acted) : undefined;
    if (titled) return people.resolve(titled);
    const holder = a.kind === 'role' && !REFERS_BACK.test(a.who) ? officeHolder(a.who, officeCandidate(), spokeBefore.map(label), (n, r) => people.holdsOtherOffice(n, r)) : undefined;
    if (holder) return holder;
    // An office capitalised after "the" ("the Head of State said", the house style of a state's own media), its
    // holder never named with it: the individual last named in this paragraph or the one before, if they may hold it (as above).
    const capitalised = a.kind === 'role' && CAPITALISED_OFFICE_ROLE.test(a.who) ? officeHolder(a.who, officeCandidate(true), spokeBefore.map(label), (n, r) => people.holdsOtherOffice(n, r)) : undefined;
    if (capitalised) return capitalised;
    // "the readout added" after "according to a Kremlin readout": that document.
    const document = a.kind === 'role' ? documentReferent(a.who, allParagraphs.slice(0, flat + 1)) : undefined;
    if (document) return { speaker: document, speakerType: 'organization' };
    if (a.kind === 'group' || (a.kind === 'role' && !REFERS_BACK.test(a.who))) return { speaker: a.who, speakerType: ORGANIZATION.test(a.who) ? 'organization' : 'group' };
    // He, she (il, elle, он, она): an individual; they: whoever was last.
    return /^(?:he|she|il|elle|он|она)$/iu.test(a.who) ? (lastIndividual ?? lastPerson) : lastPerson;
  };

  /** The individual last named in this paragraph (or `previousToo`, the one before), else the one the section's heading names: who may hold an office named alone. */
  const officeCandidate = (previousToo = false): OfficeCandidate | undefined => {
    const candidate = lastIndividualAt === flat || (previousToo && lastIndividualAt === flat - 1) ? lastIndividual : headingPerson;
    const id = candidate?.people?.[0];
    return candidate && { speaker: candidate, name: candidate.speaker ?? registry.find((p) => p.id === id)?.name, kind: id ? kindOfEntry(id) : undefined };
  };
  const allParagraphs = sections.flatMap((s) => s.paragraphs);
  /** The one person the current section's heading names, if it names one. */
  let headingPerson: Speaker | undefined;

  // A Q&A: each answer is the interviewee's words, marked whole (their label names them; "A:" the person introduced).
  const sectionStarts = new Set(sections.map((_, i) => sections.slice(0, i).reduce((n, s) => n + s.paragraphs.length, 0)));
  const answers = interviewAnswers(sections.flatMap((s) => s.paragraphs), (a, b) => a === b || matchNames(a, b) !== undefined, sectionStarts);
  // A post quoted whole under its author's name and handle: an answer of its author's, as it were.
  const headingAt = new Map(sections.map((s, i) => [sections.slice(0, i).reduce((n, x) => n + x.paragraphs.length, 0), s.heading]));
  for (const [i, name] of embeddedPosts(sections.flatMap((s) => s.paragraphs), (i) => headingAt.get(i))) if (!answers.has(i)) answers.set(i, { label: name, start: 0 });
  let flat = -1;
  /** The person the text last named before the interview, for answers labelled "A:" ("We asked Erlan Kasymov …"). */
  let lastNamed: string | undefined;
  let interviewee: Speaker | undefined;

  for (const section of sections) {
    const inHeading = section.heading ? namesIn(section.heading).filter((n) => people.isPerson(n)) : [];
    headingPerson = inHeading.length === 1 ? speakerFields(people.resolve(inHeading[0]!)) : undefined;
    if (headingPerson && !individual(headingPerson)) headingPerson = undefined;
    section.paragraphs.forEach((source, index) => {
      flat++;
      // Footnote numbers blanked ("otherwise."3): the same indexes, the words are the source's.
      const paragraph = maskFootnotes(source);
      people.rememberNames(paragraph);
      const answer = answers.get(flat);
      // (A full name before a word alone: "political scientist Yerlan Qasymov … from Kazakh and Russian".)
      const named = answer ? [] : namesIn(paragraph).filter((n) => people.isPerson(n));
      if (!answer) lastNamed = named.findLast((n) => /\s/.test(n)) ?? named.at(-1) ?? lastNamed;
      if (answer) {
        // (The interviewee's spelling, if new, proposed as an alias with their first answer: "Yerlan Qasymov".)
        const first = /^(?:A|Answer)$/.test(answer.label) && !interviewee && lastNamed ? people.resolve(lastNamed) : undefined;
        if (/^(?:A|Answer)$/.test(answer.label)) interviewee ??= first ? speakerFields(first) : lastPerson;
        // Initials ("AN:") are the person the text named whose name they are the initials of.
        const initialled = /^\p{Lu}{2,3}$/u.test(answer.label) ? people.byInitials(answer.label) : undefined;
        const who = /^(?:A|Answer)$/.test(answer.label) ? (first ?? interviewee) : people.resolve(initialled ?? answer.label);
        const end = paragraph.trimEnd().length;
        if (!who || end <= answer.start) return;
        const { newAlias, ...speaker } = who as Speaker & { newAlias?: { id: string; spelling: string } };
        const attribution: Attribution = { phrase: `${answer.label}: (an answer in the interview)`, verb: 'answer', side: 'before', at: 0, who: answer.label, kind: 'name' };
        proposals.push({ id: ids.next(label(speaker)), section: section.slug, paragraph: index + 1, start: answer.start, end, text: source.slice(answer.start, end), marked: true, attribution, ...speakerFields(speaker), ...(newAlias ? { newAlias } : {}) });
        previousParagraph = setLast(speakerFields(speaker));
        return;
      }
      const quotations = findQuotations(paragraph);
      const attributions = attribute(paragraph, quotations);
      const reported = findReportedSpeech(paragraph);
      const inParagraph: QuoteProposal[] = [];
      const onlyQuotation = /^\s*[“„«"‘]/u.test(paragraph) && attributions.every((a) => a === undefined);
      // Everyone the paragraph names as speaking ("the president Toqaev announced") or acting ("Blinken
      // questioned"), in order: the people later pronouns refer to.
      const subjects = subjectMentions(paragraph).filter((c) => people.isPerson(c.who));
      const quoted = (at: number) => quotations.some((q) => q.open < at && at < (q.close ?? q.end));
      const speakingClauses = reported.map((r) => ({ ...r, at: r.start })).filter((c) => c.kind === 'name');
      const mentions = [...reportingClauses(paragraph).filter((c) => c.kind === 'name'), ...subjects].filter((c) => !quoted(c.at)).sort((a, b) => a.at - b.at);
      let mentioned = 0;
      /** The reported speech just before a quotation that opens its sentence (nothing else between them). */
      const reportedBefore = (open: number) => reported.find((r) => r.end <= open && /^[\s.!?]*$/u.test(paragraph.slice(r.end, open)) && r.kind !== 'group');
      const credit = onlyQuotation ? blockQuoteCredit(section.paragraphs[index + 1]) : undefined;
      // "X wrote:" above a block quotation, or the last person the introducing paragraph names ("Pashinyan's own words …:").
      const introducing = onlyQuotation && introducesQuotation(section.paragraphs[index - 1]) ? section.paragraphs[index - 1]! : undefined;
      const introName = introducing && (reportingClauses(introducing).findLast((c) => c.kind === 'name')?.who ?? namesIn(introducing).findLast((n) => people.isPerson(n)));
      const intro = introName ? people.resolve(introName) : undefined;
      quotations.forEach((q, i) => {
        // People named as speaking before this quotation become the referent of later pronouns.
        for (; mentioned < mentions.length && mentions[mentioned]!.at < q.open; mentioned++) {
          const m = mentions[mentioned]!;
          if (m.kind === 'name') setLast(people.resolve(m.who));
        }
        // A quotation over several paragraphs: each opens with a mark, only the last closes; this part ends with its paragraph.
        const runsOn = q.close === undefined && q.end >= paragraph.trimEnd().length && /^\s*[“„«"‘]/u.test(section.paragraphs[index + 1] ?? '');
        const closed = q.close !== undefined || runsOn;
        const text = source.slice(q.start, q.end);
        // A Russian name in « » is neither marked nor listed.
        if (q.name) return;
        if (q.garbled) {
          unattributed.push({ section: section.slug, paragraph: index + 1, text: paragraph.slice(q.open, (q.close ?? q.end) + 1), closed, garbled: true });
          return;
        }
        // A word named as never said ("He did not use the word “gas” once") is nobody's quotation.
        if (/\b(?:not|never|n['’]t)\s+(?:\p{Ll}+\s+)?(?:use|say|utter|mention|write)\s+the\s+(?:word|term|phrase|name)\s*$/iu.test(paragraph.slice(0, q.open))) {
          unattributed.push({ section: section.slug, paragraph: index + 1, text: excerpt(text), closed });
          return;
        }
        // (A place whose sentence holds a quotation is not its speaker: "Kazakhstan entered a “new era”".)
        const found = attributions[i]?.acts && !people.isPerson(attributions[i]!.who) && !ORGANIZATION.test(attributions[i]!.who) ? undefined : attributions[i];
        const last = inParagraph.findLast((p) => p.marked);
        const before = last && speakerFields(last);
        let who: (Speaker & { newAlias?: { id: string; spelling: string } }) | undefined;
        let attribution: QuoteProposal['attribution'] | undefined = found;
        // "The Foreign Office has urged restraint. A spokesman said: “…”": the body speaks through its spokesman.
        const body = found?.kind === 'group' && SPOKESPERSON.test(found.who) ? subjectMentions(paragraph).filter((c) => c.at < q.open && ORGANIZATION.test(c.who)).at(-1) : undefined;
        if (body) who = people.resolve(body.who);
        else if (found) who = speakerOf(found, [...inParagraph, ...speakingClauses.filter((c) => c.at < q.open).map((c) => speakerFields(people.resolve(c.who)))]);
        else if (before) {
          who = before;
          attribution = { phrase: `continues ${label(before)}`, verb: 'continuation', side: 'before', at: -1, who: label(before), kind: 'name' };
        } else if (onlyQuotation && (credit ?? intro)) {
          // A block quotation: its credit line below ("– X"), or the paragraph that introduced it ("X wrote:").
          const name = (credit ?? intro)!;
          who = credit ? people.resolve(credit) : intro;
          attribution = { phrase: credit ? `– ${credit} (next paragraph)` : `${label(intro!)} (the paragraph before, ending with a colon)`, verb: credit ? '–' : 'introduction', side: credit ? 'after' : 'before', at: -1, who: typeof name === 'string' ? name : label(name), kind: 'name' };
        } else if (reportedBefore(q.open)) {
          // “…” opening the sentence after reported speech ("She added that the troops … . “They are guarding …”"): its speaker.
          const r = reportedBefore(q.open)!;
          who = r.kind === 'name' ? people.resolve(r.who) : r.kind === 'pronoun' ? lastPerson : undefined;
          attribution = who && { phrase: `continues ${label(who)} (reported speech before it)`, verb: 'continuation', side: 'before', at: r.start, who: label(who), kind: 'name' };
        } else if (!onlyQuotation && lastPerson && PRONOUN_SENTENCE.test(lastSentence(paragraph.slice(0, q.open)))) {
          // "He is less sure what the bill will be. “Moscow does not …”": the sentence before is about the last person named.
          who = lastPerson;
          attribution = { phrase: `${label(lastPerson)} (the sentence before, about "${lastSentence(paragraph.slice(0, q.open)).split(/\s+/)[0]}")`, verb: 'continuation', side: 'before', at: -1, who: label(lastPerson), kind: 'pronoun' };
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
        // A person, or an office holder the text leaves unnamed ("the president"): later pronouns refer to them.
        if ((speaker.speakerType !== 'organization' && speaker.speakerType !== 'group') || found?.kind === 'role') setLast(speakerFields(speaker));
      });
      // People named after the last quotation (or in a paragraph without one) are referents too.
      // (Not the people reported speech is about: "He argues that Tokayev was lucky".)
      const aboutWhom = (at: number) => reported.some((r) => r.start <= at && at < r.end);
      for (; mentioned < mentions.length; mentioned++) if (!aboutWhom(mentions[mentioned]!.at)) setLast(speakerFields(people.resolve(mentions[mentioned]!.who)));
      // Someone unnamed first ("A regional analyst … said …") is the person named as speaking next, in this
      // paragraph or the next ("“…,” said the analyst, Daniar Seitkali").
      const namedSpeaker = (from: number) => inParagraph.find((p) => p.marked && p.start > from && p.attribution.kind === 'name' && p.attribution.verb !== 'continuation');
      for (const p of unnamedFirst.splice(0)) {
        const q = namedSpeaker(-1);
        if (q && p.section === section.slug && p.paragraph === index) Object.assign(p, { speaker: undefined, speakerType: undefined }, speakerFields(q));
      }
      for (const r of reported) {
        const office = r.kind === 'role' ? people.byTitle(r.who, acted) : undefined;
        const titled = office && office.split(/\s+/).length >= 2 ? office : undefined;
        const who = r.kind === 'name' ? people.resolve(r.who) : titled ? people.resolve(titled) : r.kind === 'group' ? { speaker: r.who, speakerType: 'group' as const } : lastPerson;
        if (!who) continue;
        const speaker = speakerFields(who);
        const proposal: ParaphraseProposal = { section: section.slug, paragraph: index + 1, text: source.slice(r.start, r.end), verb: r.verb, ...speaker };
        paraphrases.push(proposal);
        if (r.kind === 'name') setLast(speaker);
        if (r.kind === 'group' && /^an?\s/iu.test(r.who)) {
          const q = namedSpeaker(r.end);
          if (q) Object.assign(proposal, { speaker: undefined, speakerType: undefined }, speakerFields(q));
          else unnamedFirst.push(proposal);
        }
      }
      if (inParagraph.length > 0) previousParagraph = speakerFields(inParagraph.at(-1)!);
      else if (mentions.length > 0 || reported.length > 0) previousParagraph = lastPerson;
      proposals.push(...inParagraph);
    });
  }
  return { proposals, unattributed, paraphrases };
}
