/**
 * A section's text: its Markdown, read from its file (the collection keeps
 * frontmatter only, see content.config.ts), and its HTML, rendered with the
 * site's pipeline when its page asks (once).
 */
import { readFileSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { sectionBody } from '../content/load.ts';
import { renderSection } from '../markdown/render-section.ts';
import type { SiteSection } from './model.ts';

/** A section's Markdown body, decoded as the content loader decodes it (a byte-order mark dropped), so the text is the same. */
export function markdownOf(entry: CollectionEntry<'sections'>): string {
  if (entry.body !== undefined) return entry.body;
  if (!entry.filePath) throw new Error(`section ${entry.id} has neither a body nor a file`);
  return sectionBody(new TextDecoder('utf-8').decode(readFileSync(entry.filePath)));
}

/** The section's text as HTML. A Markdown error throws and stops the build. */
export function sectionHtml(section: SiteSection): Promise<string> {
  const { entry } = section;
  if (!entry.filePath) throw new Error(`section ${entry.id} has no file`);
  return renderSection(entry.filePath, markdownOf(entry), entry.data);
}
