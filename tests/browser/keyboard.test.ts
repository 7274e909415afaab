/**
 * Keyboard use of a section page: the skip link is the first Tab stop and
 * moves focus to the main content; every permalink anchor is reachable by
 * Tab and shows a visible focus outline.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, useChromium } from '../support/browser.ts';
import { busiestSection, scrollSettled, SECTIONS, sectionWith } from '../support/page-helpers.ts';

const base = inject('baseUrl');
const browser = useChromium();

interface Focused {
  tag: string;
  classes: string;
  href: string | null;
  id: string;
  outlineStyle: string;
  outlineWidth: string;
  visible: boolean;
  /** Focused before, during this walk (marked with data-tab-seen). */
  seen: boolean;
}

/** What has focus now, with its outline and whether it is on screen. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const seen = el.hasAttribute('data-tab-seen');
    el.setAttribute('data-tab-seen', '');
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.localName,
      classes: el.className.toString(),
      href: el.getAttribute('href'),
      id: el.id,
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
      seen,
    };
  });
}

/** The focused element is within the viewport and not under the sticky header. */
function activeInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const box = el.getBoundingClientRect();
    const header = document.querySelector('.site-header');
    const top = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    return box.top >= top - 1 && box.bottom <= window.innerHeight + 1;
  });
}

/** The section with the most quotes, and the first untitled one (or else the first section): the two layouts. */
const KEYBOARD_PAGES = [...new Set([busiestSection().path, sectionWith('a section', (s) => s.article.sections[s.index]!.data.untitled === true || s === SECTIONS[0]).path])];

describe.each(KEYBOARD_PAGES)('keyboard on %s', (path) => {
  test('the skip link is the first Tab stop, visible when focused, and moves focus to main', async () => {
    const { context, page, errors } = await openPage(browser());
    try {
      await page.goto(`${base}${path}`);
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(first?.classes).toContain('skip-link');
      expect(first?.href).toBe('#main');
      expect(first?.visible, 'the skip link is on screen when focused').toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page))?.id).toBe('main');
      expect(new URL(page.url()).hash).toBe('#main');
      // The next Tab goes into the content, not back to the header.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
      expect(next, 'Tab after the skip link lands inside main').toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('every permalink anchor is reachable by Tab and shows a visible focus outline', async () => {
    const { context, page, errors } = await openPage(browser());
    try {
      await page.goto(`${base}${path}`);
      const all = await page.$$eval('main a.permalink', (as) => as.map((a) => a.getAttribute('href')!));
      expect(all.length).toBeGreaterThan(0);
      const reached = new Set<string>();
      const noOutline: string[] = [];
      for (let i = 0; i < 500; i += 1) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (!f || f.seen) break; // past the last stop, or wrapped round
        if (!f.classes.split(/\s+/).includes('permalink')) continue;
        reached.add(f.href!);
        if (f.outlineStyle === 'none' || f.outlineWidth === '0px') noOutline.push(`${f.href}: outline ${f.outlineStyle} ${f.outlineWidth}`);
        // Focus scrolls the anchor into view (smoothly, perhaps): it must end up clear of the sticky header.
        await scrollSettled(page);
        if (!(await activeInView(page))) noOutline.push(`${f.href}: not in view (or under the sticky header) when focused`);
      }
      expect(all.filter((href) => !reached.has(href)), 'permalinks not reachable by Tab').toEqual([]);
      expect(noOutline, 'permalinks without a visible focus outline').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test('every section page starts with the skip link', async () => {
  const { context, page } = await openPage(browser());
  try {
    for (const { path } of SECTIONS) {
      await page.goto(`${base}${path}`);
      await page.keyboard.press('Tab');
      expect((await focused(page))?.classes, path).toContain('skip-link');
    }
  } finally {
    await context.close();
  }
});
