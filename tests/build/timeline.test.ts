/**
 * The timeline in dist/: every section page of each article lists all the
 * article's events in chronological order, marks the ones it mentions, and
 * every event link and paragraph back-link resolves to an element on its
 * target page.
 */
import { describe, expect, test } from 'vitest';
import { placeEvents } from '../../src/lib/timeline/events.ts';
import { articles, content, quotedPeople } from '../support/content.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { idsOf, pageAt, prop, selectAll, textOf, hasClass } from '../support/html.ts';

describe.each(articles().filter((a) => a.events.length > 0).map((a) => [a.slug, a] as const))('%s', (articleSlug, article) => {
  const events = placeEvents(article.slug, article.events);
  const sectionUrl = (slug: string) => `/articles/${articleSlug}/${slug}/`;

  describe('events data', () => {
    test('there are events, each with a main mention', () => {
      expect(events).toHaveLength(article.events.length);
      for (const e of events) expect(e.mentions.length).toBeGreaterThan(0);
    });

    test('every mention resolves to an id on its page', () => {
      for (const event of events) {
        for (const mention of event.mentions) {
          const [path, anchor] = mention.url.split('#') as [string, string];
          const page = pageAt(path);
          expect(page, `${event.id}: ${path}`).toBeDefined();
          expect(idsOf(page!.tree), `${event.id} → ${mention.url}`).toContain(anchor);
        }
      }
    });
  });

  describe.each(article.sections.map((s) => s.data.slug))('sidebar on %s', (slug) => {
    const page = pageAt(sectionUrl(slug))!;
    const items = selectAll(page.tree, (el) => el.tagName === 'li' && hasClass(el, 'timeline-event'));

    test('lists every event once, in chronological order', () => {
      expect(items.map((li) => prop(li, 'id'))).toEqual(events.map((e) => `event-${e.id}`));
    });

    test('writes each date in words inside <time>, with a datetime where HTML has one', () => {
      items.forEach((li, i) => {
        const time = selectAll(li, 'time')[0]!;
        expect(textOf(time)).toBe(events[i]!.date.text);
        expect(prop(time, 'dateTime')).toBe(events[i]!.date.datetime);
      });
    });

    test('marks exactly the events this section mentions, in text too', () => {
      const here = events.filter((e) => e.mentions.some((m) => m.section === slug)).map((e) => `event-${e.id}`);
      const marked = items.filter((li) => hasClass(li, 'is-here'));
      expect(marked.map((li) => prop(li, 'id'))).toEqual(here);
      for (const li of marked) expect(textOf(li)).toContain('in this section');
    });

    test('links each event to a passage that resolves, on this page when mentioned here', () => {
      const ids = idsOf(page.tree);
      items.forEach((li, i) => {
        const href = prop(selectAll(li, 'a')[0]!, 'href')!;
        const event = events[i]!;
        if (event.mentions.some((m) => m.section === slug)) {
          expect(href.startsWith('#'), `${event.id}: ${href}`).toBe(true);
          expect(ids).toContain(href.slice(1));
        } else {
          expect(href).toBe(event.mentions[0]!.url);
        }
      });
    });

    test('links each mentioning paragraph back to its events', () => {
      const ids = new Set(idsOf(page.tree));
      const refs = selectAll(page.tree, (el) => el.tagName === 'a' && hasClass(el, 'event-ref'));
      const mentioned = new Set(events.filter((e) => e.mentions.some((m) => m.section === slug)).map((e) => e.id));
      expect(new Set(refs.map((a) => prop(a, 'href')!.replace('#event-', '')))).toEqual(mentioned);
      for (const a of refs) expect(ids.has(prop(a, 'href')!.slice(1))).toBe(true);
    });
  });

  describe('timeline page', () => {
    const page = pageAt(`/articles/${articleSlug}/timeline/`);

    test('exists with a drawn axis and the same events as an accessible list', () => {
      expect(page).toBeDefined();
      const svg = selectAll(page!.tree, 'svg');
      expect(svg.length).toBeGreaterThan(0);
      const marks = selectAll(svg[0]!, 'a');
      const hrefs = new Set(marks.map((a) => prop(a, 'href') ?? prop(a, 'xlinkHref') ?? prop(a, 'xlink:href')));
      for (const e of events) expect(hrefs.has(e.mentions[0]!.url), e.id).toBe(true);
      const listed = selectAll(page!.tree, (el) => el.tagName === 'li' && hasClass(el, 'timeline-event'));
      expect(listed.map((li) => prop(li, 'id'))).toEqual(events.map((e) => `event-${e.id}`));
    });

    test('names who each event involves from the registry, linked to their page when they are quoted', () => {
      const quoted = new Set(quotedPeople().map((p) => p.id));
      const listed = selectAll(page!.tree, (el) => el.tagName === 'li' && hasClass(el, 'timeline-event'));
      events.forEach((event, i) => {
        const who = selectAll(listed[i]!, (el) => hasClass(el, 'event-people'))[0];
        if (event.people.length === 0) return expect(who, event.id).toBeUndefined();
        const text = textOf(who!);
        const links = selectAll(who!, 'a').map((a) => prop(a, 'href'));
        for (const id of event.people) {
          const person = content().people.find((p) => p.id === id)!;
          expect(text, event.id).toContain(person.name);
          if (quoted.has(id)) expect(links, event.id).toContain(urls.person(id));
        }
      });
    });
  });
});
