/**
 * Quote proposals for a draft: each attributed quotation (quotations.ts)
 * gets an id and who speaks. A name is matched against the whole people
 * registry (people.yaml: analysts, officials, organisations…) by spelling
 * and transliteration (src/lib/people/names.ts): a close match is that
 * entry, with the new spelling proposed as an alias, never a new person; a surname alone is the person named in full earlier in the text;
 * a pronoun or a role ("he added", "the expert said") is the last person
 * named ("she" and "he" the last whose name does not say the other gender:
 * pronoun-gender.ts); a quotation with no attribution continues the speaker of the
 * quotation before it in its paragraph, and a paragraph that is only a
 * quotation continues the previous paragraph's. Only a closed, attributed,
 * well-formed quotation is marked in the draft; the others, and reported
 * speech (paraphrase proposals), are listed in the report for the editor.
 *
 * Who a name is (the registry, the names and offices the text has given so far) is in people.ts, whom
 * pronouns and roles refer to in referents.ts, the attribution patterns in speech-patterns.ts. Over 300
 * lines because the proposal loop's steps (answers, quotations, continuations, reported speech) share the
 * paragraph's state.
 */
import { matchNames, type Person } from '../../lib/people/names.ts';
import { COUNTRY_IN_STAN, ORGANIZATION, People } from './people.ts';
import { findReportedSpeech } from './reported.ts';
import { maskFootnotes } from './marks.ts';
import { attribute, AUTHORS_DISTANCE, findQuotations, namesIn, reportingClauses, subjectMentions, type Attribution } from './quotations.ts';
import { blockQuoteCredit, interviewAnswers, introducesQuotation } from './interview.ts';
import { embeddedPosts } from './social.ts';
import { CAPITALISED_OFFICE_ROLE } from './speech-patterns.ts';
import { bodyReferent, documentReferent, isTitleWord, laterHolder, officeHolder, SPOKESPERSON } from './offices.ts';
import { Referents } from './referents.ts';
import { introducedAs, unnamedBefore } from './unnamed.ts';
import { repeatedFrom } from './echoes.ts';
import { isAuthorsTerm } from './terms.ts';

/** A registry entry, as matching needs it. */
export type KnownPerson = Person;
export { People } from './people.ts';
export { QuoteIds, type ParaphraseProposal, type QuoteProposal, type SectionText, type Speaker, type UnattributedQuotation } from './proposals.ts';
import type { ParaphraseProposal, QuoteIds, QuoteProposal, SectionText, Speaker, UnattributedQuotation } from './proposals.ts';

/** Roles that refer back to someone already named ("the expert said"), not an office of their own ("the minister said"). */
const REFERS_BACK = /\b(?:expert|analyst|researcher|scholar|scientist|political scientist|professor|academic|author|observer|commentator|writer|sociologist|historian|economist|specialist|businesswoman|businessman|entrepreneur|shopkeeper|shop owner|trader|broker|banker|lawyer|activist|former \S+|latter|former)$/i;


/** "according to X": a person named as the source of what the sentence says. */
const ACCORDING_TO = /\b[Aa]ccording to (\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu;

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
  /** Who pronouns, roles and offices named alone refer to. */
  const refs = new Referents(registry, people);
  /** Paraphrases by someone unnamed ("A regional analyst said …"), waiting for the next paragraph to name them. */
  const unnamedFirst: ParaphraseProposal[] = [];
  /** The speaker of the last quotation of the previous paragraph (for a paragraph that is only a quotation). */
  let previousParagraph: Speaker | undefined;

  const acted = (name: string) => refs.acted(name);
  const setLast = (s: Speaker) => refs.set(s, flat);

  const speakerOf = (a: Attribution, spokeBefore: readonly Speaker[] = []): (Speaker & { newAlias?: { id: string; spelling: string } }) | undefined => {
    const holderOf = (role: string, previousToo: boolean, title = false) =>
      officeHolder(role, refs.officeCandidate(flat, previousToo, headingPerson), spokeBefore.map(label), (n, r) => people.holdsOtherOffice(n, r), title);
    // "said the Elbasy": one capitalised word after "the" that is nobody's name is a title, held by the individual
    // last named here or in the paragraph before (as a capitalised office is, below).
    const title = a.kind === 'name' && isTitleWord(a.who, allParagraphs[flat] ?? '') && !people.isPerson(a.who);
    const titleHolder = title ? holderOf(`the ${a.who}`, true, true) : undefined;
    if (titleHolder) return titleHolder;
    if (a.kind === 'name') return people.resolve(a.who);
    // "the president said": the president the text named, if it did.
    const titled = a.kind === 'role' && !REFERS_BACK.test(a.who) ? people.byTitle(a.who, acted) : undefined;
    if (titled) return people.resolve(titled);
    // (The one before too when this paragraph opens with the quotation: "X instructed the government … ¶ «…», – the head of state said.")
    const opensQuoted = /^\s*[“"«„‘']/u.test(allParagraphs[flat] ?? '');
    const holder = a.kind === 'role' && !REFERS_BACK.test(a.who) ? holderOf(a.who, opensQuoted) : undefined;
    if (holder) return holder;
    // An office capitalised after "the" ("the Head of State said", the house style of a state's own media), its
    // holder never named with it: the individual last named in this paragraph or the one before, if they may hold it (as above).
    const capitalised = a.kind === 'role' && CAPITALISED_OFFICE_ROLE.test(a.who) ? holderOf(a.who, true) : undefined;
    if (capitalised) return capitalised;
    // "Kazakhstan's president said …" in a lead, "President Kassym-Jomart Tokayev …" in the next paragraphs: the holder named after.
    const named = a.kind === 'role' && flat <= 1 && !REFERS_BACK.test(a.who) ? laterHolder(a.who, allParagraphs.slice(flat + 1, flat + 3)) : undefined;
    if (named) return people.resolve(named);
    // "the readout added" after "according to a Kremlin readout": that document.
    const document = a.kind === 'role' ? documentReferent(a.who, allParagraphs.slice(0, flat + 1)) : undefined;
    if (document) return { speaker: document, speakerType: 'organization' };
    // "the embassy said" after "The Turkish Embassy in Nur-Sultan said …": that body.
    const body = a.kind === 'role' || a.kind === 'group' ? bodyReferent(a.who, allParagraphs.slice(0, flat + 1)) : undefined;
    if (body) return { speaker: body, speakerType: 'organization' };
    // "A Kazakh government official … told TCA … “…,” the official said": the one the text introduced so.
    const introduced = a.kind === 'role' ? introducedAs(a.who, allParagraphs.slice(Math.max(0, flat - 1), flat + 1)) : undefined;
    if (introduced) return { speaker: introduced, speakerType: 'person' };
    if (a.kind === 'group' || (a.kind === 'role' && !REFERS_BACK.test(a.who))) return { speaker: a.who, speakerType: ORGANIZATION.test(a.who) ? 'organization' : 'group' };
    // A role that refers back ("the analyst said"): the last individual; he, she (il, elle, он, она): an individual; they: whoever was last.
    return a.kind === 'role' ? refs.referBack() : refs.pronoun(a.who);
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
    if (headingPerson && !refs.isIndividual(headingPerson)) headingPerson = undefined;
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
        if (/^(?:A|Answer)$/.test(answer.label)) interviewee ??= first ? speakerFields(first) : refs.last;
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
      // (A first name alone is a person's when a "who" or "whose" clause follows it: "Svetlana, whose son serves in Ivanovo, learned …".)
      const described = (who: string) => /^\p{Lu}\p{Ll}+$/u.test(who) && new RegExp(String.raw`(?:^|[.!?]\s+)${who},\s+(?:who|whose)\s`, 'u').test(paragraph);
      const subjects = subjectMentions(paragraph).filter((c) => people.isPerson(c.who) || described(c.who));
      const quoted = (at: number) => quotations.some((q) => q.open < at && at < (q.close ?? q.end));
      const speakingClauses = reported.map((r) => ({ ...r, at: r.start })).filter((c) => c.kind === 'name');
      // (And the speaker of reported speech named after it: "…, says Yerlan Kassymov, a security analyst in Nur-Sultan.")
      const namedAfter = reported.filter((r) => r.kind === 'name').flatMap((r) => {
        const at = paragraph.indexOf(r.who, r.end);
        return at >= 0 && at - r.end < 80 ? [{ who: r.who, kind: 'name' as const, at }] : [];
      });
      // (And "according to X" anywhere in the sentence: "The real reckoning, according to Nurlanova, will come …".)
      const accordingTo = [...paragraph.matchAll(ACCORDING_TO)].filter((m) => people.isPerson(m[1]!)).map((m) => ({ who: m[1]!, kind: 'name' as const, at: m.index }));
      const mentions = [...reportingClauses(paragraph).filter((c) => c.kind === 'name' && !COUNTRY_IN_STAN.test(c.who)), ...subjects, ...namedAfter, ...accordingTo].filter((c) => !quoted(c.at)).sort((a, b) => a.at - b.at);
      let mentioned = 0;
      /** Whether a name at `at` is inside reported speech, what it is about (not who speaks: the speech's own speaker `who` is not). */
      const aboutWhom = (at: number, who?: string) => reported.some((r) => r.start <= at && at < r.end && r.who !== who);
      /** The reported speech just before a quotation that opens its sentence (nothing else between them). */
      const reportedBefore = (open: number) => reported.find((r) => r.end <= open && /^[\s.!?]*$/u.test(paragraph.slice(r.end, open)) && r.kind !== 'group');
      const credit = onlyQuotation ? blockQuoteCredit(section.paragraphs[index + 1]) : undefined;
      // "X wrote:" above a block quotation, or the last person the introducing paragraph names ("Pashinyan's own words …:").
      const introducing = onlyQuotation && introducesQuotation(section.paragraphs[index - 1]) ? section.paragraphs[index - 1]! : undefined;
      const introName = introducing && (reportingClauses(introducing).findLast((c) => c.kind === 'name')?.who ?? namesIn(introducing).findLast((n) => people.isPerson(n)));
      const intro = introName ? people.resolve(introName) : undefined;
      quotations.forEach((q, i) => {
        // People named as speaking before this quotation become the referent of later pronouns.
        // (Not what the reported speech is about: "He said that Kazakhstan would continue to regard China as a “…”".)
        for (; mentioned < mentions.length && mentions[mentioned]!.at < q.open; mentioned++) {
          const m = mentions[mentioned]!;
          if (m.kind === 'name' && !aboutWhom(m.at, m.who)) setLast(people.resolve(m.who));
        }
        // A quotation over several paragraphs: each opens with a mark, only the last closes; this part ends with its paragraph.
        const runsOn = q.close === undefined && q.end >= paragraph.trimEnd().length && /^\s*[“„«"‘']/u.test(section.paragraphs[index + 1] ?? '');
        const closed = q.close !== undefined || runsOn;
        const text = source.slice(q.start, q.end);
        // A Russian name in « » is neither marked nor listed.
        if (q.name) return;
        if (q.garbled) {
          unattributed.push({ section: section.slug, paragraph: index + 1, text: paragraph.slice(q.open, (q.close ?? q.end) + 1), closed, garbled: true });
          return;
        }
        // A word named as never said ("He did not use the word “gas” once"), or one the author keeps a distance from ("the
        // self-proclaimed … “people's republics”", quotations.ts), is nobody's quotation.
        if (AUTHORS_DISTANCE.test(paragraph.slice(0, q.open)) || /\b(?:not|never|n['’]t)\s+(?:\p{Ll}+\s+)?(?:use|say|utter|mention|write)\s+the\s+(?:word|term|phrase|name)\s*$/iu.test(paragraph.slice(0, q.open))) {
          unattributed.push({ section: section.slug, paragraph: index + 1, text: excerpt(text), closed });
          return;
        }
        // (A place whose sentence holds a quotation is not its speaker: "Kazakhstan entered a “new era”".)
        const found = attributions[i]?.acts && attributions[i]!.kind === 'name' && !people.isPerson(attributions[i]!.who) && !ORGANIZATION.test(attributions[i]!.who) ? undefined : attributions[i];
        const last = inParagraph.findLast((p) => p.marked);
        const before = last && speakerFields(last);
        let who: (Speaker & { newAlias?: { id: string; spelling: string } }) | undefined;
        let attribution: QuoteProposal['attribution'] | undefined = found;
        // "The Foreign Office has urged restraint. A spokesman said: “…”": the body speaks through its spokesman.
        const body = found?.kind === 'group' && SPOKESPERSON.test(found.who) ? subjectMentions(paragraph).filter((c) => c.at < q.open && ORGANIZATION.test(c.who)).at(-1) : undefined;
        // "‘…,’ the Belarusian president said, ‘…’": the second part's speaker is the first's (not another voice).
        const sharing = found && inParagraph.findLast((p) => p.marked && Math.abs(p.attribution.at - found.at) <= 2 && p.attribution.verb !== 'continuation');
        if (sharing) who = speakerFields(sharing);
        else if (body) who = people.resolve(body.who);
        // "One Western diplomat …, was more guarded. “…,” he said.": the unnamed subject of the sentence before.
        else if (found?.kind === 'pronoun' && found.side === 'after' && unnamedBefore(paragraph.slice(0, q.open))) who = { speaker: unnamedBefore(paragraph.slice(0, q.open))!, speakerType: 'person' };
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
          who = r.kind === 'name' ? people.resolve(r.who) : r.kind === 'pronoun' ? refs.last : undefined;
          attribution = who && { phrase: `continues ${label(who)} (reported speech before it)`, verb: 'continuation', side: 'before', at: r.start, who: label(who), kind: 'name' };
        } else if (!onlyQuotation && refs.last && PRONOUN_SENTENCE.test(lastSentence(paragraph.slice(0, q.open)))) {
          // "He is less sure what the bill will be. “Moscow does not …”": the sentence before is about the last person named.
          who = refs.last;
          attribution = { phrase: `${label(refs.last)} (the sentence before, about "${lastSentence(paragraph.slice(0, q.open)).split(/\s+/)[0]}")`, verb: 'continuation', side: 'before', at: -1, who: label(refs.last), kind: 'pronoun' };
        } else if (onlyQuotation && previousParagraph) {
          who = previousParagraph;
          attribution = { phrase: `continues ${label(previousParagraph)} (previous paragraph)`, verb: 'continuation', side: 'before', at: -1, who: label(previousParagraph), kind: 'name' };
        }
        // Words in marks a sentence names without a verb of saying ("the “shoot to kill” order", "a resolution on the “…”"),
        // repeating a quote marked before: that quote's speaker's (echoes.ts).
        // (Not words an author cites to discuss them, with nothing named around them: "Note “among other things.”".)
        const modifier = q.close !== undefined && /(?:^|\s)(?:the|a|an|its|his|her|their)\s*$/u.test(paragraph.slice(0, q.open)) && /^\s+\p{Ll}{3,}(?![\p{L}])/u.test(paragraph.slice(q.close + 1));
        const echoed = (modifier || found?.acts || (attribution && isAuthorsTerm(paragraph, q, attribution.verb))) && text.trim() !== '' ? repeatedFrom(text, proposals) : undefined;
        if (echoed) {
          who = echoed.people ? { people: echoed.people } : { speaker: echoed.speaker, ...(echoed.speakerType ? { speakerType: echoed.speakerType } : {}) };
          attribution = { phrase: `repeats ${echoed.id}`, verb: 'continuation', side: 'before', at: -1, who: label(who), kind: 'name' };
        }
        // (Nor the author's term in marks before its noun: "a “multi-vector” foreign policy", terms.ts.)
        if (!who || !attribution || text.trim() === '' || (!echoed && isAuthorsTerm(paragraph, q, attribution.verb))) {
          unattributed.push({ section: section.slug, paragraph: index + 1, text: excerpt(text), closed });
          return;
        }
        const { newAlias: given, ...speaker } = who;
        const newAlias = closed ? people.aliasFor(speaker, given) : given;
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
        // (`sharing`: "“…,” said X, “…”", one attribution between two parts of one statement.)
        const continued = found && /^continu/.test(found.verb) ? inParagraph.findLast((p) => p.marked && label(p) === label(speaker)) : undefined;
        const continues = (sharing ?? continued)?.id;
        if (proposal.marked && continues) proposal.continues = continues;
        inParagraph.push(proposal);
        // A person, or an office holder the text leaves unnamed ("the president"): later pronouns refer to them.
        if ((speaker.speakerType !== 'organization' && speaker.speakerType !== 'group') || found?.kind === 'role') setLast(speakerFields(speaker));
      });
      // People named after the last quotation (or in a paragraph without one) are referents too.
      // (Not the people reported speech is about: "He argues that Tokayev was lucky".)
      for (; mentioned < mentions.length; mentioned++) if (!aboutWhom(mentions[mentioned]!.at, mentions[mentioned]!.who)) setLast(speakerFields(people.resolve(mentions[mentioned]!.who)));
      // Someone unnamed first ("A regional analyst … said …") is the person named as speaking next, in this
      // paragraph or the next ("“…,” said the analyst, Daniar Seitkali").
      const namedSpeaker = (from: number) => inParagraph.find((p) => p.marked && p.start > from && p.attribution.kind === 'name' && p.attribution.verb !== 'continuation');
      for (const p of unnamedFirst.splice(0)) {
        const q = namedSpeaker(-1);
        if (q && p.section === section.slug && p.paragraph === index) Object.assign(p, { speaker: undefined, speakerType: undefined }, speakerFields(q));
      }
      for (const r of reported) {
        // (Not a speaker's own "I believe that …" inside their quotation.)
        if (quoted(r.start)) continue;
        const office = r.kind === 'role' ? people.byTitle(r.who, acted) : undefined;
        const titled = office && office.split(/\s+/).length >= 2 ? office : undefined;
        // ("According to the ministry, …" after "the Defense Ministry said": that body.)
        const body = r.kind === 'role' || r.kind === 'group' ? bodyReferent(r.who, allParagraphs.slice(0, flat + 1)) : undefined;
        // ("“…,” the ministry said, adding that …": the speaker of the quotation the sentence opened with.)
        const quotedFirst = r.kind === 'pronoun' && /ing$/u.test(r.verb) ? inParagraph.findLast((p) => p.end <= r.start && !/[.!?]\s/u.test(source.slice(p.end + 1, r.start))) : undefined;
        const who = r.kind === 'name' ? people.resolve(r.who) : titled ? people.resolve(titled) : body ? { speaker: body, speakerType: 'organization' as const } : r.kind === 'role' && ORGANIZATION.test(r.who.split(/\s+/).at(-1)!) ? { speaker: r.who, speakerType: 'organization' as const } : r.kind === 'group' ? { speaker: r.who, speakerType: 'group' as const } : quotedFirst ? speakerFields(quotedFirst) : refs.last;
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
      else if (mentions.length > 0 || reported.length > 0) previousParagraph = refs.last;
      proposals.push(...inParagraph);
    });
  }
  return { proposals, unattributed, paraphrases };
}
