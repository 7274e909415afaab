/**
 * Words written on what people carried: "a group of around 30 activists held a picket … with placards reading “…” and
 * “…”". The slogans are theirs (a group, unnamed): the people who held the placards, banners or signs, named as the
 * sentence's subject before what they did with them. Used by quotations.ts before the opening mark.
 */
import { PLURAL_PEOPLE, pluralSpeaker } from './after-mark.ts';

/** A group named by its number or its kind: "a group of around 30 activists", "dozens of students", "protesters". */
const GROUP = String.raw`(?:(?:[Aa]|[Aa]nother)\s+(?:small\s+|large\s+)?(?:group|crowd|handful|number|few\s+dozen)\s+of\s+(?:(?:around|about|some|nearly|more than|at least|over)\s+)?(?:\d+\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}{3,}s|${PLURAL_PEOPLE})`;
/** What they did with the placards, and the placards' words to come: "held a picket … with placards reading". */
const CARRIED = String.raw`\s+(?:\p{Ll}+ly\s+)?(?:held|carried|waved|raised|hung|unfurled|displayed|brandished|staged|gathered|rallied|marched|protested|stood)(?![\p{L}])[^.!?;“”«»"]{0,120}?(?:placards?|banners?|signs?|posters?|placards and banners)\s+(?:reading|saying|that (?:read|said)|which (?:read|said)|with the words)\s*[,:]?\s*$`;
const PLACARDS = new RegExp(String.raw`(?:^|[.!?]\s+|,\s+)(${GROUP})${CARRIED}`, 'u');

/** Who carried the placards whose words the mark after `window` opens, and where they are named in it. */
export function placardCarriers(window: string): { who: string; phrase: string; index: number } | undefined {
  const m = PLACARDS.exec(window);
  if (!m) return undefined;
  const named = m[1]!;
  const who = /^(?:[Aa]|[Aa]nother)\s/u.test(named) ? named.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : pluralSpeaker(named);
  if (!who) return undefined;
  const index = m.index + m[0].indexOf(named);
  return { who, phrase: window.slice(index).trim(), index };
}
