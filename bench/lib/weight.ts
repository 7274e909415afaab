/**
 * What each page type downloads: the page loaded in Chromium from the local
 * static server (a fresh context each, so an empty cache), until the network
 * has been idle for 500 ms (the search page loads Pagefind on arrival: that is
 * counted), every response counted by its resource type, as sent (the local
 * server does not compress: raw bytes) and gzipped with zlib at level 9.
 * Like the search bench, the gzip figure counts each body at the smaller of
 * its raw and gzipped sizes (fonts, WebAssembly and Pagefind's index are
 * already compressed and would grow), as a server compressing only where it
 * helps would send it; `gzipAll` gzips every body regardless.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { progress, kb, type PageSpec } from './common.ts';

export const KINDS = ['document', 'stylesheet', 'script', 'image', 'font', 'fetch/xhr', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export const WEIGHT_VIEWPORT = { width: 1280, height: 800 };

export interface Bytes {
  requests: number;
  raw: number;
  /** Σ min(raw, gzipped) per body. */
  gzip: number;
  /** Σ gzipped, every body. */
  gzipAll: number;
}

export interface FileWeight {
  path: string;
  kind: Kind;
  status: number;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  type: string;
  path: string;
  total: Bytes;
  byKind: Record<Kind, Bytes>;
  /** HTML + stylesheets, gzipped: what the budget gate (tests/gates/budget.test.ts) counts. */
  htmlCssGzip: number;
  files: FileWeight[];
  errors: string[];
}

export function kindOf(resourceType: string): Kind {
  if (resourceType === 'fetch' || resourceType === 'xhr') return 'fetch/xhr';
  return (KINDS as readonly string[]).includes(resourceType) ? (resourceType as Kind) : 'other';
}

const empty = (): Bytes => ({ requests: 0, raw: 0, gzip: 0, gzipAll: 0 });

function add(into: Bytes, file: FileWeight, gzipAll: number): void {
  into.requests += 1;
  into.raw += file.raw;
  into.gzip += file.gzip;
  into.gzipAll += gzipAll;
}

async function weigh(request: Request): Promise<{ file: FileWeight; gzipAll: number } | undefined> {
  const response = await request.response();
  if (!response) return undefined;
  let body: Buffer;
  try {
    body = await response.body();
  } catch {
    body = Buffer.alloc(0); // a redirect: no body
  }
  const gzipped = body.length > 0 ? gzipSync(body, { level: 9 }).length : 0;
  const url = new URL(request.url());
  return {
    file: { path: url.protocol.startsWith('http') ? url.pathname : request.url().slice(0, 60), kind: kindOf(request.resourceType()), status: response.status(), raw: body.length, gzip: Math.min(body.length, gzipped) },
    gzipAll: gzipped,
  };
}

async function weighPage(browser: Browser, base: string, spec: PageSpec): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: WEIGHT_VIEWPORT });
  const page = await context.newPage();
  const requests: Request[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    const response = await page.goto(base + spec.path, { waitUntil: 'networkidle' });
    if (!response?.ok()) errors.push(`${spec.path} answered ${response?.status() ?? 'nothing'}`);
    const weighed = (await Promise.all(requests.map(weigh))).filter((w) => w !== undefined);
    const total = empty();
    const byKind = Object.fromEntries(KINDS.map((k) => [k, empty()])) as Record<Kind, Bytes>;
    for (const { file, gzipAll } of weighed) {
      add(total, file, gzipAll);
      add(byKind[file.kind], file, gzipAll);
    }
    const files = weighed.map((w) => w.file);
    const htmlCssGzip = files.filter((f) => f.kind === 'stylesheet' || (f.kind === 'document' && f.path === new URL(base + spec.path).pathname)).reduce((n, f) => n + f.gzip, 0);
    return { type: spec.type, path: spec.path, total, byKind, htmlCssGzip, files, errors };
  } finally {
    await context.close();
  }
}

/** Weighs each page in turn. */
export async function measurePages(browser: Browser, base: string, pages: readonly PageSpec[]): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const spec of pages) {
    const w = await weighPage(browser, base, spec);
    progress(`page weight: ${spec.type} ${spec.path}: ${w.total.requests} requests, ${kb(w.total.raw)} raw, ${kb(w.total.gzip)} gzip`);
    out.push(w);
  }
  return out;
}
