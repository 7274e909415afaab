/**
 * The incremental build's page keys (src/lib/site/cache-keys.ts): an
 * article's key changes with any file of its folder and with the shared
 * analysts and glossary, not with another article's files; the key of the
 * pages made from every article changes with any of them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cacheKeys } from '../../src/lib/site/cache-keys.ts';
import { contentLayout } from '../../src/lib/content/schema.ts';

const root = mkdtempSync(join(tmpdir(), 'cache-keys-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const article = (slug: string, file: string) => join(contentLayout.articles, slug, file);

write(contentLayout.analysts, '[]\n');
write(contentLayout.glossary, '[]\n');
for (const slug of ['a', 'b']) {
  write(article(slug, contentLayout.articleFile), `title: ${slug}\n`);
  write(article(slug, 'sections/01-one.md'), `---\ntitle: One\n---\nText of ${slug}.\n`);
}

describe('incremental-build keys', () => {
  test('an edit changes its article’s key and the site’s, not the other article’s', () => {
    const before = cacheKeys(root);
    write(article('a', 'sections/01-one.md'), '---\ntitle: One\n---\nText of a, edited.\n');
    const after = cacheKeys(root);
    expect(after.article('a')).not.toBe(before.article('a'));
    expect(after.article('b')).toBe(before.article('b'));
    expect(after.site).not.toBe(before.site);
  });

  test('the analysts change every article’s key', () => {
    const before = cacheKeys(root);
    write(contentLayout.analysts, '- id: x\n  name: X\n');
    const after = cacheKeys(root);
    for (const slug of ['a', 'b']) expect(after.article(slug)).not.toBe(before.article(slug));
    expect(after.site).not.toBe(before.site);
  });

  test('an unknown article is an error, not a key', () => {
    expect(() => cacheKeys(root).article('nope')).toThrow(/no article folder "nope"/);
  });
});
