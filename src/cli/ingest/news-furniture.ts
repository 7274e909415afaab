/**
 * Furniture of mainstream news pages, told by its shape rather than by a
 * site's words: a market-data box (a security's name above its price, "32.60
 * USD -12.10%"), an audio player's running time under it ("3:12"), a wire
 * story's update note ("(Updates with … in ninth paragraph.)"), an image's
 * credit label ("Image: …/picture alliance", "IMAGE SOURCE,GETTY IMAGES"), an
 * app banner ("… by downloading the … app") and a newsletter appeal written as
 * prose to the reader, the publisher's correction or update note, thanks for reading,
 * an age notice ("This article is more than 4 years old"), "Click here …", "Loading…". junk-rules.ts lists the whole-line rules among its own;
 * junk.ts applies the ones that need the line before or after.
 */
import { words, type JunkRule } from './junk-rule.ts';

/** A price with its currency and its signed change: "32.60 USD -12.10%", "445.20 KZT +0.80%", "$82.14 +1.2%". */
const PRICE = /^(?:[$€£¥₽]\s?)?\d[\d,]*(?:\.\d+)?(?:\s+\p{Lu}{3})?\s+[+\-−–]\s?\d[\d,]*(?:\.\d+)?%$/u;
export const isPriceLine = (line: string) => PRICE.test(line);

/** A security's name above its price line: a few words, no sentence ("KAP Kazatomprom GDR", "Brent Crude"). */
export const isSecurityName = (line: string, next: string) => isPriceLine(next) && words(line) <= 6 && !/[.!?,;:]$/u.test(line) && /^\p{Lu}/u.test(line);

/** A show's name just above its player's "Play" ("Asia Geopolitics" / "Play"): the player's label. */
export const isShowName = (line: string, next: string) => /^(?:play|listen|play episode|listen now)$/iu.test(next) && words(line) <= 5 && /^\p{Lu}/u.test(line) && !/[.!?,;:]$/u.test(line) && !/\d/u.test(line);

/** A running time alone ("3:12", "1:04:30"): an audio or video player's, when it stands under the player's line. */
export const isRunningTime = (line: string) => /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*(?:min|mins))?$/u.test(line);

/** A wire story's note on what the update changed: "(Updates with Chevron comment in ninth paragraph.)", "(Adds details, quotes)". */
const UPDATE_NOTE = /^\((?:Updates|Adds|Recasts|Rewrites|Corrects|Changes|Refiles|Removes|Inserts|Fixes|Moves|Repeats|Tops|Writethru)\b[^()]{0,140}\)$/u;

/** An image's credit label (not the lead photo's "Credit:" line, which structure.ts reads): "Image: …", "Photo: …", "Map: …", "Picture: …", "IMAGE SOURCE,GETTY IMAGES", "Image caption,", "Foto: …", "Bild: …". */
/** A caption after an image's label, a sentence of five words or more, then its credit: "Image: Riot police in Almaty on 6 January. Pic: AP". */
const CAPTION_UNDER_LABEL = /^(?:image|picture|photo)\s*:\s*(?:\S+\s+){4,}\S+\.\s+(?:pic|photo|picture|image|credit)\s*:\s*\S/iu;
const IMAGE_LABEL = /^(?:(?:image|picture|pic|photo|photograph|foto|bild|map|chart|graphic)\s*:\s*\S|image\s+(?:source|credit)\s*[,:]|image caption\s*[,:]?$|media caption\s*[,:]?$|photo caption\s*[,:]?$)/iu;

/** A caption's label alone ("Image caption,", "Media caption"): the line under it is the caption, the author's. */
export const isCaptionLabel = (line: string) => /^(?:image|media|photo) caption\s*[,:]?$/iu.test(line);

/** An app banner: "Keep up to date … by downloading the FRANCE 24 app", "Get the BBC News app", "Download our app". */
const APP_BANNER = /\b(?:download(?:ing)?|get(?:ting)?|install(?:ing)?|try)\s+(?:the|our)\s+(?:[^.!?]{0,40}\s)?(?:app|application)\b/iu;

/** A newsletter appeal to the reader in prose: "You can sign up here for the weekly email newsletter …". */
const NEWSLETTER = /\b(?:sign(?:ing)?\s+up|subscrib\w*|register)\b[^.!?]{0,80}\b(?:newsletter|briefing|bulletin|e-?mail digest)\b|\bnewsletter\b[^.!?]{0,60}\b(?:sign(?:ing)?\s+up|subscrib\w*)\b/iu;
/** A call opening the line ("Download …", "Keep up to date …"), not a sentence about someone who downloaded an app. */
const IMPERATIVE = /^(?:Download|Get|Install|Try|Keep|Stay|Follow|Read|Listen|Watch)\b/u;
const READER = /\b(?:you|your|you['’]re)\b/iu;
const QUOTED = /[“”"«»„]/u;

/** The publisher’s note on a change or on the piece: "This story has been updated with …", "Correction: …", "UPDATE (Jan. 11, 16:20 UTC): Adds …", "An earlier version of this article …", "Editor's note: …". */
const EDITORS_NOTE = /^(?:this (?:story|article|report|piece) (?:has been|was|had been) (?:updated|corrected|amended|changed)\b|an earlier version of this (?:story|article|report|piece)\b|(?:correction|clarification)s?\s*[:.]\s|(?:update|correction|clarification)\s*\([^()]{3,40}\)\s*:\s|editor['’]s note\s*:)/iu;

export const newsFurnitureRules: readonly JunkRule[] = [
  { name: 'market data (a price and its change)', test: isPriceLine },
  { name: 'wire update note', test: (l) => UPDATE_NOTE.test(l) },
  { name: 'correction or update note (the publisher’s)', test: (l) => EDITORS_NOTE.test(l) && words(l) <= 40 && !QUOTED.test(l) },
  // "Listen to this story. Enjoy more audio and podcasts on iOS or Android."
  { name: 'audio player', test: (l) => /^listen to (?:this|the) (?:article|story|episode)\b/iu.test(l) && words(l) <= 16 && !QUOTED.test(l) },
  // "WATCH: Troops land in Almaty", "Video: …", "In pictures: …": a link to a video or a gallery.
  { name: 'video or gallery link', test: (l) => /^(?:watch|video|photos|gallery|in pictures|podcast)\s*:\s*\S/iu.test(l) && words(l) <= 16 && !QUOTED.test(l) && !/[.!?]$/u.test(l) },
  { name: 'link to the full story', test: (l) => /^(?:read|see|view) (?:the )?(?:full|whole|complete|original) (?:story|article|report|interview)\b/iu.test(l) && words(l) <= 12 },
  { name: 'age notice', test: (l) => /^this (?:article|story|piece|page) is (?:more than|over) (?:a|an|one|\d+) (?:years?|months?|weeks?|days?) old\.?$/iu.test(l) },
  { name: 'link (click here)', test: (l) => /^click here\b/iu.test(l) && words(l) <= 12 && !QUOTED.test(l) },
  { name: 'loading notice', test: (l) => /^(?:(?:the )?(?:video )?player is )?loading(?:\.{3}|…|\.)?$/iu.test(l) },
  { name: 'thanks to the reader', test: (l) => /^(?:thanks|thank you) for (?:reading|listening|watching)\b/iu.test(l) && words(l) <= 12 && !QUOTED.test(l) },
  { name: 'the publisher’s standards (a link)', test: (l) => /^(?:why you can trust|how we (?:report|verify|work)\b|our (?:editorial )?standards$|about our journalism$)/iu.test(l) && words(l) <= 8 },
  { name: 'media player (its browser notice)', test: (l) => /\b(?:use|switch to|upgrade to|try) (?:the |a )?(?:Chrome|Firefox|Safari|Edge|modern|newer|different|supported) browser\b/iu.test(l) && words(l) <= 20 && !QUOTED.test(l) },
  // (Not a caption under the label, its credit after it: "Image: Riot police in Almaty on 6 January. Pic: AP".)
  { name: 'image credit label', test: (l) => IMAGE_LABEL.test(l) && words(l) <= 14 && !QUOTED.test(l) && !CAPTION_UNDER_LABEL.test(l) },
  { name: 'app banner', test: (l) => APP_BANNER.test(l) && (IMPERATIVE.test(l) || READER.test(l)) && words(l) <= 25 && !QUOTED.test(l) },
  { name: 'newsletter appeal (to the reader)', test: (l) => NEWSLETTER.test(l) && READER.test(l) && words(l) <= 60 && !QUOTED.test(l) },
];
