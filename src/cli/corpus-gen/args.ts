/** Arguments of `npm run gen-corpus -- <outDir> --articles N [--seed S] [--force]`. */
import { parseCommandLine, wholeNumber } from '../args.ts';

export interface GenCorpusArgs {
  outDir: string;
  articles: number;
  seed: number;
  force: boolean;
}

export const USAGE = 'usage: npm run gen-corpus -- <outDir> --articles N [--seed S] [--force]';

export function parseGenCorpusArgs(argv: readonly string[]): GenCorpusArgs {
  try {
    const { values, positionals } = parseCommandLine(argv, { articles: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' } });
    if (positionals.length !== 1) throw new Error('give exactly one output folder');
    const articles = wholeNumber(values.articles, '--articles');
    if (articles === undefined) throw new Error('--articles N is required');
    return { outDir: positionals[0]!, articles, seed: wholeNumber(values.seed, '--seed', 0) ?? 1, force: values.force ?? false };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
}
