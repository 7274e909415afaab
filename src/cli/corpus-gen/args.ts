/** Arguments of `npm run gen-corpus -- <outDir> --articles N [--seed S] [--force]`. */

export interface GenCorpusArgs {
  outDir: string;
  articles: number;
  seed: number;
  force: boolean;
}

export const USAGE = 'usage: npm run gen-corpus -- <outDir> --articles N [--seed S] [--force]';

export function parseGenCorpusArgs(argv: readonly string[]): GenCorpusArgs {
  const positional: string[] = [];
  let articles: number | undefined;
  let seed = 1;
  let force = false;
  const whole = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < (flag === '--seed' ? 0 : 1)) throw new Error(`${flag} needs a whole number${flag === '--seed' ? '' : ' ≥ 1'}, not ${value ?? 'nothing'}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--articles') articles = whole(flag, inline ?? argv[++i]);
    else if (flag === '--seed') seed = whole(flag, inline ?? argv[++i]);
    else if (flag === '--force') force = true;
    else if (flag.startsWith('-')) throw new Error(`unknown option ${flag}\n${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new Error(`give exactly one output folder\n${USAGE}`);
  if (articles === undefined) throw new Error(`--articles N is required\n${USAGE}`);
  return { outDir: positional[0]!, articles, seed, force };
}
