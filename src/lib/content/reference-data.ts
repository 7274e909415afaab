/**
 * The shared data the Markdown pipeline needs (analysts, glossary), read
 * once when Astro loads its config. Errors are not raised here: the build's
 * content check reports them all with file and line.
 */
import { join } from 'node:path';
import { loadYamlList } from './load.ts';
import { analystSchema, contentLayout, glossaryEntrySchema } from './schema.ts';

export function loadReferenceData(root: string) {
  return {
    analysts: loadYamlList(join(root, contentLayout.analysts), analystSchema).value,
    glossary: loadYamlList(join(root, contentLayout.glossary), glossaryEntrySchema).value,
  };
}
