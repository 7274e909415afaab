/**
 * Every page loads cleanly: no console errors, no failed requests or error
 * responses, and no request leaves 127.0.0.1 (the site calls no third party).
 */
import { describe, expect, inject, test } from 'vitest';
import { openPage, useChromium } from '../support/browser.ts';
import { pagePaths } from '../support/html.ts';

const base = inject('baseUrl');
const local = new URL(base);
const browser = useChromium();

describe('network and console', () => {
  test.each(pagePaths())('%s: no console errors, no failed requests, nothing beyond 127.0.0.1', async (path) => {
    const { context, page, errors } = await openPage(browser());
    const offsite: string[] = [];
    const failed: string[] = [];
    const requested: string[] = [];
    try {
      // Stop anything bound elsewhere before it leaves the machine, and record it.
      await context.route(
        (url) => url.hostname !== local.hostname,
        (route) => {
          offsite.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      page.on('request', (r) => requested.push(r.url()));
      page.on('requestfailed', (r) => {
        if (!offsite.includes(r.url())) failed.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`);
      });
      const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(requested.length).toBeGreaterThan(0);
      expect(offsite, 'requests to other hosts').toEqual([]);
      expect(failed, 'failed requests').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      for (const url of requested) expect(new URL(url).hostname).toBe(local.hostname);
    } finally {
      await context.close();
    }
  });
});
