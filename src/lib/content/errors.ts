/** Content errors: every problem names the file, the field or directive and, where known, the line. */
import { relative } from 'node:path';

export interface ContentError {
  /** Path of the file, as given to the loader. */
  file: string;
  /** 1-based line, where known. */
  line?: number;
  /** The frontmatter field, data key or directive attribute concerned. */
  field?: string;
  message: string;
}

export function formatError(error: ContentError, cwd = process.cwd()): string {
  const where = `${relative(cwd, error.file) || error.file}${error.line ? `:${error.line}` : ''}`;
  return `${where}: ${error.field ? `${error.field}: ` : ''}${error.message}`;
}

export function formatErrors(errors: readonly ContentError[], cwd = process.cwd()): string {
  const n = errors.length;
  return [`${n} content error${n === 1 ? '' : 's'}:`, ...errors.map((e) => `  ${formatError(e, cwd)}`)].join('\n');
}

/**
 * Thrown by the build when the content does not pass the checks. Its
 * message is the whole formatted list. (Not a property named `errors`:
 * Astro would print such an array as bundler errors and drop the
 * file, line and field.)
 */
export class ContentCheckError extends Error {
  readonly contentErrors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    super(formatErrors(errors));
    this.name = 'ContentCheckError';
    this.contentErrors = errors;
  }
}
