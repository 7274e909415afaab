/**
 * Links that never break. A copy of the content gets an editor's edits
 * (tests/support/editor-edits.ts: insert a paragraph at the top of a
 * section, split a paragraph, remove one, reword a title, rename a slug);
 * unrecorded, they fail the content check and the build, naming the file,
 * the URL and the fragment and what to run; after `npm run permalinks`
 * (runPermalinks) the site is rebuilt into a temporary folder, and every
 * link the record published before the edits lands, in Chromium at 1280 px,
 * on the same text (or, for a removed passage, on the nearest one with a
 * visible note that it was revised), in view.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { startStaticServer } from '../../src/cli/static-server.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { containment, shingles } from '../../src/lib/permalinks/fingerprint.ts';
import { RUN } from '../../src/lib/permalinks/check.ts';
import { runPermalinks } from '../../src/cli/permalinks.ts';
import { useChromium } from '../support/browser.ts';
import { applyEditorEdits, buildContent, copyContent, publishedLinks, type EditLog, type PublishedLink } from '../support/editor-edits.ts';
import { REPO_ROOT } from '../support/html.ts';
import { scrollSettled } from '../support/page-helpers.ts';
import { checkCspMeta } from '../gates/lib/csp.ts';
import { formatProblem, validateHtml } from '../gates/lib/html-validate.ts';

const temp = mkdtempSync(join(tmpdir(), 'permalinks-edits-'));
const content = join(temp, 'content');
let links: PublishedLink[] = [];
let edits: EditLog;
let base = '';
let close: (() => Promise<void>) | undefined;
let unrecorded: { code: number; output: string };
let uncheckedErrors: string[] = [];
const browser = useChromium();

beforeAll(async () => {
  copyContent(join(REPO_ROOT, 'content'), content);
  links = publishedLinks(content);
  edits = applyEditorEdits(content);
  uncheckedErrors = checkContent(content).errors.map((e) => `${e.file}: ${e.field}: ${e.message}`);
  unrecorded = await buildContent(content, join(temp, 'dist-unrecorded'), join(temp, 'astro-cache'));
  const updated = runPermalinks(content);
  if (!updated.ok) throw new Error(updated.message);
  const built = await buildContent(content, join(temp, 'dist'), join(temp, 'astro-cache'));
  if (built.code !== 0) throw new Error(`the edited content did not build:\n${built.output.slice(-3000)}`);
  const server = await startStaticServer(join(temp, 'dist'));
  base = server.url;
  close = server.close;
}, 600_000);

afterAll(async () => {
  await close?.();
  rmSync(temp, { recursive: true, force: true });
});

describe('an unrecorded edit', () => {
  test('fails the content check, naming file, URL and fragment, and saying what to run', () => {
    const mentions = (s: string) => uncheckedErrors.filter((e) => e.includes(s));
    expect(mentions(RUN).length).toBeGreaterThanOrEqual(4);
    expect(mentions(`/articles/${edits.article}/${edits.renamed.from}/ would break`)).toHaveLength(1);
    expect(mentions(edits.inserted).some((e) => e.includes('not in permalinks.yaml'))).toBe(true);
    expect(mentions(edits.split).some((e) => /#p-[0-9a-f]+ would break/.test(e))).toBe(true);
  });
  test('fails the build with the same message', () => {
    expect(unrecorded.code).not.toBe(0);
    expect(unrecorded.output).toContain(`/articles/${edits.article}/${edits.renamed.from}/ would break`);
    expect(unrecorded.output).toContain(RUN);
  });
});

interface Landing {
  found: boolean;
  path: string;
  text: string;
  inView: boolean;
  revisedNote: boolean;
}

/** Where a link lands: the element its fragment names (past a former anchor, the passage after it), or the page's main text. */
async function land(page: Page, url: string): Promise<Landing> {
  await page.goto(url);
  await page.waitForFunction(() => document.readyState === 'complete' && !document.documentElement.dataset.movedTo);
  await scrollSettled(page);
  return page.evaluate(() => {
    const fragment = decodeURIComponent(location.hash.slice(1));
    const named = fragment ? document.getElementById(fragment) : (document.querySelector('.quote-permalink') ?? document.querySelector('h1'));
    const path = location.pathname;
    if (!named) return { found: false, path, text: '', inView: false, revisedNote: false };
    let landing: Element | null = named;
    let revisedNote = false;
    if (named.classList.contains('former-anchor')) {
      revisedNote = named.classList.contains('revised') && named.matches(':target') && getComputedStyle(named, '::before').content.includes('revised');
      while (landing?.classList.contains('former-anchor')) landing = landing.nextElementSibling;
    }
    if (!landing) return { found: false, path, text: '', inView: false, revisedNote };
    const copy = landing.cloneNode(true) as Element;
    copy.querySelectorAll('.ann').forEach((n) => n.remove());
    const header = document.querySelector('.site-header');
    const top = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    const seen = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.top >= top - 1 && box.top < window.innerHeight && box.bottom > top;
    };
    return { found: true, path, text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(), inView: seen(landing) && seen(named), revisedNote };
  });
}

/** The same text: one mostly made of the other (a reworded passage, the first part of a split one). */
function sameText(expected: string, actual: string): boolean {
  const [a, b] = [shingles(expected), shingles(actual)];
  return containment(a, b) >= 0.5 || containment(b, a) >= 0.5;
}

describe('after `npm run permalinks`, every published link at 1280 px', () => {
  test('the record published links of every kind', () => {
    const kinds = new Set(links.map((l) => l.kind));
    for (const kind of ['section', 'title', 'paragraph', 'quote', 'quote page'] as const) expect(kinds).toContain(kind);
  });

  test('lands on the same text, in view (or on the nearest passage, with a note that it was revised)', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const failures: string[] = [];
    let revised = 0;
    for (const link of links) {
      const at = await land(page, `${base}${link.href}`);
      const ok = at.found && at.inView && (sameText(link.text, at.text) || at.revisedNote);
      if (!ok) failures.push(`${link.kind} ${link.href} → ${at.path}: found ${at.found}, in view ${at.inView}, note ${at.revisedNote}: expected “${link.text.slice(0, 60)}”, got “${at.text.slice(0, 60)}”`);
      if (at.revisedNote) revised += 1;
    }
    await page.close();
    expect(failures, `${failures.length} of ${links.length} links`).toEqual([]);
    // The removed paragraph's link, and only links into revised passages, show the note.
    expect(revised).toBeGreaterThanOrEqual(1);
    expect(revised).toBeLessThan(links.length / 4);
  }, 300_000);
});

describe('a renamed section’s old address', () => {
  test('is a redirect page (valid HTML, its CSP meta, no inline script) and a 301 in _redirects', async () => {
    const from = `/articles/${edits.article}/${edits.renamed.from}/`;
    const to = `/articles/${edits.article}/${edits.renamed.to}/`;
    const file = join(temp, 'dist', from, 'index.html');
    expect((await validateHtml([file])).map((p) => formatProblem(p))).toEqual([]);
    const html = readFileSync(file, 'utf8');
    expect(checkCspMeta(html)).toEqual([]);
    expect(html).toContain('<script src="/js/moved.js"></script>');
    expect(readFileSync(join(temp, 'dist', '_redirects'), 'utf8').split('\n')).toContain(`${from} ${to} 301`);
    expect(readFileSync(join(temp, 'dist', 'sitemap-0.xml'), 'utf8')).not.toContain(from);
  });

  test('without JavaScript, still leads to the section (meta refresh) and links to it', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const from = `/articles/${edits.article}/${edits.renamed.from}/`;
    const to = `/articles/${edits.article}/${edits.renamed.to}/`;
    const response = await page.request.get(`${base}${from}`);
    expect(await response.text()).toContain(`href="${to}"`);
    await page.goto(`${base}${from}#x`);
    await page.waitForURL((url) => url.pathname === to);
    // Chromium's meta refresh drops the fragment the reader came with (measured here): moved.js, or a host's 301, keeps it.
    console.log(`meta refresh without JavaScript: ${from}#x → ${new URL(page.url()).pathname}${new URL(page.url()).hash || ' (fragment dropped)'}`);
    await context.close();
  });
});
