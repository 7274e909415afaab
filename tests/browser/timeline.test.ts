/**
 * The timeline sidebar in Chromium: on every section page, in order, the
 * current section's events marked, links landing in view both ways, at
 * 1280 and 390 px wide, and with JavaScript off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { placeEvents } from '../../src/lib/timeline/events.ts';
import { isInView, openPage, useChromium } from '../support/browser.ts';
import { ARTICLE_SLUG } from '../support/html.ts';
import { isTarget, scrollSettled, SECTION_SLUGS, sectionPath } from '../support/page-helpers.ts';

const baseUrl = inject('baseUrl');
const article = loadCorpus('content').value.articles.find((a) => a.slug === ARTICLE_SLUG)!;
const events = placeEvents(article.slug, article.events);
const mentionedIn = (slug: string) => events.filter((e) => e.mentions.some((m) => m.section === slug));
/** The passage of a section that mentions an event first (a paragraph's id in events.yaml). */
const anchorOf = (event: string, section: string) => events.find((e) => e.id === event)!.mentions.find((m) => m.section === section)!.anchor;

const browser = useChromium();

async function open(path: string, options: Parameters<typeof openPage>[1] = {}): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 }, ...options });
  await page.goto(baseUrl + path);
  return { page, errors };
}

describe.each(SECTION_SLUGS)('section %s', (slug) => {
  test('shows every event in order, this section’s marked for sight and for screen readers', async () => {
    const { page, errors } = await open(sectionPath(slug));
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
    const { page } = await open(sectionPath('tactic-or-strategy'));
    const event = events.find((e) => e.id === 'csto-requested')!;
    const anchor = event.mentions.find((m) => m.section === 'tactic-or-strategy')!.anchor;
    await page.click(`#event-${event.id} a`);
    await page.waitForURL(`**#${anchor}`);
    await scrollSettled(page);
    expect(await isTarget(page, anchor)).toBe(true);
    expect(await isInView(page, `#${anchor}`)).toBe(true);
    await page.context().close();
  });

  test('a paragraph’s back-link lands on its event in the sidebar, in view', async () => {
    const { page } = await open(sectionPath('csto-misrepresented-and-misunderstood'));
    const paragraph = anchorOf('alma-ata-protocol', 'csto-misrepresented-and-misunderstood');
    await page.click(`#${paragraph} .event-ref[href="#event-alma-ata-protocol"]`);
    await page.waitForURL('**#event-alma-ata-protocol');
    await scrollSettled(page);
    expect(await isTarget(page, 'event-alma-ata-protocol')).toBe(true);
    expect(await isInView(page, '#event-alma-ata-protocol')).toBe(true);
    await page.context().close();
  });

  test('an event mentioned elsewhere links to that section’s passage', async () => {
    const { page } = await open(sectionPath('opening'));
    const event = events.find((e) => e.id === 'alma-ata-protocol')!;
    await page.click(`#event-${event.id} a`);
    await page.waitForURL(`**${event.mentions[0]!.url}`);
    await scrollSettled(page);
    expect(await isInView(page, `#${event.mentions[0]!.anchor}`)).toBe(true);
    await page.context().close();
  });
});

describe('narrow screens and no JavaScript', () => {
  test('at 390 px the timeline is a closed disclosure after the text that opens and links into view', async () => {
    const { page } = await open(sectionPath('tactic-or-strategy'), { viewport: { width: 390, height: 844 } });
    const box = page.locator('details.timeline-box');
    expect(await box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#event-csto-requested').isVisible()).toBe(false);
    // It does not push the text down: the section's heading is at the top of the first screen.
    expect(await page.locator('h1').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(300);
    await box.locator('summary').click();
    await page.click('#event-csto-requested a');
    await page.waitForURL('**#q-reports-tokayev-request');
    await scrollSettled(page);
    expect(await isInView(page, '#q-reports-tokayev-request')).toBe(true);
    await page.context().close();
  });

  test('the summary is reachable and opens with the keyboard', async () => {
    const { page } = await open(sectionPath('opening'), { viewport: { width: 390, height: 844 } });
    await page.focus('details.timeline-box summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('details.timeline-box').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.context().close();
  });

  test('with JavaScript disabled the sidebar and its links work', async () => {
    const { page } = await open(sectionPath('looking-ahead'), { javaScriptEnabled: false });
    expect(await page.locator('.timeline-box li.timeline-event').count()).toBe(events.length);
    const paragraph = anchorOf('january-2022-events', 'looking-ahead');
    await page.click(`#${paragraph} .event-ref[href="#event-january-2022-events"]`);
    await page.waitForURL('**#event-january-2022-events');
    expect(await isTarget(page, 'event-january-2022-events')).toBe(true);
    await page.click('#event-january-2022-events a');
    await page.waitForURL(`**#${paragraph}`);
    await scrollSettled(page);
    expect(await isInView(page, `#${paragraph}`)).toBe(true);
    await page.context().close();
  });

  test('the timeline page draws every event and links each mark to its passage', async () => {
    const { page, errors } = await open(`/articles/${ARTICLE_SLUG}/timeline/`);
    const marks = page.locator('svg a');
    expect(await marks.count()).toBeGreaterThanOrEqual(events.length);
    const first = events.find((e) => e.id === 'collective-security-treaty')!;
    await page.locator(`svg a[href="${first.mentions[0]!.url}"]`).first().click();
    await page.waitForURL(`**${first.mentions[0]!.url}`);
    await scrollSettled(page);
    expect(await isInView(page, `#${first.mentions[0]!.anchor}`)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
