/**
 * Gate 5: Content Security Policy. Statically, each page's `<meta
 * http-equiv=content-security-policy>` (present, before anything it governs,
 * no 'unsafe-inline' nor 'unsafe-eval', every inline script and style
 * hashed); at run time, the `securitypolicyviolation` events and the console
 * messages about the policy; and the `_headers` file that repeats the policy
 * for static hosts.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { BrowserContext, Page } from 'playwright-core';
import { prop, selectAll } from '../../support/html.ts';
import { shortUrl } from './site.ts';

/** `a b;  c d ;` → `['a b', 'c d']`. */
export function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** The sources of the first of `names` the policy has (CSP's fallback order), or undefined. */
function sourcesFor(policy: string, names: readonly string[]): string[] | undefined {
  const all = directives(policy).map((d) => d.split(' '));
  for (const name of names) {
    const found = all.find(([n]) => n!.toLowerCase() === name);
    if (found) return found.slice(1);
  }
  return undefined;
}

const textOf = (el: Element) => el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Whether a `<script type=…>` runs (`application/ld+json` and other data blocks do not). */
export function isExecutable(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || /^(text|application)\/(x-)?(javascript|ecmascript|jscript|livescript)$/.test(t);
}

/** The content of every `<meta http-equiv=content-security-policy>` of a page. */
export function metaPolicies(html: string): string[] {
  return selectAll(fromHtml(html), (el) => el.tagName === 'meta' && prop(el, 'httpEquiv')?.toLowerCase() === 'content-security-policy').map(
    (el) => prop(el, 'content') ?? '',
  );
}

/** Problems with a page's meta CSP and with what it must allow; empty when all is well. */
export function checkCspMeta(html: string): string[] {
  const tree = fromHtml(html);
  const all = selectAll(tree, () => true);
  const metaAt = all.findIndex((el) => el.tagName === 'meta' && prop(el, 'httpEquiv')?.toLowerCase() === 'content-security-policy');
  if (metaAt < 0) return ['no <meta http-equiv="content-security-policy">'];
  const policy = prop(all[metaAt]!, 'content') ?? '';
  const problems: string[] = [];
  for (const d of directives(policy)) {
    if (/'unsafe-(inline|eval)'/i.test(d)) problems.push(`the policy allows ${/'unsafe-inline'/i.test(d) ? "'unsafe-inline'" : "'unsafe-eval'"}: ${d}`);
  }
  const governed = (el: Element) =>
    (el.tagName === 'script' && isExecutable(prop(el, 'type'))) || el.tagName === 'style' || (el.tagName === 'link' && prop(el, 'rel') === 'stylesheet');
  for (const el of all.slice(0, metaAt).filter(governed)) problems.push(`<${el.tagName}> comes before the CSP meta, which does not govern it`);
  const scriptSources = sourcesFor(policy, ['script-src-elem', 'script-src', 'default-src']) ?? [];
  const styleSources = sourcesFor(policy, ['style-src-elem', 'style-src', 'default-src']) ?? [];
  // Attributes (event handlers, style="…") run only with 'unsafe-hashes' and their own hash.
  const hashedAttribute = (names: string[], value: string) => {
    const sources = sourcesFor(policy, names) ?? [];
    return sources.includes("'unsafe-hashes'") && sources.includes(sha256(value));
  };
  for (const el of all) {
    if (el.tagName === 'script' && isExecutable(prop(el, 'type')) && !prop(el, 'src') && !scriptSources.includes(sha256(textOf(el)))) {
      problems.push(`inline <script> without its hash ${sha256(textOf(el))} in script-src: ${textOf(el).trim().slice(0, 60)}`);
    }
    if (el.tagName === 'style' && !styleSources.includes(sha256(textOf(el)))) problems.push(`inline <style> without its hash in style-src`);
    const style = prop(el, 'style');
    if (style !== undefined && !hashedAttribute(['style-src-attr', 'style-src', 'default-src'], style)) problems.push(`<${el.tagName} style="${style}">: not allowed by style-src`);
    for (const name of Object.keys(el.properties).filter((k) => /^on[a-z]/i.test(k))) {
      if (!hashedAttribute(['script-src-attr', 'script-src', 'default-src'], prop(el, name) ?? '')) problems.push(`<${el.tagName} ${name.toLowerCase()}>: handler not allowed by script-src-attr ('unsafe-hashes' and its hash)`);
    }
  }
  return problems;
}

export interface CspLog {
  /** Console messages about the policy (`Refused to …`, `… Content Security Policy …`), with the page. */
  console: string[];
}

/**
 * Records CSP violations on every page of the context: an init script (it
 * runs outside the page's CSP) listens for `securitypolicyviolation` into
 * `window.__csp`; the console messages that mention the policy are logged.
 */
export async function watchCsp(context: BrowserContext): Promise<CspLog> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${e.sample ? ` "${e.sample}"` : ''}${e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''}`),
      true,
    );
  });
  const log: CspLog = { console: [] };
  context.on('console', (m) => {
    if (/content security policy|content-security-policy/i.test(m.text())) log.console.push(`${shortUrl(m.page()?.url() ?? 'about:blank')}: ${m.text()}`);
  });
  return log;
}

/** The violations the page has recorded since it loaded. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __csp?: string[] }).__csp ?? [])]);
}

/** Netlify/Cloudflare Pages `_headers`: path → its headers, in order. */
export function parseHeadersFile(text: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  let current: [string, string][] | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules.get(line.trim()) ?? [];
      rules.set(line.trim(), current);
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (!m || !current) throw new Error(`_headers: cannot read line "${line}"`);
    current.push([m[1]!.trim(), m[2]!.trim()]);
  }
  return rules;
}

/** Directives a header may add to the page's policy: a `<meta>` policy cannot carry them. */
export const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/**
 * Problems with a `_headers` file for these pages: each page has a rule with
 * exactly its meta policy (plus a frame-ancestors, which only a header can
 * set), `/*` sets nosniff and a referrer policy, no rule names a missing page.
 */
export function checkHeadersFile(text: string, pages: readonly { path: string; policy: string }[]): string[] {
  const rules = parseHeadersFile(text);
  const problems: string[] = [];
  const header = (path: string, name: string) => (rules.get(path) ?? []).filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
  for (const { path, policy } of pages) {
    if (!rules.has(path)) {
      problems.push(`${path}: no rule`);
      continue;
    }
    const csp = header(path, 'Content-Security-Policy');
    if (csp.length !== 1) {
      problems.push(`${path}: ${csp.length} Content-Security-Policy headers, expected 1`);
      continue;
    }
    const sent = directives(csp[0]!);
    const withoutHeaderOnly = sent.filter((d) => !HEADER_ONLY.includes(d.split(' ')[0]!.toLowerCase()));
    if (JSON.stringify(withoutHeaderOnly) !== JSON.stringify(directives(policy))) {
      problems.push(`${path}: header policy differs from the page's meta policy:\n  header: ${withoutHeaderOnly.join('; ')}\n  meta:   ${directives(policy).join('; ')}`);
    }
    if (!sent.some((d) => d.toLowerCase().startsWith('frame-ancestors '))) problems.push(`${path}: no frame-ancestors in the header policy`);
  }
  if (header('/*', 'X-Content-Type-Options')[0] !== 'nosniff') problems.push('/*: no X-Content-Type-Options: nosniff');
  if (header('/*', 'Referrer-Policy').length !== 1) problems.push('/*: no Referrer-Policy');
  const known = new Set(pages.map((p) => p.path));
  for (const path of rules.keys()) if (!path.includes('*') && !known.has(path)) problems.push(`${path}: rule for a page that does not exist`);
  return problems;
}
