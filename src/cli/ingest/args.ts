/**
 * The command line of `npm run ingest`: parsed and checked before anything
 * is read or written, every mistake with a message that says what to do.
 */
import { isEdtf, slugSchema } from '../../lib/content/schema.ts';
import { parseCommandLine } from '../args.ts';

export const USAGE = `usage: npm run ingest -- <raw.txt> --slug <slug> [--force] [--content <root>] [--url <url>] [--published <EDTF date>]

  <raw.txt>           the scraped article (line 1: the title), relative to the repository root
  --slug <slug>       the article's folder and URL: lowercase words and single hyphens
  --force             replace content/articles/<slug>/ if it exists
  --content <root>    the content root (default: CONTENT_DIR or "content")
  --url <url>         the article's address (else a placeholder to confirm)
  --published <date>  the publication date, EDTF: 2022-02 (else the latest year in the text, to confirm)`;

export interface IngestArgs {
  source: string;
  slug: string;
  force: boolean;
  content?: string;
  url?: string;
  published?: string;
}

export type ParsedArgs = { ok: true; help: true } | { ok: true; help: false; value: IngestArgs } | { ok: false; message: string };

function isUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  force: { type: 'boolean' },
  slug: { type: 'string' },
  content: { type: 'string' },
  url: { type: 'string' },
  published: { type: 'string' },
} as const;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseCommandLine(argv, OPTIONS);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, help: true };
  for (const flag of ['slug', 'content', 'url', 'published'] as const) {
    if (values[flag] === '') return { ok: false, message: `--${flag} needs a value` };
  }
  if (positionals.length === 0) return { ok: false, message: 'missing the source file (the raw scraped text)' };
  if (positionals.length > 1) return { ok: false, message: `one source file at a time (got ${positionals.map((p) => `"${p}"`).join(', ')})` };
  const slug = values.slug;
  if (slug === undefined) return { ok: false, message: 'missing --slug <slug> (the article’s folder and URL, e.g. --slug csto-deployment-in-kazakhstan)' };
  const checked = slugSchema.safeParse(slug);
  if (!checked.success) return { ok: false, message: `bad --slug "${slug}": ${checked.error.issues[0]!.message}` };
  const url = values.url;
  if (url !== undefined && !isUrl(url)) return { ok: false, message: `bad --url "${url}": give an http(s) address` };
  const published = values.published;
  if (published !== undefined && !isEdtf(published)) {
    return { ok: false, message: `bad --published "${published}": give an EDTF date (e.g. 2022-02, 2022-02-03)` };
  }
  return {
    ok: true,
    help: false,
    value: { source: positionals[0]!, slug, force: values.force ?? false, content: values.content, url, published },
  };
}
