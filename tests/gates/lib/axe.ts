/**
 * Gate 1: axe-core's WCAG 2.2 AA rules on a loaded page. axe is evaluated
 * through DevTools (page.evaluate), which the page's CSP does not govern, so
 * the page keeps its CSP: what axe checks is what a reader gets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeNode {
  /** CSS selector of the element. */
  target: string;
  /** What is wrong with it (e.g. the contrast ratio and both colours). */
  detail: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

interface AxeRunner {
  run(context: Document, options: unknown): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: unknown[]; any: { message: string }[]; all: { message: string }[]; none: { message: string }[] }[];
    }[];
  }>;
}

/** Runs axe (WCAG 2.0–2.2 A and AA rules) on the page as it is now; returns the violations. */
export async function checkAxe(page: Page, tags: readonly string[] = WCAG_TAGS): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: AxeRunner }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        detail: [...n.any, ...n.all, ...n.none].map((c) => c.message).filter(Boolean)[0] ?? '',
      })),
    }));
  }, tags);
}

/** One line per violating element: `where: id (impact) target — help: detail`. */
export function formatViolations(where: string, violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${where}: ${v.id} (${v.impact ?? 'n/a'}) ${n.target} — ${v.help}${n.detail ? `: ${n.detail}` : ''}`),
  );
}
