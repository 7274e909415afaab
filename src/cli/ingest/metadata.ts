/**
 * Lines that are the article's metadata, not its text (junk.ts removes them
 * from the text and keeps them): bylines ("By Jane Doe", "Dr. X and Dr. Y",
 * "Posted by u/…"), reporting credits, publication date lines ("Published
 * on …", "Policy Brief No. 14 | March 2022"), and who the byline's author is
 * (their note, their biography).
 */
import type { JunkRule } from './junk-rule.ts';

/** What opens a byline: "By" (or "By:"), "Par", "Por", "Автор:", "Interview by", "Text by". */
const BYLINE_LEAD = String.raw`(?:(?:(?:[Ii]nterview(?:ed)?|[Tt]ext|[Ww]ords|[Ss]tory|[Ww]ritten|[Cc]ompiled|In Brief|Analysis|Commentary|Opinion|Explainer|Expert comment)\s+)?(?:[Bb]y|BY):?|[Pp]ar|PAR|[Pp]or|POR|[Аа]втор:?|[Aa]uthor:?)`;

const MONTH_NAMES = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?`;
/** A month and its year alone: "March 2022". */
export const MONTH_YEAR = new RegExp(String.raw`^${MONTH_NAMES}\s+[12]\d{3}$`, 'iu');
/** An ISO date, perhaps with a time: "2022-01-11 21:37:15". */
const ISO_DATE = /^[12]\d{3}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/u;
/** A short line of parts between bars or dashes, one of them a date, none a sentence ("Source: Xinhua| 2022-01-11 21:37:15|Editor: huaxia"). */
export function labelledDate(line: string): boolean {
  const parts = line.split(/\s*[|｜]\s*|\s+[·•–—-]\s+/).filter(Boolean);
  if (parts.length < 2 || line.split(/\s+/).length > 12) return false;
  const day = (p: string) => DATE_ONLY.test(p) || MONTH_YEAR.test(p) || ISO_DATE.test(p);
  const date = (p: string) => day(p) || /^\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?$/.test(p);
  return parts.some(day) && parts.every((p) => date(p) || (p.split(/\s+/).length <= 5 && !/[.!?]$/.test(p)));
}
/** A line that is only a date (and a time): "January 25, 2022", "14 February 2022", "Monday, 10th January 2022, 4:52 pm", "08.01.2022 14:20". */
export const DATE_ONLY = new RegExp(
  String.raw`^(?:\p{L}+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?${MONTH_NAMES}(?:\s+de)?|${MONTH_NAMES}\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}[./]\d{1,2}[./])\s*[12]\d{3}(?:[,\s]+(?:at\s+|à\s+|в\s+)?\d{1,2}[:.h]\d{2}(?:\s*[–-]\s*\d{1,2}[:.h]\d{2})?(?:\s*[ap]\.?m\.?)?(?:,?\s+\(?[A-Z+\d:]{2,9}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?$`,
  'iu',
);

/** A date whose year runs into its time: "January 13, 20225:25 AM …". */
const GLUED_DATE = new RegExp(String.raw`^(?:${MONTH_NAMES}\s+\d{1,2},?|\d{1,2}\s+${MONTH_NAMES})\s+[12]\d{3}\d{1,2}:\d{2}`, 'iu');

/** A date line with a time zone after the year: "January 11, 2022 GMT" (the article's date). */
const DATE_WITH_ZONE = new RegExp(String.raw`^(?:${MONTH_NAMES}\s+\d{1,2},?|\d{1,2}\s+${MONTH_NAMES})\s+[12]\d{3}\s+(?:GMT|UTC|[A-Z]{2,4}|[+-]\d{2}:?\d{2})$`, 'iu');

/** A time before a date: "3:22 pm, ". */
const TIME_FIRST = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:,?\s+|\s*\/\s*)/iu;
/** The page's age after its date: " Age: 3 years", " · 3 years ago". */
const AGE_AFTER = /\s+(?:[·|]\s*)?(?:age:\s*\d+\s+\p{L}+|\d+\s+(?:days?|weeks?|months?|years?)\s+ago)$/iu;
/** An icon's name a copy glues before the text beside it: "AccessTimeIcon", "CalendarIcon". */
const ICON_NAME = /^\p{Lu}[\p{L}]*Icon(?=\p{Lu}|\d)/u;
/** A periodical's name with its volume and issue numbers, labelled: "Publication: Eurasia Daily Monitor Volume: 19 Issue: 6". */
const ISSUE_LINE = /^(?:(?:publication|journal|series|periodical)\s*:\s*[^.!?:]{2,60}\s+)?(?:volume|vol\.)\s*:?\s*\d+[,;]?\s+(?:issue|no\.|number)\s*:?\s*\d+$/iu;

/** "Source: This article was published by ORF": the publisher it names is the group. */
export const REPUBLISHED = /^(?:source:\s*)?this (?:article|piece|commentary|analysis|op-ed|essay|post) (?:was|is|has been) (?:originally |first )?(?:published|posted) (?:by|on|in|at|with)\s+(?:the\s+)?(\p{Lu}.*?)\.?$/iu;
/** A credited name, perhaps where they were: "Tom Ashdown in London". */
const CREDITED = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?`;

export const metadataRules: readonly (JunkRule & { kind: 'byline' | 'credit' | 'date' })[] = [
  {
    name: 'publication date',
    kind: 'date',
    // (After a slash or a dot that a copy kept from the line beside it, a month abbreviated: "/ Updated Jan. 6, 2022, 6:58 PM UTC".)
    test: (l) => /^(?:[/|·•]\s*)?(?:published|posted|updated|last updated|aired|first aired|broadcast|recorded|publié|mis à jour|diffusé|опубликовано|обновлено)(?![\p{L}])(?:[^.]|(?<=(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.){0,40}\d/iu.test(l) && l.split(/\s+/).length <= 20,
  },
  { name: 'publication date', kind: 'date', test: (l) => DATE_ONLY.test(l) || DATE_WITH_ZONE.test(l) },
  // Its icon's name glued before it by a copy ("AccessTimeIconJan 11, 2022 at 10:46 a.m. UTC"), or the date alone in ISO form ("2022-01-12").
  { name: 'publication date', kind: 'date', test: (l) => { const bare = l.replace(ICON_NAME, ''); return bare !== l && (DATE_ONLY.test(bare) || DATE_WITH_ZONE.test(bare)); } },
  { name: 'publication date', kind: 'date', test: (l) => /^\d{4}-\d{2}-\d{2}$/u.test(l) },
  // "Issued on: 09/01/2022 - 14:22", "Modified: …", "First published on Thu 6 Jan 2022 …": a label and its date (not "Issued on 5 January, the decree …").
  { name: 'publication date', kind: 'date', test: (l) => /^(?:(?:issued|modified|last modified|created|modifié)(?:\s+on|\s+le)?\s*:|(?:first|originally) published on|last modified on)\s*[^.]{0,40}\d/iu.test(l) && l.split(/\s+/).length <= 14 },
  // A date line whose parts a copy glued together: "January 13, 20225:25 AM GMT+6Updated 2 years ago".
  { name: 'publication date', kind: 'date', test: (l) => GLUED_DATE.test(l) && l.split(/\s+/).length <= 12 },
  // A time before the date: "3:22 pm, January 11, 2022"; a date with the page's age after it: "January 13, 2022 04:37 PM Age: 3 years".
  { name: 'publication date', kind: 'date', test: (l) => DATE_ONLY.test(l.replace(TIME_FIRST, '')) && TIME_FIRST.test(l) },
  { name: 'publication date', kind: 'date', test: (l) => AGE_AFTER.test(l) && DATE_ONLY.test(l.replace(AGE_AFTER, '')) },
  // A date with its update in brackets, "Jan 20, 2022 (updated: Jan 21, 2022 )"; a short American date with its time, "On 1/11/22 at 9:02 AM EST".
  { name: 'publication date', kind: 'date', test: (l) => { const m = /^(.+?)\s*\((?:updated|last updated|mis à jour|обновлено)\s*:?\s*(.+?)\s*\)$/iu.exec(l); return m !== null && DATE_ONLY.test(m[1]!) && DATE_ONLY.test(m[2]!); } },
  { name: 'publication date', kind: 'date', test: (l) => /^(?:on\s+)?\d{1,2}\/\d{1,2}\/(?:\d{2}|[12]\d{3})(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?)?$/iu.test(l) },
  // An agency's stamp: the date and time, the place, the agency and the byline on one line ("14/01/22 18:05, Bishkek, 24.kg news agency , by Aizada Kasymalieva").
  { name: 'byline (with the date, the place and the agency)', kind: 'byline', test: (l) => /^\d{1,2}[./]\d{1,2}[./]\d{2,4}\s+\d{1,2}:\d{2}(?:\s*,\s*[^,]{1,40}){0,3}\s*,\s*by\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}$/u.test(l) },
  // A journal's issue: "Publication: Eurasia Daily Monitor Volume: 19 Issue: 6", "Vol. 19, No. 6".
  { name: 'issue of the publication', kind: 'credit', test: (l) => ISSUE_LINE.test(l) },
  // A think tank's credit to who helped: "Cooperation: Marta Zielińska", "Co-operation: …".
  { name: 'contributor credit', kind: 'credit', test: (l) => new RegExp(String.raw`^(?:[Cc]o-?operation|[Cc]ollaboration|[Ii]n (?:co-?operation|collaboration) with|[Rr]esearch assistance)\s*:\s*${CREDITED}(?:,\s*${CREDITED})*$`, 'u').test(l) },
  // "Abridged translation by Anna Kvitkova", "Translation: Jane Roe".
  // "Translation of an article originally published in French on lemonde.fr; the publisher may only be liable for the French version."
  { name: 'translation credit', kind: 'credit', test: (l) => /^(?:[Tt]his is an? )?[Tt]ranslation of an? (?:article|text|piece|interview|story) (?:originally |first )?published in \p{L}+/u.test(l) && l.split(/\s+/).length <= 40 },
  // "Yelena Korshunova, special correspondent in Almaty": the byline with the reporter's post.
  { name: 'byline', kind: 'byline', test: (l) => /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2},\s+(?:(?:special|senior|chief|staff|foreign|political|diplomatic|own)\s+)?(?:correspondent|reporter|writer|editor|journalist)(?:\s+(?:in|for)\s+\p{Lu}[\p{L}\s-]{1,30})?$/u.test(l) },
  // "This text was translated from Russian with the help of machine translation and edited by …": the translation's note.
  { name: 'translation credit', kind: 'credit', test: (l) => /^this (?:text|article|story|material|interview|piece) (?:was|has been|is) (?:(?:machine|automatically)[- ])?translated\b/iu.test(l) && l.split(/\s+/).length <= 40 },
  { name: 'agency credit', kind: 'credit', test: (l) => /^\(?\s*[Ww]ith (?:inputs|input|reporting) from\s+\p{Lu}[^()]{1,60}\)?$/u.test(l) },
  // Where a syndicated piece first appeared: "Source: This article was published by ORF", "This article was originally published on X".
  { name: 'republication credit', kind: 'credit', test: (l) => REPUBLISHED.test(l) && l.split(/\s+/).length <= 20 },
  // A desk's byline with its agencies, no "By", at the head: "DAILY SABAH WITH AGENCIES", "Staff Reporter with wires"
  // (no closing credit: what follows it is the text).
  { name: 'desk credit', kind: 'credit', test: (l) => /^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\s+(?:with|and)\s+(?:wires|agencies|wire services)$/iu.test(l) && /^\p{Lu}/u.test(l) && !new RegExp(String.raw`^${BYLINE_LEAD}\s`, 'u').test(l) },
  // "Interview by X for RFI’s French service, translated and adapted by Y.": who translated it, in a credit of its own.
  { name: 'translation credit', kind: 'credit', test: (l) => /\btranslated\s+(?:(?:and|&)\s+(?:adapted|edited|abridged)\s+)?(?:from\s+(?:the\s+)?\p{L}+\s+)?by\s+\p{Lu}/u.test(l) && l.split(/\s+/).length <= 30 && !/[“”"«»]/u.test(l) },
  { name: 'translation credit', kind: 'credit', test: (l) => /^(?:(?:[Aa]bridged|[Ee]dited|[Mm]achine|[Ee]nglish)\s+)?(?:[Tt]ranslation|[Tt]ranslated)(?:\s+from\s+\p{L}+)?(?:\s+by|\s*:)\s+\p{Lu}[^.!?]*$/u.test(l) && l.split(/\s+/).length <= 12 },

  {
    name: 'byline',
    kind: 'byline',
    test: (l) => new RegExp(String.raw`^${BYLINE_LEAD}\s+\p{Lu}[\p{L}.’'\-]*(?:\s+(?:\p{Lu}[\p{L}.’'\-]*|and|et|и|de|van|von|al-\S+)){0,6}(?:\s*\([^)]{1,40}\))?(?:\s*[,|–—-]\s*(?:[^.]|\.(?=\p{Ll}{2,4}$)){0,60})?(?:\s+(?:with|and)\s+(?:wires|agencies|wire services|AP|AFP|Reuters))?$`, 'u').test(l),
  },
  {
    name: 'reporting credit',
    kind: 'credit',
    test: (l) => /^\(?\s*(?:reporting|writing|editing|additional reporting|compiled|translated|avec|rédaction|reportage|traduction|перевод|редактор)\b[^.]*(?:by|par)?/iu.test(l) && l.split(/\s+/).length <= 25 && /\b(?:by|par)\b|:/iu.test(l) && (!/[.?!]$/.test(l) || /\)$/.test(l)),
  },
  // (Or a desk, a service or a bureau: "By RFE/RL's Kazakh Service".)
  { name: 'byline', kind: 'byline', test: (l) => /^by (?:staff(?: writers?| reporters?)?|our (?:correspondents?|reporters?)|\p{Lu}\S*(?: \p{Lu}\S*)? staff|(?:the |our )?(?:\p{Lu}\S*\s+){0,3}(?:desk|staff|team|newsroom|editors|editorial (?:board|team)|service|bureau))$/iu.test(l) },
  // An agency's writers named: "by Xinhua writers Zhou Jiaxin, Nurzhan Bekov".
  { name: 'byline', kind: 'byline', test: (l) => /^by\s+\p{Lu}\S*\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?)\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}(?:(?:,|\s+and)\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})*$/iu.test(l) },
  // A date and time with the paper's name after them: "Wednesday January 12 2022, 6.00pm, The Times".
  { name: 'publication date', kind: 'date', test: (l) => { const m = /^(.+?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?),\s+(?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,2}$/iu.exec(l); return m !== null && DATE_ONLY.test(m[1]!); } },
  // A machine's timestamp: "2022-01-14 17:26:41".
  { name: 'publication date', kind: 'date', test: (l) => /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?$/u.test(l) },
  // A forum post's author: "Posted by u/DSeitkali_CPC", "Asked by steppe_watcher".
  { name: 'byline', kind: 'byline', test: (l) => /^(?:posted|submitted|asked|answered) by\s+(?:u\/)?[\p{L}\p{N}_-]{2,30}$/iu.test(l) },
  // A date among labels: "Policy Brief No. 14 | March 2022", "Almaty - 09 JAN 2022 - 18:40 CET".
  { name: 'publication date', kind: 'date', test: (l) => labelledDate(l) },
  { name: 'institutional credit', kind: 'credit', test: (l) => /^(?:press service|press office|information service|пресс-служба|service de presse) of\b/iu.test(l) && l.split(/\s+/).length <= 14 },
  { name: 'reporting credit', kind: 'credit', test: (l) => /\bcontributed(?: reporting)? to (?:this|the) (?:report|story|article)\b|^(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:and\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,4})?contributed(?: reporting)?(?:\s+from\s+[^.!?]{2,40})?\.$/iu.test(l) && l.split(/\s+/).length <= 25 },
  // "— With assistance from X and Y", "With additional reporting by X": who helped, after the text.
  { name: 'reporting credit', kind: 'credit', test: (l) => /^(?:[—–-]\s*)?with\s+(?:additional\s+)?(?:assistance|reporting|contributions?)\s+(?:from|by)\s+\p{Lu}/iu.test(l) && l.split(/\s+/).length <= 25 },
  { name: 'agency credit', kind: 'credit', test: agencyCredit },
  // "Some information for this report came from Reuters and Agence France-Presse.": the agencies written from, in a sentence.
  { name: 'agency credit', kind: 'credit', test: (l) => /^(?:some )?(?:information|material|reporting)(?: for| in)? this (?:report|story|article) (?:came|comes|was taken) from\s+\p{Lu}/iu.test(l) && l.split(/\s+/).length <= 20 },
  // An agency's dateline with its byline, on a line of its own above the lede: "NUR-SULTAN, Kazakhstan, March 17. By Zhanar Abdrakhmanova – Trend:".
  { name: 'dateline (the place, the day and the byline)', kind: 'byline', test: (l) => /^\p{Lu}[\p{Lu}.'’-]+(?:,\s+\p{Lu}[\p{L}.'’-]*){0,2},\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\.\s+By\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s+[–—-]\s+\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2}\s*:$/u.test(l) },
  // A dateline's place alone in capitals, then a dash, on a line of its own above the lede: "ALMATY, KAZAKHSTAN -".
  { name: 'dateline (the place)', kind: 'credit', test: (l) => /^\p{Lu}[\p{Lu}.'’-]+(?:,?\s+\p{Lu}[\p{Lu}.'’-]+){0,3}\s+[—–-]$/u.test(l) },
  // A dateline on a line of its own above the lede, the place and the publication then a dash: "Moscow CNN —", "LONDON (Reuters) -".
  { name: 'dateline (the place and the publication)', kind: 'credit', test: (l) => /^\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:\p{Lu}[\p{Lu}\d&.]+|\(\p{Lu}[\p{L}\d&. ]{1,20}\))\s*[—–-]$/u.test(l) },
  // "Additional reporting by Tom Ashdown in London.", "Reporting by X and Y in Almaty; Editing by Z.": names (and places) only, a full stop allowed
  // (or none after a wire's credits of any length: "Reporting by X in Almaty; Additional reporting by Y; Writing by Z; Editing by W").
  { name: 'reporting credit', kind: 'credit', test: (l) => new RegExp(String.raw`^(?:(?:[Aa]dditional|[Ff]urther)\s+)?[Rr]eporting by\s+${CREDITED}(?:(?:,|\s+and)\s+${CREDITED})*(?:[;,]\s*(?:(?:[Aa]dditional|[Ff]urther)\s+[Rr]eporting|[Ee]diting|[Ww]riting) by\s+${CREDITED}(?:(?:,|\s+and)\s+${CREDITED})*)*\.?$`, 'u').test(l) },
  // "Andrew Higgins reported from Moscow, and Aliya Tleuova from Almaty.": who reported from where, after the text.
  { name: 'reporting credit', kind: 'credit', test: (l) => /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:reported|contributed reporting) from\s+\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*)?(?:,?\s+(?:and\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:reported\s+|contributed reporting\s+)?from\s+\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*)?)*\.$/u.test(l) },
  // The author's name and the date on one line, no "By": "Almaz Kumenov Jan 18, 2022".
  { name: 'byline (a name and the date)', kind: 'byline', test: (l) => nameAndDate(l) !== undefined },
  // "Eurasia Unpacked is produced by Tom Ellery and Sasha Ivanova. Music by …", "Produced by X".
  // "Photographs by Dana Kurmanova", "Illustrations by X for The Atlantic": who made the pictures of the piece.
  { name: 'contributor credit (pictures)', kind: 'credit', test: (l) => /^(?:[Pp]hotograph(?:s|y)|[Pp]hotos|[Ii]llustrations?|[Gg]raphics|[Mm]aps?|[Vv]ideo|[Aa]rtwork)\s+by\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}(?:(?:,|\s+and)\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})*(?:\s+for\s+(?:The\s+)?\p{Lu}[\p{L}\s]{1,40})?$/u.test(l) },
  // "Reposted with permission from Eurasia Review.", "This article was originally published by X", "Republished from X under a Creative Commons licence".
  { name: 'republication credit', kind: 'credit', test: (l) => /^(?:(?:re)?posted|republished|reprinted|reproduced)\s+(?:with (?:the )?(?:kind )?permission\s+)?(?:from|of|by)\s+\p{Lu}|^this (?:article|piece|story|commentary) (?:was|is) (?:originally|first) (?:published|posted|appeared) (?:by|in|on|at)\s+\p{Lu}/iu.test(l) && l.split(/\s+/).length <= 30 },
  // (In square brackets too, after the text: "[Edited by Nathan Brooke]".)
  { name: 'production credit', kind: 'credit', test: (l) => /^\[?(?:(?:[Pp]roduced|[Pp]resented|[Hh]osted|[Ee]dited)\s+by|\p{Lu}[\p{L}\s.'’&-]{2,40}\s+is\s+(?:produced|presented|hosted|edited|made)\s+by)\s+\p{Lu}/u.test(l) && l.split(/\s+/).length <= 25 },
];

/**
 * The agencies a story was written from, in brackets, perhaps after the editors' initials: "(Reuters, AFP, dpa)",
 * "ab/rt (Reuters, AFP, dpa)", "(FRANCE 24 with AFP and REUTERS)", "(AP)", "Le Monde with AFP"; or the initials alone ("ab/rt").
 */
export function agencyCredit(line: string): boolean {
  if (/^[a-z]{2,4}(?:\/[a-z]{2,4})+$/u.test(line)) return true;
  // The publication with the agencies, no brackets: "Le Monde with AFP", "Euronews with AP and Reuters".
  // (The news agencies by name, a closed set: "Tokayev with NATO" is no credit.)
  const agency = String.raw`(?:AFP|AP|REUTERS|Reuters|dpa|DPA|EFE|ANSA|TASS|Xinhua|XINHUA|Interfax|RIA|UPI|KNA|EPA|PAP|Kyodo|JIJI|Jiji|Yonhap|Anadolu|AA|IRNA)`;
  // The agencies alone: "Reuters, Kyodo", "AFP-JIJI", "AP and Reuters".
  if (new RegExp(String.raw`^${agency}(?:(?:,\s*|\s+(?:and|et)\s+|-)${agency})+$`, 'u').test(line)) return true;
  if (new RegExp(String.raw`^(?:\p{Lu}[\p{L}\d.&’'-]*\s+){1,3}(?:with|avec)\s+${agency}(?:(?:,\s*|\s+(?:and|et)\s+)${agency})*$`, 'u').test(line)) return true;
  const m = /^(?:[a-z]{2,4}(?:\/[a-z]{2,4})+\s+)?\(([^()]{2,60})\)$/u.exec(line);
  if (!m) return false;
  const tokens = m[1]!.split(/[\s,/]+/u).filter(Boolean);
  const agencyWord = (t: string) => /^(?:\p{Lu}[\p{L}\d.&-]*|\d{1,3}|[a-z]{2,4})$/u.test(t);
  return tokens.length <= 10 && tokens.every(agencyWord) && tokens.some((t) => /^\p{Lu}{2,}$/u.test(t)) && tokens.every((t) => /^\p{Lu}|^\d|^(?:with|and|avec|et|und|y|dpa|afp|ap|kna|epa|sid|efe|ansa)$/u.test(t));
}

/** "Almaz Kumenov Jan 18, 2022": the name before a date line, if the line is only those two. */
export function nameAndDate(line: string): string | undefined {
  const parts = line.split(/\s+/);
  for (let k = 2; k <= Math.min(4, parts.length - 2); k++) {
    const [name, date] = [parts.slice(0, k).join(' '), parts.slice(k).join(' ')];
    // (Not a place and a weekday: "Almaty Saturday January 8, 2022".)
    if (PERSON_NAME.test(name) && DATE_ONLY.test(date) && !/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u.test(name)) return name;
  }
  return undefined;
}

/**
 * "Andrew Roth in Moscow", "Andrew Roth and Pjotr Sauer in Moscow", "Anna Kirova in Moscow and Tom Leland in
 * London": a correspondents' byline without "By" (above the date line); the names.
 */
export function correspondentLine(line: string): string | undefined {
  const one = (part: string) => {
    const m = /^(.+?)\s+in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u.exec(part);
    return m && (PERSON_NAME.test(m[1]!) || NAMES_LINE.test(m[1]!)) ? m[1] : undefined;
  };
  const whole = one(line);
  if (whole) return whole;
  const each = line.split(/\s*,\s*|\s+and\s+/u).map(one);
  return each.length >= 2 && each.every(Boolean) ? each.join(' and ') : undefined;
}

/** "Jane Roe, Reuters", "Jane Roe | Central Asia correspondent", "JANE ROE": a name (perhaps in capitals) with a short label; the name. */
export function nameWithLabel(line: string): string | undefined {
  const [name, ...rest] = line.split(/\s*(?:,|\s\|\s|\s·\s|\s•\s)\s*/u);
  const label = rest.join(' ');
  const named = PERSON_NAME.test(name!) || /^\p{Lu}{2,}(?:[’'-]\p{Lu}+)?(?:\s+\p{Lu}{2,}(?:[’'-]\p{Lu}+)?){1,3}$/u.test(name!);
  return named && label.split(/\s+/).length <= 5 && !/[.!?]$/u.test(label) ? name : undefined;
}

/** A person's name alone on a line: two to four capitalised words. */
export const PERSON_NAME = /^\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,3}$/u;
/** Names with a title or two or more names, alone on a line: "Dr. Aigerim Nurlanova and Dr. Erlan Kasymov" (a byline without "By"). */
const TITLED = String.raw`(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)`;
const ONE = String.raw`\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,3}`;
export const NAMES_LINE = new RegExp(String.raw`^(?:${TITLED}${ONE}|${TITLED}?${ONE}(?:\s*(?:,|and|&)\s*${TITLED}?${ONE})+)$`, 'u');
/** A biography line: "Dr. Erlan Kasymov is a senior lecturer …". */
export const BIOGRAPHY = new RegExp(String.raw`^${TITLED}?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}\s+(?:is|was|has|holds|teaches|works|leads|heads|directs)\s`, 'u');
/** "Daniyar Seitkali is a …", "Mr. Seitkali is the author of …", "Jane Roe reports on …": a line about the author, by name or surname. */
export function authorNote(author: string | undefined): RegExp | undefined {
  const names = (author ?? '').split(/\s+(?:and|et|и)\s+|,\s*/).map((n) => n.trim()).filter((n) => n.split(/\s+/).length >= 2);
  if (names.length === 0) return undefined;
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const who = names.flatMap((n) => [n, n.split(/\s+/).at(-1)!]).map(escape).join('|');
  return new RegExp(String.raw`^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?:${who})\s+(?:is|was|has been|est|—|–|reports|writes|covers)\s+(?!said\b).{5,400}$`, 'iu');
}

/** The author a byline names ("By Jane Doe and John Roe, Almaty" → "Jane Doe and John Roe"), if any. */
export function authorFromByline(line: string): string | undefined {
  // (Several names: "By Tatiana Kosova, Daniel Marsh and Olivia Brennan", not a name and where: "By Jane Doe, Almaty".)
  // (An agency's writers: "by Xinhua writers Zhou Jiaxin, Nurzhan Bekov" names them after the word; so does a
  // dateline's byline, "NUR-SULTAN, Kazakhstan, March 17. By Zhanar Abdrakhmanova – Trend:".)
  const writers = /^by\s+\p{Lu}\S*\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?)\s+(.+)$/iu.exec(line.trim())?.[1];
  if (writers) return writers.replace(/,\s+(?=[^,]+$)/u, ' and ');
  const datelined = /\.\s+By\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+[–—-]\s+[^:]+:$/u.exec(line.trim())?.[1];
  if (datelined) return datelined;
  const all = new RegExp(String.raw`^${BYLINE_LEAD}\s+(.+)$`, 'u').exec(line.trim())?.[1]?.trim();
  if (all && NAMES_LINE.test(all) && /\s(?:and|&)\s/u.test(all)) return all;
  const m = new RegExp(String.raw`^${BYLINE_LEAD}\s+(.+?)(?:\s*\([^)]*\))?(?:\s*[,|–—-]\s*[^,|–—-]*)?$`, 'u').exec(line.trim());
  if (m?.[1]?.trim()) return m[1].trim();
  // Names without "By", a note in brackets after each ("Marta Kowalczyk (now) and Sam Rees (earlier)").
  const names = line.trim().replace(/\s*\([^)]*\)/g, '');
  const dated = nameAndDate(names) ?? correspondentLine(names) ?? (NAMES_LINE.test(names) ? undefined : nameWithLabel(names));
  if (dated) return dated;
  return PERSON_NAME.test(names) || NAMES_LINE.test(names) ? names : undefined;
}
