/**
 * The furniture of a story's media and slots (junk-rules.ts lists these with
 * its own): an audio player's lines ("Press play to listen to this article",
 * "Voiced by artificial intelligence.", "Listen · 3:45"), an embed code, a
 * caption's show/hide toggles, photo credits without a "Photo:" label
 * ("Jane Roe/AFP via Getty Images", "Defense Ministry / TASS / LETA",
 * "Russian Defence Ministry Press Service/EPA-EFE"), a
 * sponsor's slot ("Sponsor Message", "Become an NPR sponsor", "This content
 * was commissioned by …"), a radio story's "Heard on <programme>" and a
 * series note ("This article is part of …'s coverage of …"); and a link to
 * another story set among the paragraphs, its quoted kicker run into its
 * headline ("‘They just started shooting’ Eyewitnesses in Almaty describe …"),
 * and the heading of a box of the latest stories on its subject.
 * Each line is tested alone.
 */
import { control, words, type JunkRule } from './junk-rule.ts';

/** A running time: "3:45", "1:02:10". */
const RUNNING_TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}`;
/** Small words a credit's names may hold: "X/AFP via Getty Images", "Ministry of Defence". */
const CONNECTIVE = /^(?:via|for|and|of|the|de|du|la|le|und)$/u;
/** Each word of a name list capitalised (an acronym, a name) or a connective. */
const namesOnly = (part: string) => part.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || CONNECTIVE.test(w));

/** A "Credit: …" line: never a photo credit rule's, since the lead photo's is read with its caption (structure.ts). */
const LEAD_CREDIT = /^Credit:/u;
/** A photo credit, a source and the agency's initials after a slash: "Russian Defence Ministry Press Service/EPA-EFE". */
const AGENCY_CREDIT = /^\p{Lu}[^.!?/“”"«»\s]*(?:\s+[^.!?/“”"«»\s]+){1,8}\/\p{Lu}{2,}(?:[-\s]\p{Lu}{2,})*$/u;

export const mediaFurnitureRules: readonly JunkRule[] = [
  // (Named as junk.ts's audio player, so the running time on the next line goes with it.)
  { name: 'audio player', test: (l) => /^(?:press play to listen(?: to this (?:article|story))?|voiced by (?:artificial intelligence|ai)|narrated by (?:artificial intelligence|ai))\b[.!]?$/iu.test(l) },
  { name: 'audio player', test: (l) => new RegExp(String.raw`^(?:listen|play|écouter|слушать)\s*[·•|:–-]?\s*${RUNNING_TIME}$`, 'iu').test(l) },
  { name: 'embed code', test: (l) => /<(?:iframe|script|embed|object)\b/iu.test(l) && /^(?:embed\s*)?</iu.test(l) },
  // (An audio page's link to its transcript, among the player's controls.)
  control('transcript link', ['(?:view |read |show |see )?(?:the )?(?:full )?transcript']),
  control('caption toggle', ['(?:hide|show|toggle|expand|collapse) caption']),
  control('gallery label', ['photo gallery', 'gallery', 'in pictures', 'slideshow', 'photo gallery \\(click to enlarge\\)']),
  {
    // "Alexandr Bogdanov/AFP via Getty Images": a photographer and an agency joined by a slash, names only (not a
    // byline, nor a name with a slash inside it: "By RFE/RL's Kazakh Service").
    name: 'photo credit (name/agency)',
    test: (l) => !LEAD_CREDIT.test(l) && /^(?!By\s)\p{Lu}[^\s/.!?]*(?:\s+[^\s/.!?]+){0,3}(?<=\p{Ll})\/\p{Lu}[^/.!?]*$/u.test(l) && words(l) <= 10 && namesOnly(l.replace(/\//g, ' ')) && /\s/u.test(l),
  },
  {
    // "Russian Defense Ministry / TASS / Scanpix / LETA": a photo's sources between spaced slashes, an agency's acronym among them.
    name: 'photo credit (sources between slashes)',
    test: (l) => {
      const parts = l.split(/\s+\/\s+/);
      return parts.length >= 2 && words(l) <= 14 && parts.every((p) => words(p) <= 4 && namesOnly(p) && !/[.!?,;:]$/u.test(p)) && parts.some((p) => /^\p{Lu}{3,}$/u.test(p));
    },
  },
  // "AP - Russian Defence Ministry Press Service": an agency, a dash, the picture's source (names only).
  { name: 'photo credit (an agency and its source)', test: (l) => /^(?:AP|AFP|Reuters|EPA(?:-EFE)?|Getty Images|TASS|Sputnik|Xinhua|Anadolu(?: Agency)?|dpa|Kyodo|Yonhap|RIA Novosti)\s+[-–—]\s+\p{Lu}/u.test(l) && words(l) <= 12 && namesOnly(l.replace(/\s+[-–—]\s+/u, ' ')) },
  // "Russian Defense Ministry Press Service via AP": a picture's source and the agency that handed it on (names only).
  { name: 'photo credit (a source via an agency)', test: (l) => /^\p{Lu}.*\s+via\s+(?:AP|AFP|Getty Images|Reuters|EPA(?:-EFE)?|TASS|Sputnik|Xinhua|Anadolu(?: Agency)?|dpa|Kyodo|Yonhap|Shutterstock|ZUMA(?: Press)?|Sipa(?: USA)?|Abaca)$/u.test(l) && words(l) <= 12 && namesOnly(l) && !l.includes(':') },
  // (A credit all in capitals is junk-rules.ts's: "ANNA PETROVA/FOR THE TRIBUNE".)
  { name: 'photo credit (a source and the agency’s initials)', test: (l) => !LEAD_CREDIT.test(l) && AGENCY_CREDIT.test(l) && /\p{Ll}/u.test(l) && words(l) <= 10 },
  // "Photo Ministry of Defense of Kyrgyzstan": "Photo" and the picture's source, no colon (names only).
  { name: 'photo credit', test: (l) => /^Photo\s+\p{Lu}/u.test(l) && words(l) <= 8 && namesOnly(l) && !/[.!?,;:]$/u.test(l) },
  control('sponsor slot', ['sponsor(?:ed)? message', 'message from (?:our|a) sponsor', 'partner content', 'paid (?:post|content)']),
  { name: 'sponsor slot', test: (l) => /^become an? (?:\S+\s+){0,2}(?:sponsor|underwriter)$/iu.test(l) },
  { name: 'sponsor slot', test: (l) => /\bthis content (?:was|is|has been) (?:commissioned|paid for|sponsored|produced) by\b/iu.test(l) && words(l) <= 30 },
  { name: 'broadcast credit (the programme a radio story was heard on)', test: (l) => /^(?:[Aa]s )?[Hh]eard on\s+\p{Lu}/u.test(l) && words(l) <= 8 && !/[.!?]$/u.test(l) },
  {
    // (A headline: no sentence's end, and words enough after the kicker; a subheading in quotation marks is the quotation alone.)
    name: 'related story link (a quoted kicker and its headline)',
    test: (l) => {
      const m = /^[‘“"][^‘’“”"]{2,60}[^‘’“”",.\s][’”"]\s+(\p{Lu}[^“”"]*)$/u.exec(l);
      return m !== null && words(m[1]!) >= 6 && words(l) <= 30 && !/[.!?…:;,]["”’»)]*$/u.test(l);
    },
  },
  // A box of the latest stories on the text's subject: "Latest on Kazakhstan unrest" (junk.ts takes its headlines).
  { name: 'related links', test: (l) => /^latest on\s+\S/iu.test(l) && words(l) <= 6 && !/[.!?…:;,]$/u.test(l) },
  { name: 'series note', test: (l) => /^this (?:article|story|piece|report|interview) is (?:a )?part of\b/iu.test(l) && words(l) <= 30 },
];
