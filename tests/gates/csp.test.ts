/**
 * Gate 5, Content Security Policy: every page of dist/ has its meta policy
 * (no 'unsafe-inline', every inline script, style and handler hashed);
 * reading every page and searching cause no `securitypolicyviolation` and
 * no console message about the policy; dist/_headers (written by
 * src/integrations/csp-headers.ts) gives every page exactly its policy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { DIST } from '../support/html.ts';
import { checkCspMeta, checkHeadersFile, cspViolations, metaPolicies, watchCsp, type CspLog } from './lib/csp.ts';
import { searchFor, sitePages } from './lib/site.ts';

const base = inject('baseUrl');
const pages = sitePages(DIST);
let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: CspLog;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  log = await watchCsp(context);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('CSP in each page', () => {
  test.each(pages.map((p) => [p.path, p.abs] as const))('%s: meta policy, nothing inline it does not allow', (_path, file) => {
    const problems = checkCspMeta(readFileSync(file, 'utf8'));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('CSP at run time: no violation', () => {
  test.each(pages.map((p) => p.path))('reading %s', async (path) => {
    const before = log.console.length;
    const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await cspViolations(page), 'securitypolicyviolation events').toEqual([]);
    expect(log.console.slice(before), 'console messages about the policy').toEqual([]);
  });

  test('searching', async () => {
    const before = log.console.length;
    expect(await searchFor(page, base)).toBeGreaterThan(0);
    expect(await cspViolations(page), 'securitypolicyviolation events').toEqual([]);
    expect(log.console.slice(before), 'console messages about the policy').toEqual([]);
  });
});

describe('dist/_headers', () => {
  test('gives every page exactly its meta policy (plus frame-ancestors), and the common headers', () => {
    const file = join(DIST, '_headers');
    expect(existsSync(file), 'dist/_headers exists (src/integrations/csp-headers.ts)').toBe(true);
    const policies = pages.map((p) => ({ path: p.path, policy: metaPolicies(readFileSync(p.abs, 'utf8'))[0] ?? '' }));
    const problems = checkHeadersFile(readFileSync(file, 'utf8'), policies);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
