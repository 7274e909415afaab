/**
 * Gate 4: records every request a browser context makes to an origin other
 * than the site's own, and stops it before it leaves the machine.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface RequestLog {
  /** Every URL requested, in order. */
  all: string[];
  /** The distinct URLs on another origin (blocked). */
  offsite: string[];
}

function isOffsite(url: string, origin: string): boolean {
  const u = new URL(url);
  // data: and blob: URLs are the page's own bytes, not requests.
  return u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin;
}

/** Watches (and blocks) requests off `baseUrl`'s origin, from every page of the context, websockets included. */
export async function watchRequests(context: BrowserContext, baseUrl: string): Promise<RequestLog> {
  const origin = new URL(baseUrl).origin;
  const log: RequestLog = { all: [], offsite: [] };
  const offsite = (url: string) => {
    if (!log.offsite.includes(url)) log.offsite.push(url);
  };
  await context.route(
    (url) => isOffsite(url.href, origin),
    (route) => {
      offsite(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  context.on('request', (r) => {
    log.all.push(r.url());
    if (isOffsite(r.url(), origin)) offsite(r.url());
  });
  const watchPage = (p: Page) => p.on('websocket', (ws) => offsite(ws.url()));
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return log;
}
