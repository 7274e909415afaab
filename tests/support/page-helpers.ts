/** Small helpers for the browser tests, on top of tests/support/browser.ts. */
import type { Page } from 'playwright-core';
import { ARTICLE_SLUG } from './html.ts';

/** The article's section slugs, in reading order. */
export const SECTION_SLUGS = ['opening', 'tactic-or-strategy', 'csto-misrepresented-and-misunderstood', 'looking-ahead'] as const;

export function sectionPath(slug: string): string {
  return `/articles/${ARTICLE_SLUG}/${slug}/`;
}

/** The text of the first element matching `selector`, without our annotations (`.ann`), white space normalised. */
export function textWithoutAnnotations(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return '';
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('.ann').forEach((n) => n.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, selector);
}

/** Presses Tab until the focused element matches `selector`; false if it never does within `max` presses. */
export async function tabTo(page: Page, selector: string, max = 400): Promise<boolean> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return true;
  }
  return false;
}

/** Whether the element with this id is the document's :target. */
export function isTarget(page: Page, id: string): Promise<boolean> {
  return page.evaluate((i) => document.getElementById(i)?.matches(':target') ?? false, id);
}

export function computed(page: Page, selector: string, property: string): Promise<string> {
  return page.evaluate(([sel, prop]) => {
    const el = document.querySelector(sel!);
    return el ? getComputedStyle(el).getPropertyValue(prop!) : '';
  }, [selector, property] as const);
}

/** Clicks a link and waits until the page is at the link's URL. */
export async function follow(page: Page, selector: string): Promise<string> {
  const link = page.locator(selector).first();
  const href = await link.getAttribute('href');
  if (href === null) throw new Error(`${selector} has no href`);
  const target = new URL(href, page.url()).href;
  await link.click();
  await page.waitForURL(target);
  return target;
}

/**
 * Waits until the page stops scrolling (scrollY unchanged for 3 readings,
 * 100 ms apart). Fragment and focus scrolling may be smooth: checking a
 * position mid-scroll would pass or fail by chance.
 */
export async function scrollSettled(page: Page, timeout = 5000): Promise<void> {
  const start = Date.now();
  let last = await page.evaluate(() => window.scrollY);
  let stable = 0;
  while (stable < 3 && Date.now() - start < timeout) {
    await page.waitForTimeout(100);
    const y = await page.evaluate(() => window.scrollY);
    stable = y === last ? stable + 1 : 0;
    last = y;
  }
}

/**
 * The link to quote `id` in its margin note. Where the note is closed (narrow
 * screens: a popover), it is opened first by clicking its marker, as a reader would.
 */
export async function notePermalink(page: Page, id: string) {
  const link = page.locator(`.mn a.permalink[href="#${id}"]`);
  if (!(await link.isVisible())) {
    const noteId = await link.evaluate((a) => a.closest('.mn')!.id);
    await page.locator(`button[popovertarget="${noteId}"]`).click();
  }
  return link;
}
