/**
 * An editor's edits to a copy of a content root, chosen from the content
 * itself (any article works), and the links its permalinks.yaml records as
 * published: for the edit-simulation tests (tests/browser/permalinks-edits,
 * tests/unit/permalinks-check).
 *
 * The edits, on the first article: insert a paragraph at the top of its
 * first section; split the longest paragraph of its second section in two
 * at a sentence boundary; remove a paragraph of the section with the most
 * paragraphs among the others (one no event mentions, without quotes where
 * there is one); reword the title of its last section and rename that
 * section's slug (events.yaml's mentions follow the new slug, as an editor
 * would change them).
 */
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { sectionBody } from '../../src/lib/content/load.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import type { Permalinks } from '../../src/lib/content/schema.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { REPO_ROOT } from './html.ts';

export const INSERTED = 'Editor’s update, added after publication: this paragraph was inserted at the top of the section to note a correction.';

interface SectionFile {
  file: string;
  frontmatter: string;
  slug: string;
  order: number;
  paragraphs: string[];
}

function readSection(file: string): SectionFile {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
  const frontmatter = match[1]!;
  return {
    file,
    frontmatter,
    slug: /^slug: (.+)$/m.exec(frontmatter)![1]!.trim(),
    order: Number(/^order: (\d+)$/m.exec(frontmatter)![1]),
    paragraphs: text.slice(match[0].length).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
  };
}

function writeSection(s: SectionFile): void {
  writeFileSync(s.file, `---\n${s.frontmatter}\n---\n\n${s.paragraphs.join('\n\n')}\n`);
}

/** Where a paragraph's Markdown can be split: after a sentence's full stop, outside any directive's [text] or {attributes}. */
function splitPoint(markdown: string): number | undefined {
  let depth = 0;
  let best: number | undefined;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i]!;
    if (c === '[' || c === '{') depth += 1;
    else if (c === ']' || c === '}') depth -= 1;
    else if (depth === 0 && c === '.' && markdown[i + 1] === ' ' && /[A-Z]/.test(markdown[i + 2] ?? '')) {
      if (best === undefined || Math.abs(i - markdown.length / 2) < Math.abs(best - markdown.length / 2)) best = i;
    }
  }
  return best;
}

export interface EditLog {
  article: string;
  inserted: string;
  split: string;
  removed: string;
  renamed: { from: string; to: string };
}

/** Applies the edits in place to the content root `root`; returns what was edited. */
export function applyEditorEdits(root: string): EditLog {
  const article = readdirSync(join(root, 'articles')).sort()[0]!;
  const dir = join(root, 'articles', article);
  const sections = readdirSync(join(dir, 'sections'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => readSection(join(dir, 'sections', f)))
    .sort((a, b) => a.order - b.order);
  if (sections.length < 3) throw new Error(`${dir}: the edit simulation needs an article of at least 3 sections`);
  const eventsFile = join(dir, 'events.yaml');
  let events = readFileSync(eventsFile, 'utf8');
  const [first, second, last] = [sections[0]!, sections[1]!, sections.at(-1)!];

  first.paragraphs.unshift(INSERTED);

  const longest = second.paragraphs.reduce((a, b) => (b.length > a.length ? b : a));
  const at = splitPoint(longest);
  if (at === undefined) throw new Error(`${second.file}: no sentence boundary to split its longest paragraph at`);
  second.paragraphs.splice(second.paragraphs.indexOf(longest), 1, longest.slice(0, at + 1), longest.slice(at + 2));

  const others = sections.filter((s) => s !== first && s !== second && s.paragraphs.length >= 2);
  const from = others.sort((a, b) => b.paragraphs.length - a.paragraphs.length)[0] ?? first;
  const recorded = parse(readFileSync(join(dir, 'permalinks.yaml'), 'utf8')) as Permalinks;
  const idsOf = (s: SectionFile) => recorded.sections.find((r) => r.slug === s.slug)!.paragraphs.map((p) => p.id);
  const mentioned = (s: SectionFile, i: number) => new RegExp(`section: ${s.slug}, anchor: (${idsOf(s)[from === first ? i - 1 : i]}|${[...s.paragraphs[i]!.matchAll(/\{#(q-[a-z0-9-]+)/g)].map((m) => m[1]).join('|') || '$^'}) `).test(events);
  const candidates = from.paragraphs.map((p, i) => ({ i, score: (mentioned(from, i) ? 2 : 0) + (p.includes(':quote[') ? 1 : 0) })).filter((c) => from !== first || c.i > 0);
  const removedIndex = candidates.sort((a, b) => a.score - b.score || b.i - a.i)[0]!.i;
  if (mentioned(from, removedIndex)) throw new Error(`${from.file}: every paragraph is mentioned by an event; the simulation would have to edit events.yaml`);
  const [removed] = from.paragraphs.splice(removedIndex, 1);

  const renamed = { from: last.slug, to: `${last.slug}-renamed` };
  last.frontmatter = last.frontmatter.replace(/^slug: .+$/m, `slug: ${renamed.to}`).replace(/^title: (.+)$/m, (_, t: string) => `title: ${stringify(`${String(parse(t))}, reworded`).trim()}`);
  events = events.replace(new RegExp(`section: ${renamed.from}([,}\\s])`, 'g'), `section: ${renamed.to}$1`);
  last.slug = renamed.to;

  for (const s of sections) writeSection(s);
  writeFileSync(eventsFile, events);
  return { article, inserted: first.file, split: second.file, removed: `${from.file}: ${removed!.slice(0, 60)}…`, renamed };
}

/** Copies a content root to `to`. */
export function copyContent(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}

/** One published link and the text it was published for. */
export interface PublishedLink {
  /** Path and #fragment (none for a section's or a quote's own page). */
  href: string;
  fragment?: string;
  text: string;
  kind: 'section' | 'title' | 'heading' | 'paragraph' | 'quote' | 'former' | 'quote page';
}

/** Every link the records of a content root's articles publish, with the text each lands on. */
export function publishedLinks(root: string): PublishedLink[] {
  const out: PublishedLink[] = [];
  for (const article of readdirSync(join(root, 'articles')).sort()) {
    const record = parse(readFileSync(join(root, 'articles', article, 'permalinks.yaml'), 'utf8')) as Permalinks;
    const sectionsDir = join(root, 'articles', article, 'sections');
    const continuations = new Set(
      readdirSync(sectionsDir).flatMap((f) => scanSection(sectionBody(readFileSync(join(sectionsDir, f), 'utf8'))).quotes.filter((q) => q.continues).map((q) => q.id)),
    );
    for (const s of record.sections) {
      const page = urls.section(article, s.slug);
      const blocks = [s.title, ...s.headings, ...s.paragraphs, ...s.quotes];
      out.push({ href: page, text: s.title.text, kind: 'section' });
      for (const slug of s.former) out.push({ href: urls.section(article, slug), text: s.title.text, kind: 'section' });
      const add = (kind: PublishedLink['kind'], list: readonly { id: string; text: string }[]) => {
        for (const b of list) out.push({ href: `${page}#${b.id}`, fragment: b.id, text: b.text, kind });
      };
      add('title', [s.title]);
      add('heading', s.headings);
      add('paragraph', s.paragraphs);
      add('quote', s.quotes);
      add('former', s.anchors.map((a) => ({ id: a.id, text: blocks.find((b) => b.id === a.to)?.text ?? '' })));
      // A quote's own page: every quote but the parts that continue another.
      for (const q of s.quotes) if (!continuations.has(q.id)) out.push({ href: urls.quotePage(q.id), text: q.text, kind: 'quote page' });
    }
  }
  return out;
}

/** Builds the site from the content root `contentDir` into `outDir` (its own Astro cache beside it), as `astro build --force`. */
export function buildContent(contentDir: string, outDir: string, cacheDir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir, NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
