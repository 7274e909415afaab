/**
 * Gate 2: html-validate on built HTML files, with the repository's
 * `.htmlvalidate.json` (html-validate:recommended; see README "Quality
 * gates" for any rule turned off and why). Errors fail; warnings are listed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { REPO_ROOT } from '../../support/html.ts';

/** The repository's html-validate config, used wherever the files are (dist/, DIST_DIR, the fixture). */
export const CONFIG_FILE = join(REPO_ROOT, '.htmlvalidate.json');

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Validates each file (absolute paths) with `.htmlvalidate.json`. */
export async function validateHtml(files: readonly string[]): Promise<HtmlProblem[]> {
  const { $schema: _schema, ...config } = JSON.parse(readFileSync(CONFIG_FILE, 'utf8')) as ConfigData & { $schema?: string };
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message, severity: m.severity === 2 ? 'error' : 'warning' });
      }
    }
  }
  return problems;
}

export function formatProblem(p: HtmlProblem, relativeTo = ''): string {
  const file = relativeTo && p.file.startsWith(relativeTo) ? p.file.slice(relativeTo.length).replace(/^\//, '') : p.file;
  return `${file}:${p.line}:${p.column}: ${p.severity} ${p.rule}: ${p.message}`;
}
