/**
 * The attribution after a quotation's closing mark (quotations.ts asks here): in its own sentence ("”, said
 * X", "” X told Reuters", "”, he added", "” – X", "», explique X", "», — заявил X", "», dijo X"), or, for a
 * quotation that ends its sentence, a named reporting clause in the next ("“…” That is how X sums it up.").
 */
import { clauseSpeaker, speakerPhrase } from './clause-subjects.ts';
import type { Attribution } from './quotations.ts';
import { APPOSITION, AUX, ES_VERB, FR_PARTICIPLE, INDEF_SPEAKER, INVERTED, kindOf, NAME, OFFICE, POSSESSIVE, PRONOUN, ROLE, SUBJECT_VERB, trimName, VERB } from './speech-patterns.ts';

/** A plural of people with no article: "protesters", "angry residents" (a few lowercase words, the last a plural). */
// (In lower case: a capitalised word may be a name, "Adams said", even at a sentence's start.)
// (A quantifier may open the sentence, "Some protesters chanted", and so may a plural of those who do something, "Demonstrators shouted".)
export const PLURAL_PEOPLE = String.raw`((?:(?:Some|Many|Several|Most|Other|Hundreds of|Thousands of|Dozens of)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}{3,}(?<!ou|s|i|u)s|\p{Lu}\p{Ll}{3,}(?:ers|ors|ists|ants|ents)|Crowds|People|Students|Locals|Youths|Mourners)`;
export const CROWD_VERB = String.raw`called|chanted|shouted|sang|cried|yelled|chant|chants|shout|shouts|said|say|says|wrote|write|added|warned`;
/** The speaker such a plural names, lower case, unless it is no plural of people ("this", "it was"). */
export function pluralSpeaker(run: string): string | undefined {
  const crowd = run.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  if (/^(?:this|thus|perhaps|always|sometimes|news|whereas|unless|besides|towards|afterwards|nevertheless)$/u.test(crowd.split(/\s+/).at(-1)!)) return undefined;
  // (Not the conjunction before it: "…, and officials said" is the officials.)
  if (/^(?:and|but|or|while|as)\s/u.test(crowd)) return pluralSpeaker(crowd.replace(/^\S+\s+/u, ''));
  return /\b(?:it|he|she|they|we|who|which|that)\b/u.test(crowd) ? undefined : crowd;
}

/** "”, said X", "” X told Reuters", "”, he added", "”, the expert said", "” – X", "», explique X". */
export function after(paragraph: string, close: number, nextOpen: number): Attribution | undefined {
  const window = paragraph.slice(close + 1, nextOpen);
  // "», — the president noted": the dash Russian puts before an attribution.
  // (A dash before a reporting clause, as translations from Russian keep it: "», – the businesswoman added", "», – Tokayev
  // stressed", "», – Kasymov is sure"; not before a name alone, "” – X", a block quotation's credit.)
  const lead = new RegExp(String.raw`^[\s,.]*(?:[–—-]\s+(?=\p{Ll}|(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?:${VERB}|(?:is|was)\s+(?:sure|convinced|certain|confident))(?![\p{L}])))?`, 'u').exec(window)![0].length;
  const text = window.slice(lead);
  const at = close + 1 + lead;
  // “… set.” The alliance says …: the quotation ended its sentence; what follows is the next one.
  const ended = (/\.$/.test(paragraph.slice(0, close).trimEnd()) || /^\s*\./.test(window)) && /^\p{Lu}/u.test(text);
  const own = ended ? undefined : sameSentence(text, at);
  if (own) return own;
  // A quotation that is its own sentence, attributed by the next: "“…” That is how X sums it up." (a name only).
  if (/[.!?]$/.test(paragraph.slice(0, close).trimEnd()) || /^[.!?]/.test(window)) {
    const next = /^[^.!?“”«»"]*[.!?]/.exec(text)?.[0] ?? '';
    const clause = [...next.matchAll(SUBJECT_VERB)].map(clauseSpeaker).find((c) => c?.kind === 'name');
    if (clause) return { ...clause, phrase: `${clause.who} ${clause.verb} (next sentence)`, side: 'after', at, nextSentence: true };
  }
  return undefined;
}

/** The attribution in the quotation's own sentence, right after its closing mark (`text` starts there, at `at`). */
function sameSentence(text: string, at: number): Attribution | undefined {
  // "”, as Mr Tokayev put it.", "”, as he said": the speaker of the aside.
  const aside = new RegExp(String.raw`^as\s+(${NAME}|${PRONOUN}|${ROLE})\s+(?:${AUX}\s+){0,2}(${VERB})(?![\p{L}])`, 'u').exec(text);
  const asWho = aside && (kindOf(aside[1]!) === 'name' ? trimName(aside[1]!) : aside[1]!);
  if (aside && asWho) return { who: asWho, kind: kindOf(asWho), verb: aside[2]!, phrase: `as ${asWho} ${aside[2]}`, side: 'after', at };
  // "», Kasymov is sure." (a conviction for a verb of saying, as translations from Russian put it).
  const sure = new RegExp(String.raw`^(${NAME}|${PRONOUN}|${ROLE})\s+(?:is|was|are|were)\s+(sure|convinced|certain|confident)(?=\s*(?:[.,;!?]|$))`, 'u').exec(text);
  const sureWho = sure && (kindOf(sure[1]!) === 'name' ? trimName(sure[1]!) : sure[1]!);
  if (sure && sureWho) return { who: sureWho, kind: kindOf(sureWho), verb: `is ${sure[2]}`, phrase: sure[0], side: 'after', at };
  // "», according to the Ministry of Health."
  const according = /^(according to|selon|d['’]après|según)\s+([^.,;!?“”«»"]{2,80})/iu.exec(text);
  const source = according && speakerPhrase(according[2]!);
  if (source) return { ...source, verb: according![1]!.toLowerCase(), phrase: according![0].trim(), side: 'after', at };
  // Russian: "», — заявил командующий … Андрей Сердюков", "», — сказала она".
  const russian = /^[,\s]*[—–-]?\s*((?:заявил|сказал|сообщил|отметил|подчеркнул|добавил|пояснил|рассказал|написал|признал|уточнил)[аи]?|считает|полагает)\s+([^.!?«»“”]+)/u.exec(text);
  if (russian) {
    const pronoun = /^(он|она|они)(?![\p{L}])/u.exec(russian[2]!);
    const name = /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)+/u.exec(russian[2]!);
    if (pronoun) return { who: pronoun[1]!, kind: 'pronoun', verb: russian[1]!, phrase: russian[0].trim(), side: 'after', at };
    if (name) return { who: name[0], kind: 'name', verb: russian[1]!, phrase: russian[0].trim(), side: 'after', at };
  }
  // Spanish leaves the subject out: "», explicó.", "», añadió, antes de …" (the last person named).
  const dropped = new RegExp(String.raw`^(${ES_VERB})(?=\s*[.,;]|\s*$)`, 'u').exec(text);
  if (dropped) return { who: 'él', kind: 'pronoun', verb: dropped[1]!, phrase: dropped[0], side: 'after', at };
  // "», estime-t-il", "», dit-elle", "», a-t-il précisé".
  const french = new RegExp(String.raw`^(?:(a|avait)-t-(il|elle)\s+(${FR_PARTICIPLE})|(\p{Ll}+?)(?:-t)?-(il|elle|ils|elles))(?![\p{L}])`, 'u').exec(text);
  if (french) {
    const pronoun = (french[2] ?? french[5])!;
    return { who: pronoun, kind: 'pronoun', verb: (french[3] ?? french[4])!, phrase: french[0], side: 'after', at };
  }
  // "”, said one of the protesters, who gave her name as Gulnara" (the name), "”, said a resident", "”, said a Central
  // Asian diplomat, who asked not to be named" (an unnamed voice: its words are its label).
  const crowd = new RegExp(
    String.raw`^(${INVERTED})\s+((?:one|some|many|several|two|three)\s+of\s+the\s+\p{Ll}[\p{Ll}\s-]{1,30}?|(?:an?|one)\s+(?:(?:\p{Lu}[\p{L}-]+|\p{Ll}[\p{Ll}-]*)\s+){0,3}?\p{Ll}[\p{Ll}-]*(?!,\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s*[,.;!?]|$)))(?:,\s+(?:who\s+(?:gave|asked)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|identified\s+only\s+as|named)\s+(${NAME}))?(?=[,.;]|$)`,
    'u',
  ).exec(text);
  if (crowd && !/^an?\s+(?:statement|interview|speech|address|post|message|letter|meeting)\b/.test(crowd[2]!)) {
    const name = crowd[3] && trimName(crowd[3]);
    if (name) return { who: name, kind: 'name', verb: crowd[1]!, phrase: `${crowd[1]} ${crowd[2]}, ${name}`, side: 'after', at };
    return { who: crowd[2]!.trim(), kind: 'group', verb: crowd[1]!, phrase: `${crowd[1]} ${crowd[2]!.trim()}`, side: 'after', at };
  }
  // "said the analyst, Daniar Seitkali", "wrote the professor, Yerlan Kasymov": the role first, the name in apposition.
  const roleThenName = new RegExp(String.raw`^(${INVERTED})\s+((?:one|another)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*|${ROLE}),\s+(${NAME})(?=\s*(?:[,.;!?]|$))`, 'u').exec(text);
  const named = roleThenName && trimName(roleThenName[3]!);
  if (named) return { who: named, kind: 'name', verb: roleThenName[1]!, phrase: `${roleThenName[1]} ${roleThenName[2]}, ${named}`, side: 'after', at };
  // "said X", "explained political scientist Pavel Lukin" (lowercase words of a role before the name).
  const verbFirst = new RegExp(String.raw`^(${INVERTED})\s+(?:(?:\p{Ll}[\p{L}-]*\s+){1,3}(?=\p{Lu}))?(${NAME}|${PRONOUN}|${ROLE})`, 'u').exec(text);
  if (verbFirst) {
    const who = trimName(verbFirst[2]!) || verbFirst[2]!;
    return { who, kind: kindOf(who), verb: verbFirst[1]!, phrase: `${verbFirst[1]} ${who}`, side: 'after', at };
  }
  // "”, he said", "” Tokayev said", "” spokesman Ned Price told", "” Kremlin spokesman Dmitri Peskov declared",
  // "” Foreign Ministry spokesperson Zafar Nurmatov told", "” Chevron chairman and CEO Mike Wirth told" (an institution and lowercase words of a role before a name;
  // not a verb: "” Zas told Russian state television" is Zas's).
  const subjectFirst = new RegExp(String.raw`^(?:(?:\p{Lu}[\p{L}-]*\s+){1,3}(?=\p{Ll}[\p{L}-]*\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Lu}))?(?:(?!(?:he|she|they|il|elle|and|but|or|while|as|because|then|so|yet|which|who|that|when|after|before|if|although|though|since|until|whereas|whom|whose|the|a|an|in|on|at|for|with|to|by|${VERB})(?![\p{L}]))\p{Ll}[\p{L}-]*\s+){0,3}?(?:(?<=\p{Ll}\s)and\s+(?=\p{Lu}))?(${POSSESSIVE}|${NAME}|${PRONOUN}|${ROLE}|${INDEF_SPEAKER})(${APPOSITION})?\s*,?\s+(?:${AUX}\s+){0,2}(${VERB})(?![\p{L}])`, 'u').exec(text);
  // "”, protesters shouted": a plural of people with no article (as before a quotation: pluralSpeaker).
  const pluralAfter = new RegExp(String.raw`^${PLURAL_PEOPLE}\s+(${CROWD_VERB})(?![\p{L}])`, 'u').exec(text);
  const many = pluralAfter && pluralSpeaker(pluralAfter[1]!);
  if (many) return { who: many, kind: 'group', verb: pluralAfter![2]!, phrase: pluralAfter![0], side: 'after', at };
  // "», the Russian Foreign Ministry wrote": a body's capitalised name, its last word the kind of body.
  const theNamedBody = new RegExp(String.raw`^the\s+((?:\p{Lu}[\p{Ll}’'-]+\s+){0,3}(?:Ministry|Office|Council|Committee|Service|Department|Agency|Government|Embassy|Bank|Court|Parliament|Administration|Secretariat))\s+(?:${AUX}\s+){0,2}(${VERB})(?![\p{L}])`, 'u').exec(text);
  if (theNamedBody) return { who: theNamedBody[1]!, kind: 'name', verb: theNamedBody[2]!, phrase: `the ${theNamedBody[1]} ${theNamedBody[2]}`, side: 'after', at };
  // "”, the Kremlin said": a body named in one word after "the" (not an office: "the President said" is a role's).
  const theBody = new RegExp(String.raw`^the\s+(\p{Lu}[\p{Ll}-]+)\s+(?:${AUX}\s+){0,2}(${VERB})(?![\p{L}])`, 'u').exec(text);
  if (theBody && !OFFICE.test(theBody[1]!) && !/^(?:Prime|Foreign|Interior|Defen[cs]e|Deputy|Vice|Acting|Former|General|Ambassador|Premier|Chancellor|King|Queen|Leader|Spokes\p{L}*)$/u.test(theBody[1]!)) {
    return { who: theBody[1]!, kind: 'name', verb: theBody[2]!, phrase: `the ${theBody[1]} ${theBody[2]}`, side: 'after', at };
  }
  const clause = subjectFirst && clauseSpeaker(subjectFirst);
  if (clause) return { ...clause, phrase: `${clause.who} ${clause.verb}`, side: 'after', at };
  // "” — Telegram channel Kazakh Pulse, 6 January": the name after the words saying what it is; "” — Russian
  // television commentator, broadcast of 9 January": no name, the words are the speaker's label.
  const described = new RegExp(String.raw`^[–—-]\s*((?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)(?:\s+(${NAME}))?(?=\s*(?:[,.;]|$))`, 'u').exec(text);
  const describedName = described?.[2] && trimName(described[2]);
  if (describedName) return { who: describedName, kind: 'name', verb: '–', phrase: `– ${described![1]} ${describedName}`, side: 'after', at };
  if (described && /\s/.test(described[1]!)) return { who: described[1]!, kind: 'group', verb: '–', phrase: `– ${described[1]}`, side: 'after', at };
  const dash = new RegExp(String.raw`^[–—-]\s*(${NAME})`, 'u').exec(text);
  if (dash) {
    const who = trimName(dash[1]!);
    if (who) return { who, kind: 'name', verb: '–', phrase: `– ${who}`, side: 'after', at };
  }
  // The sentence's reporting clause after the words it goes on with: "“liquidated” dozens of attackers …,
  // interior ministry spokesperson Saltanat Azirbek said on state television." (a comma, a few lowercase words, the name).
  if (!/^[.!?]/.test(text)) {
    const sentence = /^[^.!?“”«»"]*/.exec(text)![0];
    for (const m of sentence.matchAll(SUBJECT_VERB)) {
      const c = clauseSpeaker(m);
      if (c?.kind === 'name' && /,\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,5}$/u.test(sentence.slice(0, m.index))) return { ...c, phrase: `${c.who} ${c.verb}`, side: 'after', at: at + m.index };
    }
  }
  return undefined;
}
