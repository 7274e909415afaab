/**
 * The passages the search index holds (dist/pagefind/fragment/, each a
 * gzipped "pagefind_dcd" signature and JSON): one per section page, its
 * text the section's own, starting with its heading. The filters and
 * metadata a page gives Pagefind (article, topics) are not in that text,
 * where a passage's excerpt would show them run together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { urls } from '../../src/lib/site/urls.ts';
import { articles } from '../support/content.ts';
import { DIST, sectionPages, select, textOf } from '../support/html.ts';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
}

const dir = join(DIST, urls.searchIndex().replace(/^\//, ''), 'fragment');
const fragments: Fragment[] = readdirSync(dir).map((name) => {
  const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
});
const passages = new Map(fragments.filter((f) => f.filters.kind?.includes('passage')).map((f) => [f.url, f]));

describe.each(articles().map((a) => [a.slug, a] as const))('the passages of %s', (slug, article) => {
  test.each(sectionPages(slug).map((p) => [p.path, p] as const))('%s: its text, from its heading on, without the filters', (path, page) => {
    const passage = passages.get(path);
    expect(passage, `${path} has a passage in the index`).toBeDefined();
    const heading = textOf(select(page.tree, 'article.section-text h1')!, { annotations: false });
    expect(passage!.content.startsWith(heading), passage!.content.slice(0, 120)).toBe(true);
    expect(passage!.filters.article).toEqual([article.data.title]);
    expect(passage!.filters.topic?.sort()).toEqual([...article.data.topics].sort());
  });
});
