/** Browser sessions for the search tests: a fresh context per test, checked for errors, dialogs and offsite requests. */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { openPage } from './browser.ts';

export interface Session {
  context: BrowserContext;
  page: Page;
  requests: Request[];
}

/**
 * Runs `body` in a fresh browser context, then checks that nothing went
 * wrong along the way: no console or page error, no dialog (alert, confirm…),
 * no request beyond the local server (those are blocked and recorded), no
 * failed request or error response.
 */
export function sessions(browser: () => Browser, base: string) {
  const local = new URL(base);
  return async function inSession(viewport: { width: number; height: number }, body: (s: Session) => Promise<void>): Promise<void> {
    const { context, page, errors } = await openPage(browser(), { viewport });
    const offsite: string[] = [];
    const failed: string[] = [];
    const dialogs: string[] = [];
    const requests: Request[] = [];
    try {
      await context.route(
        (url) => url.origin !== local.origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
        (route) => {
          offsite.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      context.on('request', (r) => requests.push(r));
      context.on('requestfailed', (r) => {
        // A navigation cut short by the next one is not a failure of the site.
        if (!offsite.includes(r.url()) && r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()}: ${r.failure()?.errorText}`);
      });
      context.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`);
      });
      page.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      await body({ context, page, requests });
      expect(errors, 'console and page errors').toEqual([]);
      expect(dialogs, 'dialogs').toEqual([]);
      expect(offsite, 'requests beyond the local server').toEqual([]);
      expect(failed, 'failed requests').toEqual([]);
    } finally {
      await context.close();
    }
  };
}
