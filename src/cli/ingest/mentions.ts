/**
 * Who a paragraph names as acting or speaking, in order (for quotes.ts: the people later pronouns refer to):
 * reporting clauses ("X said"), subjects of any verb ("Blinken questioned"), the source opening a sentence
 * ("According to X, …") and the names it gives. Pure text work, with the patterns of speech-patterns.ts.
 */
import { endsInOffice, ONE_NAME, OPENING_SPEAKER, SUBJECT, SUBJECT_VERB, trimName, WORDS_OF, type WhoKind } from './speech-patterns.ts';
import { afterObjectVerb, afterPreposition, clauseSpeaker, inObjectClause, dropPlace, isPossessive, lastTwoNames, relativeAntecedent } from './clause-subjects.ts';

/** Every reporting clause of a paragraph ("X said", "the president announced"), in order: who it names, and where. */
export function reportingClauses(paragraph: string): { at: number; who: string; kind: WhoKind }[] {
  return [...paragraph.matchAll(SUBJECT_VERB)].flatMap((m) => {
    const c = clauseSpeaker(m);
    return c ? [{ at: m.index, who: c.who, kind: c.kind }] : [];
  });
}


/**
 * Every person a paragraph names as the subject of a clause ("Secretary of State Antony Blinken questioned",
 * "Kasymov expects") or as the source of a sentence ("According to X, …"), in order: the people a later
 * pronoun may refer to. Names only; quotes.ts decides which are people.
 */
export function subjectMentions(paragraph: string): { at: number; who: string; kind: WhoKind }[] {
  const subjects = [...paragraph.matchAll(SUBJECT)].flatMap((m) => {
    const office = endsInOffice(m[1]!) ? /^\s+of\s+(?:the\s+)?(.+)$/u.exec(m[2] ?? '')?.[1]?.split(/\s+/) : undefined;
    const preceding = paragraph.slice(0, m.index);
    // (Not a preposition's object, nor an owner, "Mr Nazarbayev’s hand-picked successor", unless what they own is
    // their words: "Tokayev's address, published …, took a hard line" is Tokayev.)
    const ownWords = isPossessive(m[1]!) && new RegExp(String.raw`^${WORDS_OF}`, 'u').test(paragraph.slice(m.index));
    if (afterPreposition(preceding, m[1]!) || afterObjectVerb(preceding) || inObjectClause(preceding) || (isPossessive(m[1]!) && !ownWords)) return [];
    const who = (office && lastTwoNames(office)) || trimName(relativeAntecedent(preceding) ?? '') || dropPlace(trimName(m[1]!.replace(/['’]s$/u, '')), preceding);
    return who ? [{ at: m.index, who, kind: 'name' as const }] : [];
  });
  const openings = [...paragraph.matchAll(OPENING_SPEAKER)].flatMap((m) => {
    const who = trimName(m[1]!);
    return who ? [{ at: m.index, who, kind: 'name' as const }] : [];
  });
  // "Tokayev’s own account of the violence has shifted": whose words the sentence opens on, a later "he"
  // (not one inside it: "According to Zhang Lei, …, Xi’s message …" is Zhang's sentence).
  const owners = [...paragraph.matchAll(new RegExp(String.raw`(?<=^|[.!?]\s+)${WORDS_OF}`, 'gu'))].flatMap((m) => {
    const who = trimName(/^(.*?)['’]s\s/u.exec(m[0])?.[1] ?? '');
    return who && !subjects.some((s) => s.at === m.index) ? [{ at: m.index, who, kind: 'name' as const }] : [];
  });
  return [...subjects, ...openings, ...owners].sort((a, b) => a.at - b.at);
}

/** The names a paragraph gives, in order ("Pashinyan's own words are worth rereading:" → Pashinyan). */
export function namesIn(paragraph: string): string[] {
  return [...paragraph.matchAll(new RegExp(String.raw`(?<![\p{L}])${ONE_NAME}`, 'gu'))].map((m) => trimName(m[0].replace(/['’]s$/, ''))).filter(Boolean);
}
