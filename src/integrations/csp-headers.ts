/**
 * Astro integration: after the build, writes `dist/_headers` (the format
 * Netlify and Cloudflare Pages read) so a static host sends each page's
 * Content Security Policy as a header too: the policy Astro put in the
 * page's `<meta http-equiv="content-security-policy">`, plus what only a
 * header can say (frame-ancestors: no framing). Every path also gets
 * nosniff, a referrer policy and X-Frame-Options for older browsers.
 */
import { closeSync, openSync, readdirSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Added to every page's policy: a meta policy cannot forbid framing. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Sent with every path (`/*`). */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#0*39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The policy in a page's `<meta http-equiv="content-security-policy" content="…">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
    if (attr('http-equiv')?.toLowerCase() === 'content-security-policy') return decode(attr('content') ?? '');
  }
  return undefined;
}

/** `a;  b ;` → `a; b`. */
export function normalizePolicy(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('; ');
}

/** `index.html` → `/`, `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function urlPath(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** The `_headers` text: `/*` with the common headers, then one rule per page with its policy. */
export function headersFile(pages: readonly { path: string; policy: string }[]): string {
  const lines = ['# Written by src/integrations/csp-headers.ts from each page\'s <meta> CSP. Do not edit.', '/*'];
  for (const [name, value] of Object.entries(COMMON_HEADERS)) lines.push(`  ${name}: ${value}`);
  for (const { path, policy } of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    lines.push(path, `  Content-Security-Policy: ${[normalizePolicy(policy), ...HEADER_ONLY_DIRECTIVES].join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * A page's text up to the end of its `<head>` (where the meta policy is), read in small chunks: at 17,000
 * pages, reading every page whole at the end of the build raised its peak memory.
 */
export function headOf(file: string, chunk = 16 * 1024): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(chunk);
    let text = '';
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      text += buffer.toString('latin1', 0, read);
      if (text.includes('</head>')) break;
    }
    return Buffer.from(text, 'latin1').toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export default function cspHeaders(): AstroIntegration {
  return {
    name: 'analysis-reader:csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages: { path: string; policy: string }[] = [];
        // One string per distinct policy, normalised (a new string): the policy as matched is a slice of its
        // page's head, and V8 keeps the whole head alive for it — 0.5 GiB at 17,000 pages.
        const policies = new Map<string, string>();
        for (const file of htmlFiles(outDir)) {
          const matched = metaPolicy(headOf(join(outDir, file)));
          const policy = matched === undefined ? undefined : normalizePolicy(matched);
          if (policy) pages.push({ path: urlPath(file), policy: policies.get(policy) ?? (policies.set(policy, policy), policy) });
          else logger.warn(`${file} has no <meta> CSP: no Content-Security-Policy header for it`);
        }
        writeFileSync(join(outDir, '_headers'), headersFile(pages));
        logger.info(`wrote _headers: Content-Security-Policy for ${pages.length} page(s)`);
      },
    },
  };
}
