/**
 * Who a reporting clause names (clauseSpeaker, for quotations.ts and after-mark.ts; speakerPhrase for
 * "according to X"), and what makes the words just before its verb not its subject: a name inside a
 * relative clause ("X, who … from his predecessor, Y, described" is X), a possessive ("the Kremlin's
 * claim", "the alliance's “prompt” response": the word after it is a noun, nobody speaks), a name after a
 * preposition ("reached in Almaty described": a place), a place before a name ("from Almaty Aygerim
 * Nurlanova") and a middle initial ("Antony J. Blinken" is Antony Blinken, not "J. Blinken"). Pure text work.
 */
import { countryOffice, endsInOffice, kindOf, NAME, ONE_NAME, trimName, WORDS_OF, type WhoKind } from './speech-patterns.ts';
import { IRREGULAR_PAST } from './english-verbs.ts';
import { ORGANIZATION } from './people.ts';

/** A middle initial ("J.", "S."). */
const INITIAL = /^\p{Lu}\.$/u;

/** A name's last two words, its middle initials aside: "Secretary of State Antony J. Blinken" → "Antony Blinken". */
export function lastTwoNames(words: readonly string[]): string {
  const kept = words.filter((w, i) => !(INITIAL.test(w) && i > 0 && i < words.length - 1));
  return kept.slice(-2).join(' ');
}

/**
 * The subject a relative clause hangs on, when `before` (the sentence up to a name) ends inside one:
 * "Mr. Tokayev, who … took over from his predecessor, " → "Tokayev" (the name after it is in the relative
 * clause, and the verb after that name is the first subject's: "X, who spoke after Putin, said"). Undefined otherwise.
 */
export function relativeAntecedent(before: string): string | undefined {
  // The relative clause still open: within one sentence (a full stop only after an initial or a title, "Mr.",
  // "J."), no comma in it but one just before the name ("from his predecessor, Y"; "X, who teaches in Y,
  // pointed to the summit, where Z spoke" has closed it).
  const clause = String.raw`(?:[^,.;!?“”«»"]|(?<=(?:^|\s)\p{Lu}\p{Ll}{0,2})\.)*`;
  const m = new RegExp(String.raw`(?<![\p{L}])(${NAME}),\s+(?:who|whose)\s${clause}(?:,\s*)?$`, 'u').exec(before);
  // (Without an honorific: "Mr. Bekov" is Bekov.)
  return m?.[1] && (trimName(m[1]) || m[1]);
}

/** A possessive ("Kremlin's", "the alliance’s"): the word after it is what it owns, not a verb or a quotation's speaker. */
export const isPossessive = (words: string) => /\p{L}(?:['’]s|s['’])$/u.test(words.trim());

/**
 * A name or a role right after a preposition ("in Almaty", "at the university"): its object, never a clause's
 * subject (a run of three words or more starts with a place: "from Almaty Aygerim Nurlanova", see dropPlace;
 * "by" is left out: "officials quoted by Tass said" is Tass's report).
 */
export const afterPreposition = (before: string, name = '') => name.split(/\s+/).length < 3 && /(?:^|[^\p{L}])(?:in|at|from|near|of|to|for|with|on|into|across|outside|inside|around)\s+$/iu.test(before);

/** A role right after a verb in the past ('accepted the government's resignation', 'praised the operation'): the verb's object, not a subject. */
export const afterVerb = (before: string) => /(?:^|\s)\p{Ll}{2,}ed\s+$/u.test(before);

/** A name opening a clause that is a verb's object ("more direct about what Moscow thought it had prevented"): what is talked about, not who talks. */
export const inObjectClause = (before: string) => /(?:^|\s)(?:what|how|why|whether)\s+$/u.test(before);

/** ", and lashed out at …,": no apposition but the sentence subject's second verb. */
const SECOND_VERB = new RegExp(String.raw`^,\s+and\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|${IRREGULAR_PAST})\s`, 'u');

/**
 * A name right after a verb that takes a person as its object ("Mr Tokayev also named Alikhan Smailov, …, as",
 * "appointed Smailov"): whom the subject acted on, not a subject (not "the newly appointed Prime Minister X": an
 * adjective after an article or an adverb).
 */
export const afterObjectVerb = (before: string) =>
  /(?:^|\s)(?:named|appointed|nominated|replaced|dismissed|sacked|fired|removed|thanked|praised|called|phoned|met|visited|welcomed|received|hosted|congratulated|criticised|criticized|accused|blamed|arrested|detained)\s+$/u.test(before) &&
  !/(?:^|\s)(?:the|a|an|newly|recently|just|was|were|been|being|is|are|be)\s+\p{Ll}+\s+$/u.test(before);

/** A name or a role right after a verb of telling ("told Russian state television", "asked Kazakh officials"): whom it was told to, not a subject. */
export const afterTelling = (before: string) => /(?:^|\s)(?:told|tells|tell|telling|asked|informed|assured|reminded|urged)\s+$/u.test(before);

/**
 * A name run that starts with a place: "from Almaty Aygerim Nurlanova", "of Kazakhstan Kassym-Jomart
 * Tokayev" (after "from", "of" or "in", three words or more): the place dropped.
 */
export function dropPlace(name: string, before: string): string {
  const words = name.split(/\s+/);
  // The place or the office's domain is what comes first: the name is its last two words.
  return words.length >= 3 && /\b(?:from|of|in)\s+$/.test(before) ? lastTwoNames(words) : name;
}

/**
 * Who a reporting clause names: its subject, or the name in apposition to a
 * role ("the alliance's secretary general, Stanislav Zas, said").
 */
export function clauseSpeaker(m: RegExpMatchArray): { who: string; kind: WhoKind; verb: string } | undefined {
  const own = new RegExp(String.raw`^${WORDS_OF}$`, 'u').test(m[1]!) ? new RegExp(String.raw`^(${ONE_NAME})['’]s\s`, 'u').exec(m[1]!) : null;
  const raw = own ? own[1]! : m[1]!;
  const preceding = m.input?.slice(0, m.index) ?? '';
  const office = countryOffice(raw);
  if (office) return { who: office, kind: 'role', verb: m[3]! };
  // (Not "state" as a noun before another: "Russian state television", "the state news agency".)
  if (m[3] === 'state' && /^[\s-]+(?:television|TV|media|news|broadcaster|channel|agency|company|companies|firms?|energy|oil|gas|budget|secretary|department|visit|security|officials|employees|enterprises|run|owned|controlled|-run|-owned)(?![\p{L}])/u.test(m.input?.slice((m.index ?? 0) + m[0].length) ?? '')) return undefined;
  // (Not a passive: "Moscow, not Beijing, had been asked to send soldiers" names who was asked, not who said.)
  const beforeVerb = m[0].slice(0, m[0].length - m[3]!.length);
  if (/(?:^|\s)(?:was|were|been|being|be|is|are)\s+(?:\p{Ll}+ly\s+)?$/u.test(beforeVerb) && !/^quot|ing$/u.test(m[3]!)) return undefined;
  // (Nor a noun after an article: "the withdrawal of the troops is a question «…»" has no verb of saying.)
  if (/(?:^|\s)(?:is|was|are|were)\s+(?:a|an|the)\s+$/u.test(beforeVerb)) return undefined;
  // (Not "the Kremlin's claim", "residents in Almaty described": an owner, a preposition's object.)
  if ((!own && isPossessive(raw)) || (kindOf(raw) !== 'pronoun' && afterPreposition(preceding, raw))) return undefined;
  if (/^(?:the|a|an)\s/u.test(raw) && afterVerb(preceding)) return undefined;
  if (kindOf(raw) !== 'pronoun' && (afterTelling(preceding) || afterObjectVerb(preceding) || inObjectClause(preceding))) return undefined;
  // (Nor a name before a second verb of the sentence's subject: "He appointed a new prime minister, X, and lashed
  // out at …, saying" is his.)
  if (SECOND_VERB.test(m[2] ?? '')) return undefined;
  // (The relative clause's antecedent speaks only when the name closes the clause with a comma: "X, who spoke
  // after Y, said" is X; "Y, who ruled for decades, Tokayev said" is Tokayev.)
  const closesClause = /,\s*$/u.test(m[2] ?? '') || /^\s*,/u.test(m[0].slice(m[1]!.length + (m[2]?.length ?? 0)));
  const antecedent = kindOf(raw) !== 'pronoun' && closesClause ? relativeAntecedent(preceding) : undefined;
  if (antecedent && trimName(antecedent)) return { who: trimName(antecedent), kind: 'name', verb: m[3]! };
  const subject = kindOf(raw) !== 'name' ? raw : dropPlace(trimName(raw), preceding);
  if (!subject) return undefined;
  // An office and its holder: "Secretary of State Antony Blinken said" (the affiliation holds the name).
  const holder = !m[2]?.startsWith(',') && endsInOffice(raw) ? /^\s+of\s+(?:the\s+)?(.+)$/u.exec(m[2] ?? '')?.[1] : undefined;
  if (holder && holder.split(/\s+/).length >= 3) return { who: lastTwoNames(holder.split(/\s+/)), kind: 'name', verb: m[3]! };
  // A role of an office's holder, then its own holder: "The press secretary of the Russian President Dmitry Peskov told" is Peskov.
  const ownHolder = kindOf(raw) === 'role' || kindOf(raw) === 'group' ? /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{Ll}-]+\s+)?(?:President|Prime Minister|Minister|Secretary|Chairman|Director|Head|Commander|Leader|Governor|Mayor)\s+(\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’'-]+)?\s+\p{Lu}[\p{Ll}’'-]+)$/u.exec(m[2] ?? '')?.[1] : undefined;
  if (ownHolder) return { who: ownHolder, kind: 'name', verb: m[3]! };
  // An institution and its affiliation are one name: "the Ministry of Foreign Affairs of the Kyrgyz Republic".
  // (A country's before it too: "the Kazakh Ministry of Foreign Affairs".)
  if (!m[2]?.startsWith(',') && m[2] && /^(?:(?:[Tt]he\s+)?\p{Lu}\p{Ll}+\s+)?(?:Ministry|Office|Committee|Council|Service|Agency|Department|Court|Embassy|Administration|Government)$/u.test(raw.trim())) return { who: `${raw.trim().replace(/^the\s+/iu, '')}${m[2]}`, kind: 'group', verb: m[3]! };
  // So are a body named by its kind and the body it belongs to: "the press service of the National Bank said".
  if (kindOf(raw) !== 'name' && /^the\s/iu.test(raw) && ORGANIZATION.test(raw) && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(m[2] ?? '')) return { who: `${raw.trim()}${m[2]}`, kind: 'group', verb: m[3]! };
  const apposition = m[2]?.startsWith(',') ? m[2].replace(/^,\s*|,$/g, '').trim() : undefined;
  // "The Kremlin, through its spokesman Dmitri Peskov, insisted": the spokesman speaks.
  const through = apposition && new RegExp(String.raw`^(?:through|via|by|in the words of)\s+(?:its|his|her|their|the)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(${NAME})$`, 'u').exec(apposition);
  if (through && trimName(through[1]!)) return { who: trimName(through[1]!), kind: 'name', verb: m[3]! };
  // "The secretary general of the OTSC, Stanislav Zas, spoke": a full name beside an institution or a surname alone is who speaks.
  const bare = apposition && new RegExp(String.raw`^${NAME}$`, 'u').test(apposition) ? trimName(apposition) : '';
  if (bare.split(/\s+/).length >= 2 && (subject.split(/\s+/).length === 1 || /^\p{Lu}{2,}$/u.test(subject))) return { who: bare, kind: 'name', verb: m[3]! };
  if (kindOf(subject) !== 'name' && apposition && new RegExp(String.raw`^${NAME}$`, 'u').test(apposition) && trimName(apposition)) {
    return { who: trimName(apposition), kind: 'name', verb: m[3]! };
  }
  return { who: subject, kind: kindOf(subject), verb: m[3]! };
}

/** A name-first phrase's speaker ("according to X", "for X"): a name, a pronoun or a determiner phrase. */
export function speakerPhrase(text: string): { who: string; kind: WhoKind } | undefined {
  const t = text.trim().replace(/,$/, '');
  // ("for the alliance’s “prompt” response": an owner of what follows the quotation, nobody speaking.)
  if (isPossessive(t)) return undefined;
  const name = new RegExp(String.raw`^(${NAME})(?:,\s+[^,“”«»"]{2,90})?$`, 'u').exec(t);
  if (name) {
    const who = trimName(name[1]!);
    return who ? { who, kind: 'name' } : undefined;
  }
  if (/^(?:him|her|them|he|she|they|él|ella|ellos)$/i.test(t)) return { who: t, kind: 'pronoun' };
  if (/^(?:el|la|los|las|un|una|the|a|an|some|several|various|many|other|one|two|three|local|official|state|Kazakh|Russian|western)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,4}$/iu.test(t)) return { who: t, kind: kindOf(t) };
  return undefined;
}
