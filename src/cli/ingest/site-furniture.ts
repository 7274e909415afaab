/**
 * Furniture of big news sites' pages, each line told alone by its kind or
 * shape (junk-rules.ts lists these among its own): a link labelled for a
 * screen reader as opening a new tab ("Careers, opens new tab"), a screen
 * reader's list markers ("list of 3 items", "list 1 of 3", "end of list"),
 * a social network's icon name ("instagram-colored-outline", "rss") and the heading above them ("Follow Al Jazeera English:"), a line
 * naming the app stores ("… on iOS or Android"), a market-data box's delay
 * notice, a video's running time and source ("02:21 - Source: CNN"), a
 * notice with the copyright sign inside it ("CNN Sans ™ & © 2016 …"), a
 * "View all partners" link. (Photo credits are media-furniture.ts's; the
 * publication on itself, publisher.ts's.)
 */
import { words, type JunkRule } from './junk-rule.ts';

/** A link's label for a screen reader, after the link: "About Reuters, opens new tab", "Careers (opens in a new window)". */
const NEW_TAB = /^[^.!?]{2,60}?(?:,\s*|\s+\(|\s+[-–—]\s+)opens (?:in )?(?:a )?new (?:tab|window)\)?$/iu;

/** A screen reader's markers around a list of links: "list of 3 items", "list 1 of 3", "end of list". */
export const LIST_MARKER = /^(?:list of \d+ items?|list \d+ of \d+|end of list)$/iu;

/** A social network's icon, by its name alone in lower case or with its style after hyphens: "rss", "instagram-colored-outline". */
const ICON = /^(?:facebook|twitter|x|youtube|instagram|linkedin|whatsapp|telegram|tiktok|reddit|pinterest|flipboard|snapchat|vk|rss|email|mail|threads|bluesky|mastodon)(?:-[a-z\d]+){0,4}$/u;

/** The app stores named together, in a call to the reader: "Enjoy more audio and podcasts on iOS or Android.", "Available on the App Store and Google Play". */
const APP_STORES = /\b(?:iOS|iPhone|iPad)\s+(?:or|and|&)\s+Android\b|\bAndroid\s+(?:or|and|&)\s+(?:iOS|iPhone)\b|\bApp Store\b[^.!?]{0,20}\bGoogle Play\b|\bGoogle Play\b[^.!?]{0,20}\bApp Store\b/u;

const CALL = /^(?:Enjoy|Download|Get|Listen|Read|Watch|Install|Try|Available|Find|Follow|Stream|Subscribe)\b|\byour?\b/iu;

/** A market-data box's notice: "All quotes delayed a minimum of 15 minutes.", "Prices are delayed by 20 minutes". */
const DELAYED_QUOTES = /^(?:all\s+)?(?:quotes|prices|market data|data)\s+(?:are\s+)?delayed\b/iu;

/** A video's running time and where it comes from: "02:21 - Source: CNN". */
const VIDEO_SOURCE = /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*[-–—|]\s*Source:\s*\S.{0,40}$/u;

/** The copyright sign and a year inside a short notice (a font's or a trademark's): "CNN Sans ™ & © 2016 Cable News Network.". */
const COPYRIGHT_INSIDE = /(?:^|\s)©\s*(?:copyright\s+)?[12]\d{3}\b|^\(c\)\s*[12]\d{3}\b/iu;

/** A heading above the networks' icons: "Follow Al Jazeera English:", "Follow us on social media:" (a name in capitals, or "us"). */
const FOLLOW_HEADING = /^Follow\s+(?:us|\p{Lu}[\p{L}\d&.'’+-]*(?:\s+\p{Lu}[\p{L}\d&.'’+-]*){0,4})(?:\s+on\s+social(?:\s+media)?)?\s*:$/u;

/** A related story's link, the label run into its headline: "Related article Kazakhstan's unrest explained: What's behind …". */
const RELATED_LABEL = /^related (?:article|story|content|video|coverage|link)\s*:?\s+\S/iu;

/** A related box's label naming its topic in title case: "More on Kazakhstan’s Unrest" (not a subheading, "More on the economy"). */
export const MORE_ON_TOPIC = /^More on (?:\p{Lu}[\p{L}’'-]*(?:\s+|$)){1,5}$/u;

/** A link to a whole list: "View all partners", "See all topics". */
const VIEW_ALL = /^(?:view|see|show) all(?: \p{L}+){1,2}$/iu;

export const siteFurnitureRules: readonly JunkRule[] = [
  { name: 'link (opens a new tab)', test: (l) => NEW_TAB.test(l) && words(l) <= 12 },
  { name: 'list markers (a screen reader’s)', test: (l) => LIST_MARKER.test(l) },
  { name: 'social icon (a network’s name)', test: (l) => ICON.test(l) },
  { name: 'app banner (the app stores)', test: (l) => APP_STORES.test(l) && CALL.test(l) && words(l) <= 16 && !/[“”"«»]/u.test(l) },
  { name: 'market data (its delay notice)', test: (l) => DELAYED_QUOTES.test(l) && /\bminutes?\b/iu.test(l) && words(l) <= 30 },
  { name: 'video (its running time and source)', test: (l) => VIDEO_SOURCE.test(l) },
  { name: 'copyright line', test: (l) => COPYRIGHT_INSIDE.test(l) && words(l) <= 16 && !/[“”"«»]/u.test(l) },
  { name: 'follow-us blurb', test: (l) => FOLLOW_HEADING.test(l) },
  { name: 'related links (the label and a headline)', test: (l) => RELATED_LABEL.test(l) && words(l) <= 30 && !/[.]$/u.test(l) },
  { name: 'link to a list', test: (l) => VIEW_ALL.test(l) },
  { name: 'related links (a box’s label with its topic)', test: (l) => MORE_ON_TOPIC.test(l) },
];
