/**
 * `npm run gen-corpus -- <outDir> --articles N [--seed S] [--force]`: writes
 * N synthetic articles that pass the content checks (a shared analyst pool
 * and glossary, sections with quotes, dated events) into <outDir>, never
 * into content/. Same seed, same bytes. Build it with
 * `CONTENT_DIR=<outDir> npm run build`.
 */
import { join, relative } from 'node:path';
import { parseGenCorpusArgs } from '../src/cli/corpus-gen/args.ts';
import { generateCorpus } from '../src/cli/corpus-gen/corpus.ts';
import { writeCorpus } from '../src/cli/corpus-gen/write.ts';

const repo = join(import.meta.dirname, '..');
try {
  const args = parseGenCorpusArgs(process.argv.slice(2));
  const started = performance.now();
  const corpus = generateCorpus({ articles: args.articles, seed: args.seed });
  const files = writeCorpus(args.outDir, corpus.files, { protectedDirs: [join(repo, 'content')], force: args.force });
  const s = corpus.stats;
  console.log(
    `gen-corpus: ${s.articles} article(s), ${s.sections} sections, ${s.paragraphs} paragraphs (${s.words} words), ${s.quotes} quotes, ${s.events} events, ${s.analysts} analysts` +
      ` → ${relative(process.cwd(), args.outDir) || '.'} (${files} files, seed ${args.seed}, ${Math.round(performance.now() - started)} ms)`,
  );
} catch (error) {
  console.error(`gen-corpus: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
