/**
 * Event proposals for a draft's events.yaml: one event per distinct date the
 * text gives (dates.ts), mentioning every paragraph (by the id the site gives it) where it is found
 * — or the lead photo, for a date in its caption. Labels are placeholders:
 * the editor writes them, and splits an event whose mentions are different
 * events on the same date.
 */
import { overviewAnchors, type Mention } from '../../lib/content/schema.ts';
import { describeEdtf } from '../../lib/dates.ts';
import { sentencesAround } from '../../lib/text.ts';
import { findDates, type ReferenceDate } from './dates.ts';
import type { SectionText } from './quotes.ts';
import { derivedParagraphIds } from '../../lib/permalinks/resolve.ts';

export interface EventProposal {
  id: string;
  date: string;
  label: string;
  mentions: Mention[];
  /** Each place the date was found: the phrase and its sentence. */
  found: { phrase: string; where: string; sentence: string }[];
  /** How a part of the date the text does not give was found (to confirm). */
  flag?: string;
  /** The date is after the publication date: a wrong year, or an event the text announces. */
  afterPublication?: boolean;
}

/** A day and month the text gives without a year. */
export interface YearlessDate {
  phrase: string;
  where: string;
  sentence: string;
}

const LABEL_CHARS = 90;

export function eventId(date: string): string {
  return `event-${date.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`;
}

function label(sentence: string): string {
  const text = sentence.length > LABEL_CHARS ? `${sentence.slice(0, LABEL_CHARS).trimEnd()}…` : sentence;
  return `TODO: describe the event (found in “${text}”)`;
}

export function proposeEvents(input: { caption?: string; sections: readonly SectionText[]; reference?: ReferenceDate; published?: string }): {
  events: EventProposal[];
  yearless: YearlessDate[];
} {
  const texts: { text: string; mention: Mention; where: string }[] = [
    ...(input.caption ? [{ text: input.caption, mention: { anchor: overviewAnchors.photo }, where: `article.yaml photo caption (${overviewAnchors.photo})` }] : []),
    ...input.sections.flatMap((s) => {
      // The mention names the paragraph by the id the site gives it (from its text); the report by its place.
      const ids = derivedParagraphIds(s.paragraphs);
      return s.paragraphs.map((text, i) => ({ text, mention: { section: s.slug, anchor: ids[i]! }, where: `${s.slug} p${i + 1}` }));
    }),
  ];
  const byDate = new Map<string, EventProposal>();
  const yearless: YearlessDate[] = [];
  /** The last full date of the paragraphs read so far (what a relative day in a later one counts from). */
  let lastDay: string | undefined;
  for (const { text, mention, where } of texts) {
    const dates = findDates(text, input.reference, lastDay);
    lastDay = dates.findLast((d) => d.date && /^\d{4}-\d{2}-\d{2}$/.test(d.date) && !d.flag?.startsWith('a day from'))?.date ?? lastDay;
    for (const found of dates) {
      const sentence = sentencesAround(text, found.index, found.index + found.phrase.length);
      const place = { phrase: found.phrase, where, sentence };
      if (found.date === undefined) {
        yearless.push(place);
        continue;
      }
      const event: EventProposal = byDate.get(found.date) ?? { id: eventId(found.date), date: found.date, label: label(sentence), mentions: [], found: [], ...(found.flag ? { flag: found.flag } : {}) };
      if (!found.flag) delete event.flag;
      byDate.set(found.date, event);
      event.found.push(place);
      if (!event.mentions.some((m) => m.section === mention.section && m.anchor === mention.anchor)) event.mentions.push(mention);
    }
  }
  const events = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (input.published) {
    const end = describeEdtf(input.published).end;
    for (const e of events) if (describeEdtf(e.date).start > end) e.afterPublication = true;
  }
  return { events, yearless };
}

/** The latest year among the events' dates (a guess at the publication year), if any. */
export function latestYear(events: readonly EventProposal[]): string | undefined {
  const years = events.map((e) => /^\d{4}/.exec(e.date)?.[0]).filter((y): y is string => y !== undefined);
  return years.sort().at(-1);
}
