/**
 * Reported speech without quotation marks, proposed as paraphrases
 * (`kind=paraphrase`): "X argued that …", "X told The Associated Press that
 * …", "X said on his Facebook page that …", "Nurlanova said the arrival …"
 * (no "that"), "According to X, …", "…, specified the head of state.",
 * "…, he said.", "The request, she argued, showed …", "Officials say 12 …",
 * "He warned, however, that …", "…, saying only that …", "For X, a … in Y, …";
 * in a sentence with quotation marks, the clause before the first mark (or a
 * that-clause too short for that, whole). Pure text work; who is decided in quotes.ts.
 */
import { kindOf, trimName, type WhoKind } from './quotations.ts';
import { APPOSITION, AUX, COUNTRY_OFFICE, countryOffice, endsInOffice, INVERTED, NAME, POSSESSIVE, PRONOUN, ROLE } from './speech-patterns.ts';
import { isPossessive, lastTwoNames } from './clause-subjects.ts';
import { WEEKDAYS } from './date-words.ts';
import { sentenceSegments } from '../../lib/text.ts';
import { ORGANIZATION } from './people.ts';

export interface ReportedSpeech {
  who: string;
  kind: WhoKind;
  verb: string;
  /** The reported words: [start, end) in the paragraph. */
  start: number;
  end: number;
}

/** A people or a body in the plural, its adjective capitalised: "Kazakh authorities", "Western diplomats". */
const PLURAL_GROUP = String.raw`\p{Lu}[\p{Ll}-]+\s+\p{Ll}{3,}(?<!ss|us|is)s(?![\p{L}])`;
/** A plural of people in lower case, opening the sentence or its clause after "but", "and", "while": "rights groups say …". */
// (Or after a clause's comma with its quantifier: "In Almaty, where …, some residents said …".)
const PLURAL_LOWER = String.raw`(?:(?<=^|,\s+(?:but|and|while)\s+|\s(?:as|while|when|after|because)\s+)(?:\p{Ll}{3,}\s+)?\p{Ll}{3,}(?<!ss|us|is)s|(?<=,\s+)(?:some|many|several|most|other)\s+\p{Ll}{3,}(?<!ss|us|is)s)(?![\p{L}])`;
/** Exactly such a plural ("rights groups"; not a pronoun, nor a role after an article). */
const lowerPlural = (who: string) => new RegExp(`^${PLURAL_LOWER}$`, 'u').test(who) && !new RegExp(String.raw`^(?:${PRONOUN}|(?:the|a|an|le|la|les|el|los|las)\s.*)$`, 'u').test(who);
const SUBJECT = String.raw`(${COUNTRY_OFFICE}|${POSSESSIVE}|${PLURAL_GROUP}|${NAME}|${PRONOUN}|${ROLE}|${PLURAL_LOWER})`;
/** The subject, or people in the plural in lower case after a comma ("…, diplomats said"). */
const SUBJECT_OR_PLURAL = String.raw`(${SUBJECT.slice(1, -1)}|\p{Ll}{4,}(?<!ss|us|is)s)`;
/** Verbs of reported speech or opinion (and making another's claim one's own: "repeated the Kremlin's claim that"). */
const REPORTING = String.raw`(?:repeated|repeats|echoed|echoes|endorsed|reiterated)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?\p{L}+['’]s?\s+(?:claim|view|argument|position|assertion|line)(?=\s+that\s)|told\s+(?:\S+\s+){0,3}?\S+,\s+(?:who|which|whom)\s+[^,.;“”"«»]{2,80},(?=\s+that\s)|told\s+(?:\S+\s+){0,6}?\S+(?=\s+(?:(?:on|in|at|last|this)\s+\S+\s+)?that\s)|informed\s+(?:\S+\s+){0,3}?\S+(?=\s+that\s)|rappell?\p{L}*|estim\p{L}*|affirm\p{L}*|expliqu\p{L}*|déclar\p{L}*|soulign\p{L}*|indiqu\p{L}*|jug\p{L}*|pens\p{L}*|croi\p{L}*|(?:a|ont|avait)\s+(?:déclaré|affirmé|expliqué|indiqué|souligné|assuré|estimé|rappelé|dit|jugé)|argu\w*|point(?:ed|s)?\s+out|report\w*|announc\w*|explain\w*|added|stress\w*|emphasi[sz]\w*|confirm\w*|recall\w*|predict\w*|contend\w*|believ\w*|reckon\w*|claim\w*|suggest\w*|warn\w*|insist\w*|maintain\w*|conclud\w*|estimat\w*|expect\w*|fear\w*|declar\w*|said|says|say|told\s+(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}?\S+(?:\s+in\s+\p{Lu}[\p{L}-]+)?|wrote|writes|noted|notes|thinks|thought|stated|states`;
/** "that", or no "that" before a clause's subject ("said the arrival of …", "believes the government had …"). */
const THAT = String.raw`(?:that\s+|que\s+|qu['’]|(?=(?:the|a|an|his|her|their|its|this|these|there|it|he|she|they|we|some|many|most|several|all|each|every|both|no|none|about|nearly|almost|more|fewer|dozens|hundreds|thousands|at\s+least|around|\d[\d,.]*)\s))`;
/** Or a name as the clause's subject, its verb next: "said Russia had no intention …", "said Tokayev now owed …", "said Chinese officials were …" (a people in the plural), "say Tokayev's decision reflects …" (an owner), "said transport planes would …" (a plural noun and a modal). */
const THAT_OR_NAME = String.raw`(?:${THAT.slice(3, -1)}|(?=\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+|\s+\p{Ll}{3,}s)?\s+(?:now\s+|still\s+|had\s+|has\s+)?(?:had|has|was|were|would|will|is|are|could|should|must|did|owed|wanted|needed|\p{Ll}+ed)\s)|(?=\p{Lu}[\p{Ll}-]+['’]s\s+\p{Ll})|(?=\p{Ll}{3,}\s+\p{Ll}{3,}s\s+(?:would|will|had|have|were|are|could|may|might)\s))`;
/** Words between the verb and "that": "said on his Facebook page that", "told reporters on Friday that", "said by phone that", "said Thursday that", "said on Monday the …". */
const ADVERBIAL = String.raw`(?:(?:on|in|at|during|after|before|last|earlier|this|to|by|via|over|from|through|within)\s+[^,.“”"«»]{1,30}?\s+(?=that\s)|(?:on\s+)?(?:${WEEKDAYS.join('|')})\s+|(?:yesterday|today)\s+)?`;

/** When, between the subject and its verb: "Russian President Vladimir Putin on Monday told …", "X also said". */
const WHEN = String.raw`(?:\s+(?:on\s+)?(?:${WEEKDAYS.join('|')})|\s+(?:also|later|earlier|again|yesterday|today))?`;

/** A first verb in the past and its words before "and" and the verb of saying: "Putin praised the operation and warned that …". */
const AND_THEN = String.raw`(?:\s+\p{Ll}{3,}ed\s+[^,.;:“”"«»]{2,60}?\s+and(?:\s+also)?)?`;

/** An adverb interrupting the verb and its clause: "He warned, however, that …". */
const INTERRUPT = String.raw`(?:,\s+(?:however|though|too|also|again|moreover|meanwhile|nonetheless|instead|in turn|for (?:his|her|their|its) part),)?`;

/** Someone unnamed, then named later: "A political analyst there, who said …, said …", "A professor at KIMEP who … wrote on his channel that …", "A Kazakh diplomat in Brussels told …". */
const INDEFINITE = String.raw`(?:a|an|A|An)\s+(?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+`;
const INDEFINITE_REPORTED = new RegExp(
  String.raw`^\s*(${INDEFINITE}(?:\s+(?:in|at|from|for)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?=[\s,]))?)(?:\s+(?:at|of|from|in|with|there)(?:\s+[^,.;“”"«»]{2,80}?)?)?(?:,\s+[^,.;“”"«»]{2,110},)?\s+(?:${AUX}\s+){0,2}(${REPORTING})\s+(?:(?:on|in|at|during|after|before|last|earlier|this|to)\s+[^,.“”"«»]{1,60}?\s+(?=that\s))?${THAT_OR_NAME}`,
  'gu',
);
// (Not a preposition's object, "at a meeting of the Security Council announced" is not the council's: "the Chairman of the Mazhilis of Kazakhstan, Nurlan Nigmatulin, stated" is
// Nigmatulin, "from Almaty Aygerim Nurlanova said" Nurlanova.)
const REPORTED = new RegExp(String.raw`(?<![\p{L}])(?<!(?:^|[^\p{L}])(?:in|at|from|near|of|to|for|with|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?)${SUBJECT}(${APPOSITION})?,?${WHEN}${AND_THEN}\s+(?:${AUX}\s+){0,2}(${REPORTING})${INTERRUPT}\s+${ADVERBIAL}${THAT_OR_NAME}`, 'gu');
/** "…,” he said, adding that it would take no more than 10 days.", "…, adding that the government was “open to dialogue”": the speaker of the sentence goes on. */
const ADDING_THAT = /,\s+(adding|noting|saying|arguing|insisting|warning|stressing|explaining)\s+that\s+/u;
/** "The KNB announced the arrest …, saying only that …": the participle's subject is the sentence's. */
const PARTICIPLE_THAT = new RegExp(String.raw`^(?:(?:On|In|At|By|After)\s+[^,]{2,30},\s+)?${SUBJECT}[^;“”«»"]*?,\s+(saying|adding|noting|arguing|insisting|warning|stressing|explaining|announcing|confirming)(?:\s+only)?\s+that\s+`, 'u');
/** "For X, a political scientist in Almaty, the arrest confirmed …": a person's view, the apposition saying who they are. */
const FOR_PERSON = new RegExp(String.raw`^(?:For|Pour|Para)\s+(${NAME}),\s+(?:a|an|the|un|une|el|la)\s+\p{Ll}[^,]{2,90},\s+`, 'u');
/** "According to X, …" opening the sentence. */
const SOURCE_FIRST = new RegExp(String.raw`^(According to|Selon|In the view of)\s+((?:\p{Lu}\.)?${NAME}|him|her|them|the\s+[^,]{3,60})(?:,\s+(?!(?:they|he|she|it|we|I)\s)(?![^,]*\b(?:will|would|is|are|was|were|had|has|have|be)\b)[^,]{2,90})?,\s+`, 'u');
/** "…, according to Peskov." closing the sentence: X, for all the sentence before it. */
const SOURCE_LAST = new RegExp(String.raw`,\s+(according to|selon|según)\s+((?:\p{Lu}\.)?${NAME}|him|her|them)[.!]?$`, 'u');
/** "…, specified the head of state." / "…, he said." / "…, the committee announced on Saturday." / "…, Foreign Ministry spokesperson Wang Wenbin said on Tuesday." closing the sentence. */
// (With who they are after the name, "…, says Aigerim Nurlanova, a political scientist in the city."; or a clause after the
// attribution that is the author's: "…, diplomats said, although no sanctions proposal is on the table.")
const SAID_LAST = new RegExp(String.raw`,\s+(?:(${INVERTED})\s+${SUBJECT}(?:,\s+(?:a|an|the)\s+[^,“”"«»]{2,80})?|(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?((?:${SUBJECT_OR_PLURAL.slice(1, -1)})(?:${APPOSITION})?|(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,4}\p{Ll}{3,})\s+(${INVERTED}|say|announced|confirmed|reported))(?:\s+[^,]{0,40})?(?:,\s+(?:although|though|even though)\s+[^“”"«»]{2,120})?[.!]?$`, 'u');
/** "The real reckoning, according to Nurlanova, will come …": the source between commas inside the sentence. */
const SOURCE_BETWEEN = new RegExp(String.raw`^[^,]{3,80},\s+according to\s+(${NAME}),\s+`, 'u');
/** "The request, she argued, showed that …": an attribution between commas inside the sentence. */
// (Or people in the plural, lower case: "For Russia, analysts say, the real significance …".)
// (Not before the author's concession: "…, diplomats said, although no proposal is on the table" is SAID_LAST's.)
const SAID_BETWEEN = new RegExp(String.raw`^[^,]{3,80},\s+${SUBJECT_OR_PLURAL}\s+(${INVERTED}|argued|contended|contends|believes|thinks|maintains|suggests|says|say),\s+(?!(?:although|though|even though)\s)`, 'u');

/**
 * Who a reporting clause's subject names: "President of Kazakhstan Kassym-Jomart Tokayev" (an office and its
 * holder) is Kassym-Jomart Tokayev; a full name in apposition to a one-word subject (a place or a body: "A police
 * spokeswoman in the main city, Almaty, Saltanat Zhumabek, told …") is that name; a possessive ("the Kremlin's
 * claim that") is nobody.
 */
function subjectOf(raw: string, apposition: string | undefined): string | undefined {
  if (isPossessive(raw)) return undefined;
  const country = countryOffice(raw);
  if (country) return country;
  const office = endsInOffice(raw) ? /^\s+of\s+(?:the\s+)?(.+)$/u.exec(apposition ?? '')?.[1]?.split(/\s+/) : undefined;
  if (office && office.length >= 3) return lastTwoNames(office);
  // (A body keeps what it is of: "the Embassy of Kazakhstan in Washington said …".)
  if (ORGANIZATION.test(raw) && /^\s+of\s/u.test(apposition ?? '')) return trimName(`${raw}${apposition}`) || `${raw}${apposition}`;
  const between = apposition?.startsWith(',') ? apposition.replace(/^,\s*|,$/g, '').trim() : '';
  if (between && new RegExp(String.raw`^${NAME}$`, 'u').test(between) && between.split(/\s+/).length >= 2 && raw.trim().split(/\s+/).length === 1) return trimName(between) || between;
  return (kindOf(raw) === 'name' ? trimName(raw) : raw) || raw;
}

/** A clause before a quotation's mark says something alone with this many words ("the resolution was" does not). */
const CLAUSE_WORDS = 6;

/** The reported speech of a paragraph's sentences that hold no quotation mark. */
export function findReportedSpeech(paragraph: string): ReportedSpeech[] {
  const found: ReportedSpeech[] = [];
  // (An abbreviation's full stop ends no sentence: "The speed of the airlift, Mr. Lapin says, was …".)
  for (const s of sentenceSegments(paragraph)) {
    const marked = /[“”«»"]/.test(s.segment);
    if (marked) {
      // "X argues the small contingents mattered …; as he put it, “…”": the clause before a semicolon or colon.
      for (const m of s.segment.matchAll(REPORTED)) {
        const start = m.index + m[0].length;
        const stop = s.segment.slice(start).search(/[;:“”«»"]/);
        // (Or up to the quotation it leads into, when it says something first: "He said Russia had no intention of … “a day longer”".)
        const before = s.segment.slice(start, start + stop).trim();
        // (A clause before the mark says something alone when it is long enough: "He said Russia had no intention of …".)
        const clause = before.split(/\s+/).length >= CLAUSE_WORDS;
        // "X said that dozens of “rioters” had been “liquidated”", "said the EU had “no interest in …” but …": a clause too
        // short before its first quoted words to say anything alone is reported whole, to its sentence's end.
        const thatClause = !/[;:]/.test(s.segment.slice(start)) && !clause;
        if (thatClause && stop > 0) {
          const who = subjectOf(m[1]!, m[2]);
          if (who) found.push({ who, kind: kindOf(who), verb: m[3]!, start: s.index + start, end: s.index + s.segment.trimEnd().replace(/[.!?]["”’»)]*$/u, '').length });
        } else if (stop > 0 && (/[;:]/.test(s.segment[start + stop]!) || clause)) {
          const who = subjectOf(m[1]!, m[2]);
          if (who) found.push({ who, kind: kindOf(who), verb: m[3]!, start: s.index + start, end: s.index + start + s.segment.slice(start, start + stop).trimEnd().length });
        }
      }
      const adding = ADDING_THAT.exec(s.segment);
      if (adding) {
        const start = adding.index + adding[0].length;
        found.push({ who: 'he', kind: 'pronoun', verb: adding[1]!, start: s.index + start, end: s.index + s.segment.trimEnd().replace(/[.!?]$/, '').length });
      }
      continue;
    }
    const text = s.segment.trimEnd();
    const end = s.index + text.replace(/[.!?:]$/, '').length;
    const add = (raw: string, verb: string, start: number, stop = end) => {
      // "The KNB": a body's initials after the article are its name, not a role for someone named before.
      const initials = /^(?:the|The)\s+(\p{Lu}{2,})$/u.exec(raw)?.[1];
      const who = initials ?? ((kindOf(raw) === 'name' ? trimName(raw) : raw) || raw);
      // "The Head of State informed …": an office (a role), not a name.
      // (A plural in lower case, "rights groups", is a group.)
      const kind = /^(?:him|her|them)$/i.test(who) ? 'pronoun' : lowerPlural(who) ? 'group' : kindOf(who) === 'name' && /^(?:the|The)\s+\p{Lu}[\p{Ll}-]+$/u.test(raw) ? 'role' : kindOf(who);
      if (who && stop > start) found.push({ who: kind === 'role' ? raw : who, kind, verb, start, end: stop });
    };
    // "According to X, …" opening the sentence: X, whatever reporting verbs its clause holds.
    const source = SOURCE_FIRST.exec(text);
    if (source) {
      add(source[2]!, source[1]!.toLowerCase(), s.index + source[0].length);
      continue;
    }
    const view = FOR_PERSON.exec(text);
    if (view) {
      add(view[1]!, 'for', s.index + view[0].length);
      continue;
    }
    // A sentence opening with someone unnamed ("A political scientist at …, who …, told Al Jazeera the …"): them, not a name inside.
    const indefinite = INDEFINITE_REPORTED.exec(text);
    if (indefinite) {
      add(indefinite[1]!, indefinite[2]!, s.index + indefinite.index + indefinite[0].length);
      continue;
    }
    // (Unless a reporting clause with "that" comes before it: "Peskov told reporters that …, stressing that …" is his report.)
    const participle = PARTICIPLE_THAT.exec(text);
    const thatFirst = participle && [...text.matchAll(REPORTED)].some((m) => /\bthat\s+$/u.test(m[0]) && m.index + m[0].length < participle.index + participle[0].length - participle[2]!.length);
    if (participle && !thatFirst) {
      add(participle[1]!, participle[2]!, s.index + participle.index + participle[0].length);
      continue;
    }
    const before = found.length;
    for (const m of text.matchAll(REPORTED)) if (subjectOf(m[1]!, m[2])) add(subjectOf(m[1]!, m[2])!, m[3]!, s.index + m.index + m[0].length);
    if (found.length > before) continue;
    const lastSource = SOURCE_LAST.exec(text);
    if (lastSource) {
      add(lastSource[2]!, lastSource[1]!.toLowerCase(), s.index, s.index + lastSource.index);
      continue;
    }
    const last = SAID_LAST.exec(text);
    if (last) {
      add((last[2] ?? last[3])!, (last[1] ?? last[4])!, s.index, s.index + last.index);
      continue;
    }
    // "The real reckoning, according to Nurlanova, will come …": X, for the whole sentence.
    const midSource = SOURCE_BETWEEN.exec(text);
    if (midSource) {
      add(midSource[1]!, 'according to', s.index, end);
      continue;
    }
    const between = SAID_BETWEEN.exec(text);
    if (between) add(between[1]!, between[2]!, s.index, end);
  }
  return found;
}
