/**
 * The words that attribute each quotation of a paragraph (marks.ts finds the
 * quotations): before it ("X argued that “", "According to X, “", "For X, a
 * researcher at Y, “", "In her view, “"), after it ("”, said X", "” X told
 * Reuters", "”, he added", "” – X", "», estime-t-il", "», — заявил X"), or a
 * reporting clause anywhere before it in the sentence ("X, a fellow at Y,
 * said on Monday that the troops had guarded “"). Appositions between a name
 * and its verb are skipped. Pure text work: who a name, pronoun or role is,
 * is decided in quotes.ts.
 *
 * The patterns they use are in speech-patterns.ts, who a clause's subject is in clause-subjects.ts, who a paragraph names as acting in mentions.ts, the
 * reading after the closing mark in after-mark.ts.
 */

import { ANY_VERB, AUX, INVERTED, kindOf, NAME, ONE_NAME, PRONOUN, ROLE, SUBJECT, SUBJECT_VERB, trimName, VERB, type WhoKind } from './speech-patterns.ts';
import { dialogueAttribution } from './dialogue.ts';
import { after, CROWD_VERB, PLURAL_PEOPLE, pluralSpeaker } from './after-mark.ts';
import { afterPreposition, afterVerb, clauseSpeaker, isPossessive, speakerPhrase } from './clause-subjects.ts';
import { ORGANIZATION } from './people.ts';
import { placardCarriers } from './placards.ts';

export { dropPlace } from './clause-subjects.ts';

export { kindOf, trimName, type WhoKind } from './speech-patterns.ts';

export { findQuotations, type MarkStyle, type Quotation } from './marks.ts';
import type { Quotation } from './marks.ts';

export { namesIn, reportingClauses, subjectMentions } from './mentions.ts';

export interface Attribution {
  /** The words naming who is quoted, as in the text: "Luca Anceschi", "she", "the expert", "the interior ministry". */
  who: string;
  kind: WhoKind;
  verb: string;
  /** The attribution as it reads: "said Luca Anceschi", "according to the interior ministry". */
  phrase: string;
  /** Where the attribution is: before the opening mark or after the closing one. */
  side: 'before' | 'after';
  /** Index in the paragraph of the attribution (two quotations sharing it are one statement). */
  at: number;
  /** The attribution ends right at the opening mark ("X said: “"), not earlier in the sentence. */
  adjacent?: boolean;
  /** Found in the sentence after the quotation's ("“…” That is how X sums it up."). */
  nextSentence?: boolean;
  /** The sentence's subject acts, no verb of saying ("The ministry counts 26 “armed criminals”", "X sees it differently: “"): only a person or a body speaks so. */
  acts?: boolean;
}


/** A title's or a month's abbreviation, or an initial, before which a sentence never ends: "Col. Gen. Andrei Serdyukov", "Jan. 5", "Antony J. Blinken". */
const ABBREVIATION = /(?:^|[\s(])(?:Col|Gen|Lt|Maj|Capt|Sgt|Adm|Cmdr|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|\p{Lu})\.\s*$/u;

/** Where the sentence holding `index` starts (not after an abbreviation, which the segmenter may take for a sentence's end). */
function sentenceStart(paragraph: string, index: number): number {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let start = 0;
  for (const s of segmenter.segment(paragraph)) {
    if (s.index > index) break;
    if (s.index > 0 && ABBREVIATION.test(paragraph.slice(0, s.index))) continue;
    // A sentence boundary inside the quotation marks themselves does not start a new sentence for its attribution.
    start = s.index;
  }
  return start;
}

/** Participles that go on with their sentence's subject: "…, describing the rioters as “", "…, claiming the country faced “". */
const PARTICIPLE = 'describing|calling|branding|labell?ing|terming|dubbing|saying|adding|warning|insisting|noting|arguing|stating|promising|vowing|claiming|alleging|declaring|accusing|praising|hailing|welcoming|condemning|critici[sz]ing|thanking|urging|telling|reminding|assuring';

/** Participles of a message's praise or blame, which follow a noun without a comma. */
const PRAISE = 'praising|hailing|welcoming|condemning|critici[sz]ing|thanking';

/** The last subject of a sentence's words: a reporting clause's, a name before a verb, or a pronoun before a verb. */
function sentenceSubject(words: string): { who: string; kind: WhoKind; at: number } | undefined {
  const clause = [...words.matchAll(SUBJECT_VERB)].map((m) => ({ m, c: clauseSpeaker(m) })).findLast((x) => x.c);
  // (Not a preposition's object, "appealed to the CSTO heads of state".)
  // (Nor a verb's object: "Tokayev on Tuesday named Alikhan Smailov …, saying their “main mission”" is Tokayev's.)
  const named = [...words.matchAll(SUBJECT)].findLast((m) => trimName(m[1]!) && !isPossessive(m[1]!) && !afterPreposition(words.slice(0, m.index).replace(/(?:the|The)\s+$/u, ''), m[1]!) && !afterVerb(words.slice(0, m.index)));
  const pronoun = [...words.matchAll(new RegExp(String.raw`(?:^|[^\p{L}])(${PRONOUN})\s+(?:${AUX}\s+){0,2}${ANY_VERB}(?![\p{L}])`, 'gu'))].at(-1);
  // (The reporting clause last among subjects at one place: "Secretary of State Antony Blinken remarked" is Blinken, not "Secretary".)
  const found = [
    // (A body keeps what it is of: "the Ministry of External Affairs confined itself to saying".)
    named && { who: trimName(ORGANIZATION.test(named[1]!) && /^\s+of\s/u.test(named[2] ?? '') ? named[1]! + named[2]! : named[1]!), kind: 'name' as const, at: named.index },
    pronoun && { who: pronoun[1]!, kind: 'pronoun' as const, at: pronoun.index },
    clause && { who: clause.c!.who, kind: clause.c!.kind, at: clause.m.index },
  ].filter((x) => !!x);
  return found.sort((a, b) => a.at - b.at).at(-1);
}

/**
 * The author's distance from a word, before its marks: "its so-called “peacekeeping forces”", "the self-proclaimed Donetsk
 * and Luhansk “people's republics”" (the names it qualifies between): nobody's words.
 */
export const AUTHORS_DISTANCE = /\b(?:so-called|self-styled|self-proclaimed|alleged|supposed)\s+(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,3}$|\b(?:so-called|self-styled|self-proclaimed|alleged|supposed)\s*$/iu;

/** "According to X, “", "For X, a researcher at Y, “", "As X has noted, “", "In her view, “", "said X“". */
function before(paragraph: string, from: number, open: number, words: string): Attribution | undefined {
  // A speaker's spoken mark ("authorised them to, quote, “") is not a word of the attribution.
  const window = paragraph.slice(from, open).replace(/,?\s*\bquote(?:[,\s-]+unquote)?\s*[,:]?\s*$/iu, (q) => ' '.repeat(q.length));
  // "its so-called “peacekeeping forces”": the author's distance, nobody's words ("called" is no verb here).
  if (AUTHORS_DISTANCE.test(window)) return undefined;
  const trimmed = window.replace(/[\s,:–—-]+$/u, '').replace(/\s+that$/, '').replace(/[\s,:]+$/, '');
  // (The last such phrase: "… described Kazakhstan as having returned, in the words of one television host, “".)
  const intro = new RegExp(String.raw`(?:^|[^\p{L}])(in the words of)\s+([^“”«»"]+?)$`, 'iu').exec(trimmed)
    ?? new RegExp(String.raw`(?:^|[^\p{L}])(according to|for|in the words of|as|selon|pour|según|para)\s+([^“”«»"]+?)$`, 'iu').exec(trimmed);
  // (Not "a matter for the alliance and that Moscow “": a clause of its own after "for".)
  // (Nor "put it in a commentary for an Almaty news site:": "for X" gives the speaker opening a sentence or a clause, "For X, …".)
  const beforeIntro = intro ? trimmed.slice(0, intro.index + intro[0].indexOf(intro[1]!)) : '';
  const forMidClause = intro && /^(?:for|pour|para)$/iu.test(intro[1]!) && !/(?:^|[.!?,;]|\s(?:and|but))\s*$/u.test(beforeIntro);
  if (intro && !forMidClause && !/\bthat\b/u.test(intro[2]!)) {
    const speaker = speakerPhrase(intro[2]!.replace(new RegExp(String.raw`\s+(?:${AUX}\s+)?${VERB}$`, 'u'), ''));
    if (speaker && (intro[1]!.toLowerCase() !== 'as' || new RegExp(`${VERB}$`, 'u').test(intro[2]!))) {
      // ("For Moscow, the unrest is « … », the ministry wrote": a clause after "For X," leaves the attribution after the mark first.)
      const clauseAfter = /^(?:for|pour|para)$/iu.test(intro[1]!) && /,\s*\S/u.test(intro[2]!);
      return { ...speaker, verb: intro[1]!.toLowerCase(), phrase: `${intro[1]} ${speaker.who}`, side: 'before', at: from + intro.index, adjacent: !clauseAfter };
    }
  }
  // "Daniyar Seytkali, a Central Asia researcher at the Caspian Policy Group: “": the name before its apposition, not the body in it.
  const apposedLabel = new RegExp(String.raw`(?:^|[.!?]\s+)(${NAME}),\s+(?:a|an|the)\s+[^,:“”«»"]{2,90}:\s*$`, 'u').exec(window);
  if (apposedLabel && trimName(apposedLabel[1]!)) return { who: trimName(apposedLabel[1]!), kind: 'name', verb: ':', phrase: `${trimName(apposedLabel[1]!)} …:`, side: 'before', at: from + apposedLabel.index, adjacent: true };
  // "Political scientist X on the withdrawal: “", "X: “" (a digest's or a headline's attribution).
  const labelled = /:\s*$/.test(window) && new RegExp(String.raw`(?:^|[.!?]\s+|\p{Ll}\s+)(${NAME})(?:['’]s\s+(?:assessment|verdict|view|conclusion|answer|reply|reaction|summary|advice|warning|message)(?:\s+(?:is|was)(?:\s+\p{Ll}+)?)?|\s+on\s+[^:“”«»"]{2,60})?$`, 'u').exec(trimmed);
  // (Not "told FactLens:", "detained in Taldykorgan on 8 January said:", "wrote on Twitter:": whom it was told to, where it happened.)
  const object = labelled && /(?:^|[^\p{L}])(?:told|to|asked|in|at|from|near|of|with|on|via)\s+$/u.test(trimmed.slice(0, labelled.index + labelled[0].indexOf(labelled[1]!)));
  if (labelled && !object && trimName(labelled[1]!)) return { who: trimName(labelled[1]!), kind: 'name', verb: ':', phrase: `${labelled[1]}:`, side: 'before', at: from + labelled.index, adjacent: true };
  // "A 45-year-old woman detained in Taldykorgan on 8 January said: “", "One resident, who asked not to be named, said: “": an unnamed voice, its words its label.
  // (With the place the text gives them: "One shopkeeper at Almaty's Green Bazaar, who …, said:".)
  const unnamed = /(?:^|[.!?]\s+|^\s*\d{1,3}\.\s+)((?:A|An|One)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,3}\p{Ll}[\p{Ll}-]*(?:\s+(?:in|at|from|near)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})?)(?:\s+\p{Ll}+ed\s+(?:in|at|from|near|on|by)\s+[^,.:;“”«»"]{2,50})?(?:,\s+(?:who|whose)\s+[^,.:;“”«»"]{2,80},)?\s+(said|says|told\s+\p{Lu}[\p{L}]*|wrote|added|recalled|explained):\s*$/u.exec(window);
  if (unnamed) return { who: unnamed[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: 'group', verb: unnamed[2]!, phrase: unnamed[0].trim(), side: 'before', at: from + unnamed.index, adjacent: true };
  const placard = placardCarriers(window);
  if (placard) return { who: placard.who, kind: 'group', verb: 'reading', phrase: placard.phrase, side: 'before', at: from + placard.index, adjacent: true };
  // "In Almaty, protesters chanted “…”", "Officials say: “", "what officials called “": a plural of people with no article, its verb just before the mark.
  // (With the place the text gives them, "Protesters in Almaty were heard chanting “", and the chant after what they
  // did, "Crowds in Taldykorgan pulled down a statue of him on Wednesday, chanting “"; or where they were, unnamed: "Crowds in several cities chanted".)
  const plural = new RegExp(String.raw`(?:^|[.!?]\s+|,\s+|(?<![\p{L}])what\s+)${PLURAL_PEOPLE}(\s+(?:in|at|outside|near|from)\s+(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}|(?:several|many|other|some|a\s+dozen|dozens\s+of)\s+(?:cities|towns|regions|villages|places)))?(?:\s+(?:were|was)\s+heard|\s+[^.!?;“”«»"]{3,120},)?\s+(${CROWD_VERB}|chanting|shouting|singing)\s*[,:]?\s*$`, 'u').exec(window);
  const crowd = plural && pluralSpeaker(plural[1]!);
  // (A clause between the crowd and its chant only before a participle: "Crowds … pulled down a statue, chanting".)
  const between = plural && plural[0].slice(plural[0].indexOf(plural[1]!) + plural[1]!.length + (plural[2]?.length ?? 0));
  const clause = between !== null && /,\s+\S+\s*[,:]?\s*$/u.test(between ?? '') && !/\s(?:were|was)\s+heard/u.test(between ?? '');
  if (plural && crowd && (!clause || /ing$/u.test(plural[3]!))) {
    return { who: `${crowd}${plural[2] ?? ''}`, kind: 'group', verb: plural[3]!, phrase: plural[0].replace(/^[.!?,\s]+/u, '').trim(), side: 'before', at: from + plural.index, adjacent: true };
  }
  // "A short statement from the defense ministry on January 7 said … “": the statement's author.
  const statement = /(?:^|\s)(?:a|an|the|A|An|The)\s+(?:\p{Ll}+\s+){0,2}(?:statement|communiqué|press release|announcement|message)\s+(?:from|by|of)\s+((?:the\s+)?[\p{L}’' -]{3,50}?)\s+(?:on\s+\S+(?:\s+\d{1,2})?\s+)?(?:\p{Ll}+\s+)?(?:said|says|stated|read|announced)\b/u.exec(window);
  if (statement) return { who: statement[1]!.trim(), kind: kindOf(statement[1]!.trim()), verb: 'statement', phrase: statement[0].trim(), side: 'before', at: from + statement.index, adjacent: true };
  // "repeated by the Kazakh foreign ministry, is that … “", "a Russian general who told him, “".
  const by = /,\s+(?:repeated|quoted|cited|echoed|voiced|given|put forward)\s+by\s+((?:the\s+)?[^,“”«»"]{3,60}?),/iu.exec(window);
  if (by) return { who: by[1]!, kind: kindOf(by[1]!), verb: 'by', phrase: by[0].replace(/^,\s*|,$/g, ''), side: 'before', at: from + by.index, adjacent: true };
  // "Blinken's line was “", "Her verdict is: “": the person whose words they are.
  // (Or with a colon: "Peskov's line on the deployment, in full: “".)
  const possessive = new RegExp(String.raw`(?:^|[^\p{L}])(${ONE_NAME})['’]s\s+(?:\p{Ll}+\s+)?(?:line|words|remark|comment|phrase|verdict|view|answer|reply|response|message|warning|assessment|conclusion|advice|summary|quip|formula|description)(?:\s+(?:was|is|had been|reads?)|\s+[^:“”«»".!?]{0,60}:)$`, 'u').exec(window.trimEnd().endsWith(':') ? window.trimEnd() : trimmed);
  if (possessive && trimName(possessive[1]!)) return { who: trimName(possessive[1]!), kind: 'name', verb: 'words', phrase: possessive[0].trim(), side: 'before', at: from + possessive.index, adjacent: true };
  // "the Collective Security Treaty Organization (CSTO) “peacekeeping” contingent", "the CSTO’s “peacekeeping” force": a
  // body's own label for what it names, right after its initials (in a sentence no reporting clause opens: not
  // "Tokayev announced that the CSTO’s “main mission” had been completed").
  const label = /(?:^|[^\p{L}])(?:\((\p{Lu}{2,6})\)|(?:the\s+)?(\p{Lu}{2,6})['’]s)\s*$/u.exec(window);
  if (label && ![...window.matchAll(SUBJECT_VERB)].some((m) => clauseSpeaker(m))) return { who: (label[1] ?? label[2])!, kind: 'name', verb: 'label', phrase: label[0].trim(), side: 'before', at: from + label.index, adjacent: true };
  // "Tokayev used the word “terrorists”": the word is the user's (not "did not use the word “gas”": never said).
  const used = new RegExp(String.raw`(?:^|[^\p{L}])(${ONE_NAME}|${PRONOUN})\s+(?:(?:has|had|again|also|repeatedly|first)\s+)?(?:used|uses|chose|coined|invoked|repeated)\s+the\s+(?:word|term|phrase|expression|label|slogan)$`, 'u').exec(trimmed);
  const user = used && (kindOf(used[1]!) === 'pronoun' ? used[1]! : trimName(used[1]!));
  if (used && user) return { who: user, kind: kindOf(user), verb: 'used', phrase: used[0].trim(), side: 'before', at: from + used.index, adjacent: true };
  const relative = new RegExp(String.raw`(?:^|[^\p{L}])((?:a|an|one)\s+(?:\p{L}[\p{L}-]*\s+){0,3}?\p{Ll}[\p{L}-]*)\s+who\s+(${VERB})(?:\s+(?:him|her|them|me|us|reporters|journalists))?$`, 'u').exec(trimmed);
  if (relative) return { who: relative[1]!, kind: 'group', verb: relative[2]!, phrase: relative[0].trim(), side: 'before', at: from + relative.index, adjacent: true };
  const view = /(?:^|[^\p{L}])(?:in|to)\s+(his|her|their)\s+(?:view|words|reading|opinion|eyes|mind|analysis|account)$/iu.exec(trimmed);
  if (view) return { who: view[1]!, kind: 'pronoun', verb: 'view', phrase: view[0].trim(), side: 'before', at: from + view.index, adjacent: true };
  // "…, in Prime Minister Nikol Pashinyan’s words, “": the named person's view.
  const namedView = new RegExp(String.raw`(?:^|[^\p{L}])(?:in|to)\s+(${ONE_NAME})['’]s\s+(?:own\s+)?(?:view|words|phrase|reading|account)$`, 'u').exec(trimmed);
  if (namedView && trimName(namedView[1]!)) return { who: trimName(namedView[1]!), kind: 'name', verb: 'view', phrase: namedView[0].trim(), side: 'before', at: from + namedView.index, adjacent: true };
  const saidName = new RegExp(String.raw`(?:^|[^\p{L}])(${INVERTED})\s+(${NAME}|${ROLE})$`, 'u').exec(trimmed);
  // "said the minister “", not "said the troops guarded “" (a clause, whose verb ends the role).
  // (Not "X told Le Monde “", "he had told the police to “": after its subject or an auxiliary the verb is not
  // inverted, and what follows is its object.)
  const verbAt = saidName ? saidName.index + saidName[0].indexOf(saidName[1]!) : 0;
  const subjectFirst = saidName && new RegExp(String.raw`(?:\p{Lu}[\p{L}\p{M}’'-]*|${PRONOUN}|had|has|have|was|were|is|are|be|been|will|would)\s+$`, 'u').test(trimmed.slice(0, verbAt));
  // (Nor "X, a photographer …, told FactLens: “": before the mark "told" and "asked" take whom, not who.)
  if (saidName && !subjectFirst && !/^(?:told|asked)$/.test(saidName[1]!) && !/(?:ed|ing)$/.test(saidName[2]!)) {
    const who = kindOf(saidName[2]!) === 'name' ? trimName(saidName[2]!) : saidName[2]!;
    if (who) return { who, kind: kindOf(who), verb: saidName[1]!, phrase: `${saidName[1]} ${who}`, side: 'before', at: from + saidName.index, adjacent: true };
  }
  // "TASS quoted Peskov as saying …“": the one quoted, not the agency quoting them.
  const quotedAs = new RegExp(String.raw`(?:^|[^\p{L}])(?:quoted|cited)\s+(${NAME}|${ROLE})\s+as\s+(?:saying|telling\s+\S+)(?![\p{L}])`, 'u').exec(window);
  const quotedWho = quotedAs && (kindOf(quotedAs[1]!) === 'name' ? trimName(quotedAs[1]!) : quotedAs[1]!);
  if (quotedAs && quotedWho && !/[.!?]\s/.test(window.slice(quotedAs.index))) return { who: quotedWho, kind: kindOf(quotedWho), verb: 'quoted as saying', phrase: quotedAs[0].trim(), side: 'before', at: from + quotedAs.index, adjacent: false };
  // The last reporting clause of the sentence before the mark: "X, a fellow at Y, said on Monday that … “".
  const clauses = [...window.matchAll(SUBJECT_VERB)].filter((m) => clauseSpeaker(m));
  // "Peskov told journalists that the Russian side considers the timetable “…”": a role or a group inside what a
  // named person reports is reported about; the person speaks.
  const reporter = clauses.find((m, k) => k < clauses.length - 1 && ['name', 'pronoun'].includes(clauseSpeaker(m)!.kind) && /\bthat\b/.test(window.slice(m.index + m[0].length, clauses.at(-1)!.index)));
  // (And a name whose verb is of thinking or judging, not saying ("… said that the United States welcomed the withdrawal and would …"): "Wang told a briefing that …, and that China believed
  // the authorities could “…”": a belief is not an utterance; the reporter's words are quoted.)
  const inner = clauses.length > 0 ? clauseSpeaker(clauses.at(-1)!)! : undefined;
  // (Nor a name with a modal before its verb: "He said that Kazakhstan would continue to regard China as a “…”" is
  // what he said Kazakhstan would do.)
  const modal = clauses.length > 0 && /(?:^|\s)(?:would|will|could|should|might|may|must)\s/u.test(clauses.at(-1)![0]);
  const last = reporter && (inner!.kind !== 'name' || THINKING.test(inner!.verb) || modal) ? reporter : clauses.at(-1);
  // "… quoted an unnamed Kazakh officer who said the troops had been “": the one who said it, if named after the last clause.
  const who = [...window.matchAll(new RegExp(String.raw`(?:^|[^\p{L}])((?:a|an|one)\s+(?:\p{L}[\p{L}-]*\s+){0,3}?\p{Ll}[\p{L}-]*)\s+who\s+(${VERB})(?![\p{L}])`, 'gu'))].at(-1);
  if (who && (!last || who.index > last.index)) return { who: who[1]!, kind: 'group', verb: who[2]!, phrase: who[0].trim(), side: 'before', at: from + who.index, adjacent: false };
  // "…, not echoed by Tokayev, who spoke instead of “", "Tokayev, who on January 7 said he had ordered troops to “": the
  // relative clause's verb of saying is its antecedent's (no comma after it: the clause still open at the mark).
  const relativeName = new RegExp(String.raw`(?<![\p{L}])(${NAME}),\s+who\s+(?:[^,.;:“”«»"]{0,30}?\s+)?(${VERB})(?![\p{L}])[^,.;:“”«»"]*$`, 'u').exec(window);
  const antecedent = relativeName && trimName(relativeName[1]!);
  if (relativeName && antecedent && (!last || from + relativeName.index > from + last.index)) return { who: antecedent, kind: 'name', verb: relativeName[2]!, phrase: `${antecedent}, who ${relativeName[2]}`, side: 'before', at: from + relativeName.index, adjacent: false };
  // "X appealed to …, describing the unrest as “", "he called in the CSTO, describing …": the participle's subject is
  // the last subject before it (a name or a pronoun before a verb), not the object just before the participle.
  // (So is a gerund's after a preposition: "the ministry confined itself to saying that India was “".)
  // (Or right before the mark: "He rejected rumours of a rift between his allies and the president, saying: “".)
  // (A message's praise needs no comma: "Xi Jinping sent him a message on 7 January praising his “".)
  const participle = new RegExp(String.raw`(?:,\s+|\s(?:to|by|after|while|when)\s+|\s(?=${PRAISE}\s))(${PARTICIPLE})(?:\s[^,;“”«»"]*)?$`, 'u').exec(trimmed);
  const firstSubject = participle && sentenceSubject(window.slice(0, participle.index));
  if (participle && firstSubject) return { ...firstSubject, verb: participle[1]!, phrase: `${firstSubject.who} …, ${participle[1]}`, side: 'before', at: from + firstSubject.at, adjacent: true };
  if (last) {
    const { who, kind, verb } = clauseSpeaker(last)!;
    const adjacent = /^\s*(?:that)?[\s,:–—-]*$/u.test(window.slice(last.index + last[0].length));
    // (Not across a semicolon: "the authorities said 9,900 … had been detained; … under investigation for “mass riots”".)
    if (window.slice(last.index + last[0].length).includes(';')) return undefined;
    return { who, kind, verb, phrase: `${who} ${verb}`, side: 'before', at: from + last.index, adjacent };
  }
  // "Tokayev’s description of the unrest as the work of “": the words' owner, named by a noun of saying.
  const owned = new RegExp(String.raw`(?:^|[.!?]\s+|\s)(${NAME})['’]s\s+(?:own\s+)?(?:description|characteri[sz]ation|portrayal|claim|charge|accusation|words|warning|promise|pledge|insistence|reference|order|orders|instruction|instructions)\s+(?:of|that|to|about)\s[^.!?“”«»"]*$`, 'u').exec(window);
  // (Not one another makes their own, or rejects: "He also repeated the Kremlin's claim that …".)
  const ownedBy = owned && !afterVerb(window.slice(0, owned.index + owned[0].indexOf(owned[1]!)).replace(/\s(?:the|a)\s+$/u, ' '));
  if (owned && ownedBy && trimName(owned[1]!)) return { who: trimName(owned[1]!), kind: 'name', verb: '’s', phrase: owned[0].trim().slice(0, 60), side: 'before', at: from + owned.index, adjacent: true };
  // "The political scientist X sees it differently: “": a sentence about a person (no
  // reporting clause), ending in a colon before the mark.
  // "A banker in Almaty, who asked me not to name him, was blunter than any report: “": the unnamed subject, not the place.
  // (Or "One Almaty broker put it bluntly: “".)
  const someone = /:\s*$/.test(window) && /^\s*((?:A|An|One)\s+(?:[\p{L}\d-]+\s+){0,3}?\p{Ll}[\p{Ll}-]*(?:\s+(?:in|from|at)\s+\p{Lu}[\p{L}-]+)?)(?:,\s+[^,“”«»"]{2,90},)?\s+(?:was|is|were|had|has|put it|put the (?:point|matter|case)|summed it up)(?:\s[^.!?“”«»"]*)?:\s*$/u.exec(window);
  if (someone) return { who: someone[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: 'group', verb: ':', phrase: someone[0].trim(), side: 'before', at: from + someone.index, adjacent: true };
  // (Not a preposition's object: "X … put it bluntly in a commentary for an Almaty news site this week: “" is X.)
  const colon = /:\s*$/.test(window) ? [...window.matchAll(SUBJECT)].filter((m) => !afterPreposition(window.slice(0, m.index), m[1]!)).at(-1) : undefined;
  if (colon && trimName(colon[1]!) && !/[.!?]\s/.test(window.slice(colon.index))) {
    const who = trimName(colon[1]!);
    // (A name described as someone, "Her neighbour Yerlan, a taxi driver, was blunter: “", is a person's, however short.)
    // (Only after a word naming who they are to someone, "neighbour Yerlan": "Almaty, a city of two million, was quiet:" is a place.)
    const related = /(?:^|\s)(?!(?:in|at|of|from|near|to|for|with|by|on|and|or)\s)\p{Ll}{3,}\s+$/u.test(window.slice(0, colon.index));
    const described = related && /^,\s+(?:a|an)\s+\p{Ll}/u.test(colon[2] ?? '');
    return { who, kind: 'name', verb: ':', phrase: `${who} …:`, side: 'before', at: from + colon.index, adjacent: true, ...(described ? {} : { acts: true }) };
  }
  // "According to him, the country had faced « … »": the sentence opens with who speaks.
  // "По его словам, миссия была «…»".
  // "In his reading, the deployment was “", "For the political scientist X, this phrase « »": the sentence opens with who speaks.
  const viewFirst = /^\s*(?:in|to)\s+(his|her|their)\s+(?:view|words|reading|opinion|eyes|mind|analysis|account),/iu.exec(window);
  if (viewFirst) return { who: viewFirst[1]!, kind: 'pronoun', verb: 'view', phrase: viewFirst[0].trim(), side: 'before', at: from + viewFirst.index, adjacent: true };
  const forFirst = new RegExp(String.raw`^\s*(?:[Ff]or|[Pp]our)\s+(?:(?:the|le|la|l['’])\s*)?(?:\p{Ll}[\p{L}-]*\s+){0,3}(${NAME}),\s`, 'u').exec(window);
  // (Adjacent only when the mark follows it: "For Moscow, the unrest is « … », the ministry wrote" is the ministry's.)
  if (forFirst && trimName(forFirst[1]!)) return { who: trimName(forFirst[1]!), kind: 'name', verb: 'for', phrase: forFirst[0].trim(), side: 'before', at: from + forFirst.index, adjacent: /^[\s,:–—-]*$/u.test(window.slice(forFirst.index + forFirst[0].length)) };
  const russianOpening = /^\s*по\s+(его|её|ее|их)\s+словам,/iu.exec(window);
  if (russianOpening) return { who: russianOpening[1]!, kind: 'pronoun', verb: 'по словам', phrase: russianOpening[0].trim(), side: 'before', at: from + russianOpening.index, adjacent: true };
  const opening = new RegExp(String.raw`^\s*(according to|selon|d['’]après|in the words of|según)\s+([^,“”«»"]+?),\s`, 'iu').exec(window);
  const source = opening && speakerPhrase(opening[2]!);
  if (source) return { ...source, verb: opening[1]!.toLowerCase(), phrase: `${opening[1]} ${source.who}`, side: 'before', at: from + opening.index, adjacent: true };
  // A quotation in a sentence whose subject acts, no verb of saying ("The Government counts 26 « … »",
  // "The president, X, gave the order to shoot « … »"): the subject's words, when they are words (two or
  // more, not a title in capitals) and the mark comes in the verb's clause.
  const acting = new RegExp(String.raw`^\s*(?:[^,“”«»"]{1,40},\s+)?(?:(?:The|the)\s+)?(${NAME})(?:,\s+[^,“”«»"]{2,60},)?,?\s+(?:${AUX}\s+){0,2}(${ANY_VERB})\s+[^,;:“”«»"]{0,80}$`, 'u').exec(window);
  const titleCase = words.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|de|la|le)$/.test(w));
  if (acting && words.split(/\s+/).length >= 2 && !titleCase && trimName(acting[1]!)) {
    const who = trimName(acting[1]!);
    return { who, kind: 'name', verb: acting[2]!, phrase: `${who} ${acting[2]} (the sentence's subject)`, side: 'before', at: from + acting.index, adjacent: false, acts: true };
  }
  // (Or a pronoun, after a phrase of place or time: "In a speech to parliament he lambasted the “layer of wealthy people”".)
  const pronounActs = new RegExp(String.raw`^\s*(?:[^,“”«»"]{1,40}(?:,\s+|\s+))?(${PRONOUN})\s+(?:${AUX}\s+){0,2}(${ANY_VERB})\s+[^,;:“”«»"]{0,80}$`, 'u').exec(window);
  if (pronounActs && words.split(/\s+/).length >= 2 && !titleCase) {
    return { who: pronounActs[1]!, kind: 'pronoun', verb: pronounActs[2]!, phrase: `${pronounActs[1]} ${pronounActs[2]} (the sentence's subject)`, side: 'before', at: from + pronounActs.index, adjacent: false, acts: true };
  }
  // A verb with no subject beside it ("X saw far-reaching implications, stating that “"): the sentence's subject.
  const verbAtEnd = new RegExp(String.raw`(?:^|[^\p{L}])(${VERB})$`, 'u').exec(trimmed);
  const subject = verbAtEnd && new RegExp(String.raw`^\s*(${NAME})`, 'u').exec(window);
  if (verbAtEnd && subject && trimName(subject[1]!)) {
    const who = trimName(subject[1]!);
    return { who, kind: 'name', verb: verbAtEnd[1]!, phrase: `${who} … ${verbAtEnd[1]}`, side: 'before', at: from + verbAtEnd.index, adjacent: true };
  }
  return undefined;
}


/**
 * Finds who is quoted by each quotation of a paragraph: the words before the
 * opening mark (from the sentence start or the previous quotation), then,
 * for a closed quotation, those after its closing mark. A garbled mark has
 * no attribution.
 */
export function attribute(paragraph: string, quotations: readonly Quotation[]): (Attribution | undefined)[] {
  const real = quotations.filter((q) => !q.garbled);
  const found: (Attribution | undefined)[] = [];
  return quotations.map((q) => {
    if (q.garbled) return undefined;
    const i = real.indexOf(q);
    if (q.style === 'dash') return dialogueAttribution(paragraph, real, i);
    const previous = real[i - 1];
    const previousEnd = previous?.close !== undefined ? previous.close + 1 : 0;
    // "said that all complaints would be “…” and that “…”": the second goes on with the first's clause.
    if (previous && previousEnd > 0 && found[i - 1] && continuesClause(paragraph.slice(previousEnd, q.open))) return (found[i] = found[i - 1]);
    const from = Math.max(previousEnd, sentenceStart(paragraph, q.open));
    const ahead = before(paragraph, from, q.open, paragraph.slice(q.start, q.end));
    if (ahead?.adjacent || q.close === undefined) return (found[i] = ahead);
    // Else an attribution right after the closing mark, then a reporting clause earlier in the sentence
    // (before the next sentence's: "X wrote that the force was sent “…”. The ministry in Yerevan said …").
    const later = after(paragraph, q.close, real[i + 1]?.open ?? paragraph.length);
    // "Xi said Tokayev had “…” and had “…”, according to CCTV": the source after it relays what the
    // sentence's speaker said (the reporting clause before, or the one the sentence's first quotation had).
    const sentenceBefore = previous && sentenceStart(paragraph, q.open) <= previous.open ? found[i - 1] : undefined;
    const speaker = [ahead, sentenceBefore].find((a) => a?.kind === 'name' && a.side === 'before' && !a.acts);
    if (later && RELAYED.test(later.verb) && speaker) return (found[i] = speaker);
    const result = later?.nextSentence && ahead ? ahead : (later ?? ahead);
    // (After a name in marks in the same sentence, "… a new fund, X (“For the People”), and “share with the people”":
    // the sentence's attribution, which the name took, is this quotation's.)
    if (!result && previous?.name && sentenceStart(paragraph, q.open) <= previous.open) return (found[i] = found[i - 1]);
    return (found[i] = result);
  });
}

/** Verbs of thinking, not of saying ("believed", "hopes"). */
const THINKING = /^(?:believ|think|thought|consider|fear|hope|expect|reckon|feel|felt|welcom|prais|hail|condemn)/iu;

/** "according to" and its equivalents: a source that may only relay the words. */
const RELAYED = /^(?:according to|selon|d['’]après|según)$/u;

/** The words between two quotations that join the second to the first's clause: " and that ", ", and ", " or that ". */
export const continuesClause = (between: string) => /^[\s,]*(?:and|or)\s+(?:that\s+)?$/u.test(between);
