/**
 * The patterns attribution is read with, in English and French (and Spanish verbs and roles): verbs of
 * saying (before and after their subject), auxiliaries and time words between
 * a subject and its verb, names, pronouns, roles ("the expert", "le chef de
 * l'Etat"), appositions and affiliations, and the reporting clause they make
 * ("X, a fellow at Y, said"), and what kind of speaker a run of words names
 * (trimName, kindOf). Used by quotations.ts, dialogue.ts, interview.ts and reported.ts.
 */
import { IRREGULAR_PAST } from './english-verbs.ts';

/** Verbs of attribution (present, past, participle): "X told", "said X", "X has argued", "she estimates". */
const VERB_STEMS = [
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'add', 'argu', 'writ', 'wrote', 'note', 'noting', 'comment', 'explain', 'recall', 'contend',
  'warn', 'estimat', 'believ', 'observ', 'ask', 'stat', 'quot', 'continu', 'insist', 'claim', 'suggest', 'conclud', 'declar', 'emphasi[sz]', 'stress',
  'acknowledg', 'admit', 'repl(?:y|ie)', 'respond', 'announc', 'predict', 'think', 'thought', 'maintain', 'remark', 'caution', 'affirm', 'assur', 'assert',
  'agree', 'disagree', 'object', 'counter', 'recount', 'put(?:s|ting)? it', 'sum(?:med|ming|s)? up', 'point(?:ed|s|ing)? out', 'fear', 'hope', 'complain', 'confirm',
  'describ', 'call(?:ed|s|ing)?', 'tweet', 'posit', 'reckon', 'concede', 'conced', 'specif', 'reiterat', 'urg', 'instruct', 'told reporters',
  // And the verbs machine translation leaves ("», testifies Marat", "», he judges"), speaking of ("spoke of").
  'spok', 'speak', 'promis', 'prais', 'issu', 'express', 'blam', 'thank', 'welcom', 'condemn', 'criticiz', 'criticis', 'accus', 'testif', 'annonc', 'confi', 'martel', 'lanc', 'reconnu', 'reconnaît', 'prévien', 'avert', 'résum', 'tranch',
  'racont', 'témoign', 'regrett', 'poursuit', 'rappell', 'rappel', 'pens', 'judg', 'underlin', 'confid', 'lament', 'deplor', 'question', 'consider', 'recogni[sz]', 'denounc', 'vow', 'pledg',
  // French, for texts quoted untranslated: "« … », explique X".
  'expliqu', 'estim', 'affirm', 'ajout', 'déclar', 'soulign', 'dit', 'précis', 'indiqu', 'assur', 'rappell', 'analys',
];
/** Spanish verbs of attribution, past and present ("», dijo X", "», afirma el ministro", "X aseguró que"). */
export const ES_VERB = String.raw`(?:dijo|dice|dijeron|dicen|sostuvo|sostiene|advirtió|advierte|(?:afirm|señal|explic|asegur|declar|apunt|subray|destac|estim|consider|opin|recalc|indic|coment|precis|manifest|relat|pregunt|insist|reconoc|admit|añad|respond|escrib|conclu)(?:ó|a|an|aron|ió|e|en|ieron|yó|ye))`;
/** One attribution verb, whole word (the stems take the endings -s, -ed, -es, -ing, -ies, -e, -ied). */
export const VERB = String.raw`(?:(?:${VERB_STEMS.join('|')})(?:s|es|ed|d|ing|e|ies|ied|ted|ting|n|é|ée|és|ées|ent|ait)?|${ES_VERB})`;
/** French past participles of attribution ("a précisé", "avait annoncé"). */
export const FR_PARTICIPLE = String.raw`(?:précisé|déclaré|affirmé|ajouté|expliqué|indiqué|souligné|assuré|estimé|confié|dit|rappelé|annoncé|martelé|lancé|insisté|jugé|reconnu|prévenu|averti|noté|résumé|tranché|observé|raconté|témoigné|regretté|déploré|assuré|promis)`;
/** French verbs that follow a quotation ("», estime X", "», a précisé le chef de l'Etat", "», dit-elle"). */
const FR_INVERTED = String.raw`(?:explique|estime|affirme|ajoute|déclare|souligne|précise|indique|assure|confie|rappelle|juge|note|poursuit|insiste|reconnaît|prévient|lance|martèle|résume|tranche|observe|analyse|raconte|témoigne|regrette|déplore|avertit|dit|(?:a|ont|avait|avaient)\s+${FR_PARTICIPLE})`;
/** Verbs that may come before their subject: "said X", "”, added the expert" (not "called X": X is its object). */
export const INVERTED = String.raw`(?:said|says|asked|asks|added|adds|wrote|writes|continued|continues|explained|explains|recalled|recalls|noted|notes|observed|observes|remarked|replied|insisted|insists|argued|argues|warned|warns|told|stated|concluded|concludes|estimated|estimates|commented|comments|testifies|testified|judges|judged|specifies|specified|underlines|underlined|affirms|affirmed|assures|assured|indicates|indicated|confides|confided|stressed|stresses|believes|believed|admitted|admits|acknowledged|acknowledges|complained|complains|conceded|concedes|recounted|recounts|${FR_INVERTED}|${ES_VERB})`;
export const AUX = String.raw`(?:\p{Ll}+ly|at\s+(?:a|the)\s+(?:meeting|session|briefing|summit|press conference|news conference)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?|on\s+(?:\p{Lu}\p{Ll}+day|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{Ll}*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*)|still|now|often|always|never|already|even|just|only|usually|(?:в|во)\s+\p{Ll}+|has|have|had|will|would|may|might|once|also|later|then|further|again|recently|previously|publicly|bluntly|flatly|simply|was|were|is|are|been|(?:has|have|had)\s+(?:also\s+)?(?:long\s+)?|that (?:night|day|evening|morning)|last (?:week|month|night)|yesterday|today|earlier|since|at first|a|ont|avait|avaient|himself|herself|themselves|itself|lui-même|elle-même|aussi|également|encore|déjà)`;

/** A capitalised word of a name: "Cooley", "Jean-Luc", "O’Brien", "Zas", "Vlast.kz", a company's "Corp.", a particle between ("de", "van", "al-"). */
const WORD = String.raw`(?:(?:Corp|Inc|Ltd|Co|Plc)\.(?=[\s,])|\p{Lu}(?:\.|[\p{L}\p{M}’'\-]*(?:\.(?:kz|ru|uz|kg|tj|tm|az|am|by|ua|ge|com|org|net|info|media|news)(?![\p{L}]))?))`;
const PARTICLE = String.raw`(?:de|da|di|du|van|von|der|den|al|el|bin|ibn|la|le)`;
/** A name: capitalised words (particles between), "X and Y" for two. */
/** (An honorific before it, "Mr. Tokayev", "Ms Nurlanova", is dropped with the words that are not names: trimName.) */
export const ONE_NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?${WORD}(?:\s+(?:${PARTICLE}\s+)?${WORD}){0,4}`;
export const NAME = String.raw`${ONE_NAME}(?:(?:,\s+|\s+)(?:and|&)\s+${ONE_NAME})?`;

export const PRONOUN = String.raw`(?:he|she|they|He|She|They|il|elle|Il|Elle|он|она|они|его|её|ее|их)`;
/** A role for someone named before: "the expert", "the former envoy", "the analyst" (a few lowercase words after "the", no verb of saying among them: "the ministry said, adding …"). */
const NOT_ROLE_WORD = String.raw`(?!(?:and|or|but|had|has|have|was|were|is|are|would|will|could|should|also|then|a|avait|ont|est|était|he|she|they|it|we|you|i|that|who|which|when|where|whom|whose|while|if|as|because|to|in|on|at|from|with|said|says|told|tells|added|adds|wrote|writes|asked|replied|warned|argued|insisted|explained)(?![\p{L}]))`;
const ROLE_EN = String.raw`(?:the|The)\s+(?:\p{Lu}\p{Ll}+\s+(?=[a-z]))?(?:${NOT_ROLE_WORD}[a-z][\p{L}’'-]*\s+){0,3}${NOT_ROLE_WORD}[a-z][\p{L}’'-]*`;
/** A French role: "le chef de l'Etat", "la porte-parole du ministère". */
const ROLE_FR = String.raw`(?:[Ll]es?|[Ll]a)\s+(?:${NOT_ROLE_WORD}\p{Ll}[\p{L}’'-]*\s+){0,3}(?:l['’]\p{Lu}\p{L}*|${NOT_ROLE_WORD}\p{Ll}[\p{L}’'-]*)`;
/** Someone the text does not name: "a former officer", "a senior Western diplomat" (a group, not a person). */
const ROLE_INDEF = String.raw`(?:(?:one|some|two|several|One|Some|Two|Several)\s+of\s+(?:them|those|the\s+\p{Ll}+)|(?:a|an|A|An|one|One)\s+(?:${NOT_ROLE_WORD}\p{Ll}[\p{L}-]*\s+){0,2}${NOT_ROLE_WORD}\p{Ll}[\p{L}-]*)`;
/** A Spanish role: "el ministro", "el politólogo" ("la portavoz" is read as French's "la"). */
const ROLE_ES = String.raw`(?:[Ee]l|[Ll]os|[Ll]as)\s+(?:${NOT_ROLE_WORD}\p{Ll}[\p{L}’'-]*\s+){0,3}${NOT_ROLE_WORD}\p{Ll}[\p{L}’'-]*`;
/** An office capitalised after "the" ("the Head of State", "the Prime Minister"): a role, not a name. */
const CAPITALISED_OFFICE = String.raw`(?:the|The)\s+(?:(?:Prime|Foreign|Defen[cs]e|Interior|Deputy|Vice)\s+)?(?:President|Minister|Premier|Chancellor|Head\s+of\s+(?:State|Government)|Secretary[- ]General)(?![\p{L}])`;
/** Exactly such an office. */
export const CAPITALISED_OFFICE_ROLE = new RegExp(String.raw`^${CAPITALISED_OFFICE}$`, 'u');
export const ROLE = String.raw`(?:${CAPITALISED_OFFICE}|${ROLE_EN}|${ROLE_FR}|${ROLE_ES})`;
/** An apposition between commas (", a lecturer at Y,", ", who heads the institute,", an age before it: ", 34, an accountant,"), or an affiliation (" of the Carnegie Endowment", with its city: " of Kazakhstan in Washington"). */
// (Not a clause of its own, its subject a pronoun: "the streets, he called in the CSTO, describing" is no apposition; nor across a sentence's end.)
export const APPOSITION = String.raw`(?:\s+\([^()“”«»"]{2,60}\)|,\s+(?!(?:he|she|they|it|we|I)\s)(?:\d{1,3},\s+)?(?:(?![.!?]\s+\p{Lu})[^,“”«»"]|«[^«»“”"]{1,40}»){2,130},|\s+(?:of|from|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}’'.\-]*(?:\s+(?:(?:of|for|on|and|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}’'.\-]*){0,6}(?:\s+in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?)`;
/** After a verb, words that show it was a noun ("the member states had shown", "a Nur-Sultan think tank"): not a reporting clause. */
export const NOT_A_VERB = String.raw`(?!\s+(?:had|have|has|were|are|is|was|would|will|could|should|can|must|to\s+be|tanks?)\b)`;
/** Reporting phrases of the form "X, verb": a subject and its verb (an apposition or an auxiliary between). */
/** A person's or a country's office speaking for them: "President Kassym-Jomart Tokayev's office described …", "Russia's foreign ministry called …", "Kazakhstan's presidency said …". */
export const POSSESSIVE = String.raw`${ONE_NAME}['’]s\s+(?:(?:foreign|defen[cs]e|interior|justice|finance|emergencies|health|press|security|state|national)\s+)?(?:office|government|administration|presidency|cabinet|parliament|embassy|ministry|spokes(?:man|woman|person)|press service|press secretary|party|campaign|lawyers?|family|team|aides?)`;
/** A country's office holder: "Russia’s president declared", "Armenia's prime minister said" (countryOffice reads it as "the president of Russia"). */
export const COUNTRY_OFFICE = String.raw`\p{Lu}[\p{L}.-]*['’]s\s+(?:(?:prime|foreign|defen[cs]e)\s+)?(?:president|minister|premier|chancellor|leader)(?![\p{L}])`;
/** "Russia’s president" → "the president of Russia" (a role); undefined for any other run. */
export function countryOffice(run: string): string | undefined {
  const m = new RegExp(String.raw`^(\p{Lu}[\p{L}.-]*)['’]s\s+(.+)$`, 'u').exec(run.trim());
  return m && new RegExp(String.raw`^${COUNTRY_OFFICE}$`, 'u').test(run.trim()) ? `the ${m[2]} of ${m[1]}` : undefined;
}
/** A person's own words speaking for them: "Tokayev's televised address that night spoke of …" (the person). */
export const WORDS_OF = String.raw`${ONE_NAME}['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:address|speech|statement|remarks|message|letter|post|tweet|decree|interview|words|reply|answer|appeal|account|justification|explanation|claim|version)(?:\s+(?:to|of|on|at|for)\s+(?:the\s+)?\p{L}[\p{L}’'-]*)?`;
/** Where a name may start: not inside a word, nor after a prefix's hyphen ("post-Soviet states", "pro-Russian"). */
const NAME_START = String.raw`(?<![\p{L}@]|\p{Ll}{3}-|(?<![\p{L}])\p{Lu}\.)`;
/** A social-media handle: "@steppewatcher on Twitter put it …". */
const HANDLE = String.raw`@[A-Za-z0-9_]{2,15}`;
/** An unnamed speaker, only before a verb of saying: "a former officer told Pamir Review", "a senior Western diplomat in Almaty, who …, said". */
export const INDEF_SPEAKER = String.raw`(?:${ROLE_INDEF}|(?:a|an|A|An|one|One)\s+(?:(?:${NOT_ROLE_WORD}\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}.-]*)\s+){1,4}${NOT_ROLE_WORD}\p{Ll}[\p{L}-]*)(?:\s+(?:in|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]+){0,3})?(?=(?:,[^,]{2,90},)?\s+(?:told|said|says|wrote|added|noted|recalled|explained|insisted|warned|stressed|calls|called|describes|described)(?![\p{L}]))`;
/** People named by a plural with no article ("where police said they had “…”", "Kazakh authorities said"): a group, only before a verb of saying. */
export const COLLECTIVE_NOUN = String.raw`(?:police|authorities|officials|prosecutors|investigators|eyewitnesses|witnesses|residents|locals|protesters|demonstrators|activists|analysts|experts|observers|diplomats|critics|lawmakers|deputies|doctors|medics|rescuers|organi[sz]ers|villagers)`;
const COLLECTIVE = String.raw`(?:(?:some|many|several|other|most|local|city|regional|state|security|government|Western|Kazakh|Russian)\s+){0,2}${COLLECTIVE_NOUN}(?=\s+(?:have\s+|had\s+)?(?:told|said|says|say|wrote|added|noted|warned|stressed|claimed|reported|announced)(?![\p{L}]))`;
// (A bracket may come before the apposition: "Arman (not his real name), a 29-year-old courier, told".)
export const SUBJECT_VERB = new RegExp(String.raw`${NAME_START}(${WORDS_OF}|${COUNTRY_OFFICE}|${POSSESSIVE}|${HANDLE}|${CAPITALISED_OFFICE}|${NAME}|${PRONOUN}|${ROLE}|${INDEF_SPEAKER}|${COLLECTIVE})((?:\s+\([^()“”«»"]{2,60}\))?(?:${APPOSITION})?)\s*,?\s+(?:${AUX}\s+){0,2}(${VERB})(?![\p{L}])${NOT_A_VERB}`, 'gu');
/** An office named before "of": "Secretary of State …", "Minister of Defence …". */
export const OFFICE = /^(?:Secretary|Minister|Director|Head|Chairman|Chairwoman|Chair|President|Governor|Mayor|Commander|Chief|Speaker)$/u;
/** A run whose last word is such an office, a country before it ('US Secretary', 'U.S. Secretary'): "of State X" after it names the holder. */
export const endsInOffice = (run: string) => OFFICE.test(run.trim().split(/\s+/).at(-1) ?? '');
/**
 * Past or present verbs after a subject ("Blinken questioned", "Kasymov expects"), and the common irregular ones
 * (not a word in -s that is no verb: "X, the first deputy prime minister, as head of …").
 */
export const ANY_VERB = String.raw`(?:(?!(?:as|his|its|this|thus|plus|us|yes|less|unless|across|towards|perhaps|always|whereas|besides)(?![\p{L}]))\p{Ll}[\p{Ll}’'-]*(?:ed|es|s|ает|яет|ет|ит|ил|ила|ал|ала|ял|яла|ул|ула)|${IRREGULAR_PAST})`;
/** After a word in -s, a word in -ed shows the first was a plural noun ("Russian paratroopers landed"), not a verb. */
const NOT_A_PLURAL = String.raw`(?:(?<!s)|(?!\s+\p{Ll}+ed(?![\p{L}])))`;
/** A name and any verb after it, or a verb denied ("Nazarbayev, who …, did not appear"): who acts, for later pronouns (mentions.ts). */
export const SUBJECT = new RegExp(String.raw`${NAME_START}(${NAME})(${APPOSITION})?,?\s+(?:${AUX}\s+){0,2}(?:\p{Ll}{2,}ly\s+)?(?:${ANY_VERB}|(?:did|does|do|would|could|will|has|had)\s+not\s+\p{Ll}{3,})(?![\p{L}])${NOT_A_PLURAL}${NOT_A_VERB}`, 'gu');
/** "According to X, …" opening a sentence (lowercase words of a role before the name, a place's compound first: "Almaty-based political scientist X"). */
export const OPENING_SPEAKER = new RegExp(String.raw`(?:^|[.!?]\s+)(?:According to|Selon|For|Pour|D['’]après|In the words of)\s+(?:(?:le|la|l['’]|the)\s*)?(?:\p{Lu}\p{L}*-\p{Ll}+\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}(${NAME})(?:,\s+[^,“”«»"]{2,90})?,`, 'gu');

/** Capitalised words that begin sentences or precede names but are not names (an occupation opening a sentence: "Economist Asel Mukanova believes"). */
const NOT_NAMES = new Set(
  'Nobody Everyone Everybody Somebody Someone Anyone No One Another The A An This That These Those It He She They We I You Others Some Many Most Several Both And But Yet So Or In On At As For To Of With By From If When While Then There Here His Her Their Its Our According After Before Since Until During Within Without Over Under Amid Among Despite Through Across Around Against Toward Towards Into Upon Behind Beyond Few Although Though Because However Meanwhile Still Also Even Only Q What Why How Who Whom Whose Where Which Whether Does Did Do Is Are Was Were Could Should Would Has Have Had Not Now Pourquoi Comment Quand Qui Où Qué Cómo Por Para El Los Las Mr Mrs Ms Dr Prof Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Economist Analyst Lawyer Expert Researcher Journalist Historian Sociologist Blogger Activist Banker Entrepreneur CEO CFO COO'.split(' '),
);

export type WhoKind = 'name' | 'pronoun' | 'role' | 'group';

/** Drops leading words that are not names ("The", "According"); empty when nothing is left. */
export function trimName(run: string): string {
  // A country's or an institution's possessive before a person's name: "Tajikistan's Emomali Rahmon".
  // (Not before an institution: "Russia's Foreign Ministry" is one name.)
  const possessive = /^\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu}[\p{Ll}])/u;
  const institution = /\b(?:Ministry|Office|Service|Agency|Council|Committee|Government|Administration|Parliament|Court|Department|Embassy|Party|Forces|Army|Police|Bank|Guard)\b/u;
  const words = (institution.test(run) ? run.trim() : run.trim().replace(possessive, '')).split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[0]!.replace(/[.,]$/, ''))) words.shift();
  // "Russian-led Collective Security Treaty Organization": the alliance, not its leader's adjective.
  if (words.length >= 2 && /^\p{Lu}\p{L}*-(?:led|backed|based|run|owned|controlled|funded)$/u.test(words[0]!)) words.shift();
  if (words[0] === 'and') return '';
  return words.join(' ').replace(/[\s,]+(?:and|&)$/, '').replace(/[,.]$/, '');
}

export function kindOf(who: string): WhoKind {
  if (new RegExp(`^${PRONOUN}$`, 'u').test(who)) return 'pronoun';
  if (/^(?:l['’]|(?:the|a|an|some|several|various|many|other|one|two|three|officials?|analysts?|observers?|experts?|le|la|les|el|los|las|un|una)\b)/i.test(who)) return /^(?:the|le|la|l['’]|el)\s*/i.test(who) && !/(?:ministry|office|government|kremlin|administration|service|agency|council|committee|party|organi[sz]ation|alliance|embassy|press|media|reports?|sources?|officials|observers|analysts|experts|authorities|police|prosecutors?|military|ministère|gouvernement|parquet|présidence|autorités)(?![\p{L}])/iu.test(who) ? 'role' : 'group';
  // ("Kazakh authorities", "local police": a plural with no article is a group, whatever comes before it.)
  if (new RegExp(String.raw`(?:^|\s)${COLLECTIVE_NOUN}$`, 'u').test(who)) return 'group';
  return 'name';
}

