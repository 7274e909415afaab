/**
 * Gate 2, valid HTML: html-validate (html-validate:recommended, config in
 * .htmlvalidate.json) reports no error on any page of dist/.
 */
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/html.ts';
import { formatProblem, validateHtml } from './lib/html-validate.ts';
import { sitePages } from './lib/site.ts';

const pages = sitePages(DIST);

describe('html-validate', () => {
  test.each(pages.map((p) => [p.path, p.abs] as const))('%s: 0 errors', async (_path, file) => {
    const problems = await validateHtml([file]);
    const warnings = problems.filter((p) => p.severity === 'warning').map((p) => formatProblem(p, DIST));
    if (warnings.length > 0) console.log(`html-validate warnings:\n${warnings.join('\n')}`);
    const errors = problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, DIST));
    expect(errors, `html-validate errors:\n${errors.join('\n')}`).toEqual([]);
  });
});
