/**
 * Timeline events as the pages use them: described dates, chronological
 * order, and the link from an event to the passage that mentions it.
 */
import type { Mention, TimelineEvent } from '../content/schema.ts';
import { compareEdtf, describeEdtf, type DescribedDate } from '../dates.ts';
import { urls } from '../site/urls.ts';

export interface PlacedMention extends Mention {
  /** Absolute path of the passage: page URL plus #anchor. */
  url: string;
}

export interface SiteEvent extends Omit<TimelineEvent, 'date' | 'mentions'> {
  article: string;
  date: DescribedDate;
  mentions: PlacedMention[];
}

/** The URL of a mention: a section's paragraph or quote, or an anchor on the article's overview. */
export function mentionUrl(article: string, mention: Mention): string {
  const page = mention.section ? urls.section(article, mention.section) : urls.article(article);
  return `${page}#${mention.anchor}`;
}

/** Describes and orders an article's events (see compareEdtf for mixed precisions). */
export function placeEvents(article: string, events: readonly TimelineEvent[]): SiteEvent[] {
  return [...events]
    .sort((a, b) => compareEdtf(a.date, b.date) || a.id.localeCompare(b.id))
    .map((e) => ({
      ...e,
      article,
      date: describeEdtf(e.date),
      mentions: e.mentions.map((m) => ({ ...m, url: mentionUrl(article, m) })),
    }));
}

/** Whether a section mentions the event. */
export function mentionedIn(event: SiteEvent, section: string | undefined): boolean {
  return event.mentions.some((m) => m.section === section);
}

/**
 * Where an event links from a page: its first mention in the current
 * section (a same-page #anchor), else its main (first) mention.
 */
export function eventHref(event: SiteEvent, currentSection?: string): string {
  const here = event.mentions.find((m) => m.section !== undefined && m.section === currentSection);
  return here ? `#${here.anchor}` : event.mentions[0]!.url;
}

/** Events in chronological order, grouped under the year each starts in (UTC), years in order. */
export function eventsByYear(events: readonly SiteEvent[]): { year: number; events: SiteEvent[] }[] {
  const years: { year: number; events: SiteEvent[] }[] = [];
  for (const event of events) {
    const year = new Date(event.date.start).getUTCFullYear();
    const last = years.at(-1);
    if (last?.year === year) last.events.push(event);
    else years.push({ year, events: [event] });
  }
  return years;
}
