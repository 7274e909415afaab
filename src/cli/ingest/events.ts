/**
 * Event proposals for a draft's events.yaml: one event per distinct date the
 * text gives (dates.ts), mentioning every paragraph (by the id the site gives it) where it is found
 * — or the lead photo, for a date in its caption. Labels are placeholders:
 * the editor writes them, and splits an event whose mentions are different
 * events on the same date.
 */
import { overviewAnchors, type Mention } from '../../lib/content/schema.ts';
import { sentencesAround } from '../../lib/text.ts';
import { findDates } from './dates.ts';
import type { SectionText } from './quotes.ts';
import { derivedParagraphIds } from '../../lib/permalinks/resolve.ts';

export interface EventProposal {
  id: string;
  date: string;
  label: string;
  mentions: Mention[];
  /** Each place the date was found: the phrase and its sentence. */
  found: { phrase: string; where: string; sentence: string }[];
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

export function proposeEvents(input: { caption?: string; sections: readonly SectionText[] }): {
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
  for (const { text, mention, where } of texts) {
    for (const found of findDates(text)) {
      const sentence = sentencesAround(text, found.index, found.index + found.phrase.length);
      const place = { phrase: found.phrase, where, sentence };
      if (found.date === undefined) {
        yearless.push(place);
        continue;
      }
      const event = byDate.get(found.date) ?? { id: eventId(found.date), date: found.date, label: label(sentence), mentions: [], found: [] };
      byDate.set(found.date, event);
      event.found.push(place);
      if (!event.mentions.some((m) => m.section === mention.section && m.anchor === mention.anchor)) event.mentions.push(mention);
    }
  }
  const events = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { events, yearless };
}

/** The latest year among the events' dates (a guess at the publication year), if any. */
export function latestYear(events: readonly EventProposal[]): string | undefined {
  const years = events.map((e) => /^\d{4}/.exec(e.date)?.[0]).filter((y): y is string => y !== undefined);
  return years.sort().at(-1);
}
