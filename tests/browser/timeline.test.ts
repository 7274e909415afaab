/**
 * The timeline sidebar in Chromium: on every section page, in order, the
 * current section's events marked, links landing in view both ways, at
 * 1280 and 390 px wide, and with JavaScript off. Events and passages come
 * from each article's events.yaml.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { placeEvents } from '../../src/lib/timeline/events.ts';
import { isInView, openPage, useChromium } from '../support/browser.ts';
import { articlePath, articles } from '../support/content.ts';
import { isTarget, scrollSettled, sectionsOf } from '../support/page-helpers.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

async function open(path: string, options: Parameters<typeof openPage>[1] = {}): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 }, ...options });
  await page.goto(baseUrl + path);
  return { page, errors };
}

describe.each(articles().filter((a) => a.events.length > 0).map((a) => [a.slug, a] as const))('%s', (_slug, article) => {
  const events = placeEvents(article.slug, article.events);
  const mentionedIn = (slug: string) => events.filter((e) => e.mentions.some((m) => m.section === slug));
  const sections = sectionsOf(article);
  const pathOf = (slug: string) => sections.find((s) => s.slug === slug)!.path;
  /** Every (event, mention in a section) pair, in event order; `paragraph` when the mention is one of the section's paragraphs. */
  const paragraphIds = new Set(sectionsOf(article).flatMap((s) => s.paragraphs));
  const mentions = events.flatMap((event) => event.mentions.filter((m) => m.section).map((mention) => ({ event, mention, section: mention.section!, paragraph: paragraphIds.has(mention.anchor) })));
  const inParagraph = mentions.find((m) => m.paragraph);
  const anyMention = mentions[0];
  /** An event and a section that does not mention it: its link leads to another page. */
  const elsewhere = sections.flatMap((s) => events.filter((e) => !e.mentions.some((m) => m.section === s.slug)).map((event) => ({ event, section: s }))).find((x) => x.event.mentions[0]);

  describe.each(sections.map((s) => s.slug))('section %s', (slug) => {
    test('shows every event in order, this section’s marked for sight and for screen readers', async () => {
      const { page, errors } = await open(pathOf(slug));
      const items = page.locator('.timeline-box li.timeline-event');
      await expect(items.first().isVisible()).resolves.toBe(true);
      expect(await items.evaluateAll((lis) => lis.map((li) => li.id))).toEqual(events.map((e) => `event-${e.id}`));
      const marked = page.locator('.timeline-box li.is-here');
      expect(await marked.evaluateAll((lis) => lis.map((li) => li.id))).toEqual(mentionedIn(slug).map((e) => `event-${e.id}`));
      for (const text of await marked.allInnerTexts()) expect(text).toContain('in this section');
      // The mark is visible: the bullet of a marked event differs from an unmarked one.
      const bullets = await page.evaluate(() =>
        [...document.querySelectorAll('.timeline-box li.timeline-event')].map((li) => getComputedStyle(li, '::before').backgroundColor),
      );
      expect(new Set(bullets).size).toBe(mentionedIn(slug).length > 0 && mentionedIn(slug).length < events.length ? 2 : 1);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });

  describe('links both ways', () => {
    test('an event in the sidebar lands on its passage, in view, at 1280 px', async () => {
      expect(anyMention, 'an event mentioned in a section').toBeDefined();
      const { event, mention, section } = anyMention!;
      const { page } = await open(pathOf(section));
      const anchor = mention.anchor;
      await page.click(`#event-${event.id} a`);
      await page.waitForURL(`**#${anchor}`);
      await scrollSettled(page);
      expect(await isTarget(page, anchor)).toBe(true);
      expect(await isInView(page, `#${anchor}`)).toBe(true);
      await page.context().close();
    });

    test('a paragraph’s back-link lands on its event in the sidebar, in view', async () => {
      expect(inParagraph, 'an event mentioned in a paragraph').toBeDefined();
      const { event, mention, section } = inParagraph!;
      const { page } = await open(pathOf(section));
      await page.click(`#${mention.anchor} .event-ref[href="#event-${event.id}"]`);
      await page.waitForURL(`**#event-${event.id}`);
      await scrollSettled(page);
      expect(await isTarget(page, `event-${event.id}`)).toBe(true);
      expect(await isInView(page, `#event-${event.id}`)).toBe(true);
      await page.context().close();
    });

    test.runIf(elsewhere)('an event mentioned elsewhere links to that section’s passage', async () => {
      const { event, section } = elsewhere!;
      const { page } = await open(section.path);
      await page.click(`#event-${event.id} a`);
      await page.waitForURL(`**${event.mentions[0]!.url}`);
      await scrollSettled(page);
      expect(await isInView(page, `#${event.mentions[0]!.anchor}`)).toBe(true);
      await page.context().close();
    });
  });

  describe('narrow screens and no JavaScript', () => {
    test('at 390 px the timeline is a closed disclosure after the text that opens and links into view', async () => {
      const { event, mention, section } = anyMention!;
      const { page } = await open(pathOf(section), { viewport: { width: 390, height: 844 } });
      const box = page.locator('details.timeline-box');
      expect(await box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.locator(`#event-${event.id}`).isVisible()).toBe(false);
      // It does not push the text down: it comes after the section's text, whose heading is in the first half of the first screen.
      const [headingTop, textBottom, boxTop] = await page.evaluate(() => {
        const paragraphs = document.querySelectorAll('main article.section-text p.para');
        return [
          document.querySelector('h1')!.getBoundingClientRect().top,
          paragraphs[paragraphs.length - 1]!.getBoundingClientRect().bottom,
          document.querySelector('details.timeline-box')!.getBoundingClientRect().top,
        ];
      });
      expect(headingTop).toBeLessThan(844 / 2);
      expect(boxTop).toBeGreaterThanOrEqual(textBottom);
      await box.locator('summary').click();
      await page.click(`#event-${event.id} a`);
      await page.waitForURL(`**#${mention.anchor}`);
      await scrollSettled(page);
      expect(await isInView(page, `#${mention.anchor}`)).toBe(true);
      await page.context().close();
    });

    test('the summary is reachable and opens with the keyboard', async () => {
      const { page } = await open(sections[0]!.path, { viewport: { width: 390, height: 844 } });
      await page.focus('details.timeline-box summary');
      await page.keyboard.press('Enter');
      expect(await page.locator('details.timeline-box').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await page.context().close();
    });

    test('with JavaScript disabled the sidebar and its links work', async () => {
      // The last event mentioned in a paragraph: its back-link, then its link back.
      const { event, mention, section } = mentions.findLast((m) => m.paragraph)!;
      const { page } = await open(pathOf(section), { javaScriptEnabled: false });
      expect(await page.locator('.timeline-box li.timeline-event').count()).toBe(events.length);
      await page.click(`#${mention.anchor} .event-ref[href="#event-${event.id}"]`);
      await page.waitForURL(`**#event-${event.id}`);
      expect(await isTarget(page, `event-${event.id}`)).toBe(true);
      await page.click(`#event-${event.id} a`);
      await page.waitForURL(`**#${mention.anchor}`);
      await scrollSettled(page);
      expect(await isInView(page, `#${mention.anchor}`)).toBe(true);
      await page.context().close();
    });

    test('the timeline page draws every event and links each mark to its passage', async () => {
      const { page, errors } = await open(`${articlePath(article)}timeline/`);
      const marks = page.locator('svg a');
      expect(await marks.count()).toBeGreaterThanOrEqual(events.length);
      // The earliest event, at the start of the axis.
      const first = events[0]!;
      await page.locator(`svg a[href="${first.mentions[0]!.url}"]`).first().click();
      await page.waitForURL(`**${first.mentions[0]!.url}`);
      await scrollSettled(page);
      expect(await isInView(page, `#${first.mentions[0]!.anchor}`)).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
});
