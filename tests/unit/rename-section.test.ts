/**
 * `npm run rename-section` (src/cli/rename-section.ts) on copies of the
 * repository's content/ (a published article: its record gains a
 * redirect) and of a fixture root without a record: the slug, the file's
 * name, the events' mentions; refusals change nothing.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renameSection } from '../../src/cli/rename-section.ts';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { REPO_ROOT } from '../support/html.ts';

const temp = mkdtempSync(join(tmpdir(), 'rename-section-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;
function copyOf(root: string): string {
  const dir = join(temp, String(n++));
  cpSync(root, dir, { recursive: true });
  return dir;
}
/** Every file of a root and its text, to compare before and after. */
function snapshot(root: string): Record<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return Object.fromEntries(files.map((d) => [join(d.parentPath, d.name).slice(root.length), readFileSync(join(d.parentPath, d.name), 'utf8')]));
}

const content = join(REPO_ROOT, 'content');
const published = loadCorpus(content).value.articles.find((a) => existsSync(a.permalinksFile) && a.events.some((e) => e.mentions.some((m) => m.section)));

describe('rename-section', () => {
  it('renames a published section: slug, file name, events mentions, and the record redirects the old URL', () => {
    expect(published, 'content/ has a published article whose events mention a section').toBeDefined();
    const article = published!;
    const mentioned = article.events.flatMap((e) => e.mentions).find((m) => m.section)!.section!;
    const section = article.sections.find((s) => s.data.slug === mentioned)!;
    const mentions = article.events.flatMap((e) => e.mentions).filter((m) => m.section === mentioned).length;
    const root = copyOf(content);
    const result = renameSection(root, article.slug, mentioned, `${mentioned}-renamed`);
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    const after = loadCorpus(root).value.articles.find((a) => a.slug === article.slug)!;
    const renamed = after.sections.find((s) => s.data.slug === `${mentioned}-renamed`);
    expect(renamed?.data.title).toBe(section.data.title);
    expect(after.sections.some((s) => s.data.slug === mentioned)).toBe(false);
    expect(after.events.flatMap((e) => e.mentions).filter((m) => m.section === `${mentioned}-renamed`)).toHaveLength(mentions);
    if (/^\d+-/.test(section.file.split('/').at(-1)!)) expect(renamed!.file.endsWith(`-${mentioned}-renamed.md`)).toBe(true);
    expect(result.ok && result.changes.some((c) => /moved .*slug renamed/.test(c))).toBe(true);
    expect(checkContent(root).errors).toEqual([]);
  });

  it('renames a section of an article not yet published (no record), keeping its file name when it does not follow the slug', () => {
    const root = copyOf(join(REPO_ROOT, 'tests/fixtures/content/valid'));
    const result = renameSection(root, 'csto-deployment', 'tactic-or-strategy', 'tactic-or-plan');
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    expect(readFileSync(join(root, 'articles/csto-deployment/sections/02-tactic-or-plan.md'), 'utf8')).toMatch(/^slug: tactic-or-plan$/m);
    expect(existsSync(join(root, 'articles/csto-deployment/permalinks.yaml'))).toBe(false);
    expect(checkContent(root).errors).toEqual([]);
  });

  it.each([
    ['an unknown slug', 'no-such-section', 'anything', /no section with slug "no-such-section"/],
    ['a slug that is taken', 'tactic-or-strategy', 'opening', /already has the slug "opening"/],
    ['a new slug that is not a slug', 'tactic-or-strategy', 'Tactic Or Plan', /is not a slug/],
  ])('refuses %s and changes nothing', (_what, from, to, message) => {
    const root = copyOf(join(REPO_ROOT, 'tests/fixtures/content/valid'));
    const before = snapshot(root);
    const result = renameSection(root, 'csto-deployment', from, to);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
    expect(snapshot(root)).toEqual(before);
  });
});
