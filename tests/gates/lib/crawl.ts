/**
 * Gate 3: a breadth-first crawl in Chromium from a start page over HTTP,
 * following every same-origin link (`a[href]`, `area[href]`, GET form
 * actions): every page must answer 200, every resource it loads must not
 * fail, and every `#fragment` must name an id (or `<a name>`) on its target.
 */
import type { BrowserContext } from 'playwright-core';
import { shortUrl } from './site.ts';

export interface CrawlResult {
  /** Every URL fetched as a page (without fragment), with its status, in BFS order. */
  visited: { url: string; status: number }[];
  /** One line per problem: where the link is, what it points to, what is wrong. */
  broken: string[];
  /** How many fragment links were checked. */
  fragments: number;
}

interface Found {
  ids: string[];
  links: string[];
}

export async function crawl(context: BrowserContext, baseUrl: string, start = '/'): Promise<CrawlResult> {
  const origin = new URL(baseUrl).origin;
  const page = await context.newPage();
  const first = new URL(start, baseUrl).href;
  const queue: { url: string; from: string }[] = [{ url: first, from: '(start)' }];
  const seen = new Set([first]);
  const ids = new Map<string, Set<string>>();
  const fragmentLinks: { from: string; target: string; id: string }[] = [];
  const visited: CrawlResult['visited'] = [];
  const broken: string[] = [];
  let current = first;
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') broken.push(`${shortUrl(current)}: loads ${shortUrl(r.url())}: HTTP ${r.status()}`);
  });
  page.on('requestfailed', (r) => {
    // ERR_ABORTED: cancelled by the next navigation, not a failure of the site.
    const error = r.failure()?.errorText ?? 'failed';
    if (new URL(r.url()).origin === origin && error !== 'net::ERR_ABORTED') broken.push(`${shortUrl(current)}: loads ${shortUrl(r.url())}: ${error}`);
  });
  try {
    while (queue.length > 0) {
      const { url, from } = queue.shift()!;
      current = url;
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      const status = response?.status() ?? 0;
      visited.push({ url, status });
      if (status !== 200) {
        broken.push(`${from} → ${shortUrl(url)}: HTTP ${status}`);
        continue;
      }
      if (!(response?.headers()['content-type'] ?? '').includes('text/html')) continue;
      const found: Found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id).concat([...document.querySelectorAll('a[name]')].map((a) => a.getAttribute('name') ?? '')),
        links: [
          ...[...document.querySelectorAll('a[href], area[href]')].map((a) => a.getAttribute('href') ?? ''),
          ...[...document.querySelectorAll('form')].filter((f) => f.method === 'get').map((f) => f.getAttribute('action') ?? ''),
        ],
      }));
      ids.set(url, new Set(found.ids));
      const here = page.url();
      for (const href of found.links) {
        const target = new URL(href, here);
        if (target.origin !== origin) continue;
        // A text directive (`#id:~:text=…`) is not part of the id.
        const id = decodeURIComponent(target.hash.slice(1).split(':~:')[0]!);
        target.hash = '';
        const where = `${shortUrl(url)} <a href="${href}">`;
        if (id) fragmentLinks.push({ from: where, target: target.href, id });
        if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push({ url: target.href, from: where });
        }
      }
    }
  } finally {
    await page.close();
  }
  for (const f of fragmentLinks) {
    const onTarget = ids.get(f.target);
    // A target that did not answer 200 (or is not HTML) is reported once, above.
    if (onTarget && !onTarget.has(f.id)) broken.push(`${f.from}: no id "${f.id}" on ${shortUrl(f.target)}`);
  }
  return { visited, broken, fragments: fragmentLinks.length };
}
