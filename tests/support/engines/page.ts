/**
 * What the cross-engine tests ask of a page, written once on top of `Tab`
 * (engine.ts): layout-agnostic facts (the page is no wider than its
 * viewport; an element is in view and not covered by anything), and waits.
 */
import type { PageFunction, Tab } from './engine.ts';

/** Polls `fn(arg)` in the page until it returns a truthy value; throws with `what` after `timeout` ms. */
export async function waitFor<A, R>(tab: Tab, what: string, fn: PageFunction<A, R>, arg: A, timeout = 10_000): Promise<NonNullable<R>> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    // A page navigating away cannot answer: ask again.
    const value = await tab.evaluate(fn, arg).catch((e: unknown) => {
      last = e;
      return undefined;
    });
    if (value) return value as NonNullable<R>;
    if (Date.now() - start > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the page stops scrolling (scrollY unchanged over 3 readings 100 ms apart): scrolling may be smooth. */
export async function scrollSettled(tab: Tab, timeout = 5000): Promise<void> {
  const start = Date.now();
  let last = await tab.evaluate(() => window.scrollY, null);
  for (let stable = 0; stable < 3 && Date.now() - start < timeout; ) {
    await new Promise((r) => setTimeout(r, 100));
    const y = await tab.evaluate(() => window.scrollY, null);
    stable = y === last ? stable + 1 : 0;
    last = y;
  }
}

/** The document's width against its viewport's, and the first elements that stick out (for the message). */
export function overflow(tab: Tab) {
  return tab.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `<${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}> right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  }, null);
}

export interface Placement {
  found: boolean;
  /** Its first line box starts inside the viewport, with all of it or its first 20 px showing. */
  inView: boolean;
  /** What is drawn at a point just inside its first line box, when that is not the element itself. */
  coveredBy: string | null;
  top: number;
}

/**
 * Where an element is: in view, and not covered (by a sticky header or
 * anything else), judged by what the engine hit-tests at a point inside its
 * first line box. `selector` null means the focused element.
 */
export function placement(tab: Tab, selector: string | null): Promise<Placement> {
  return tab.evaluate((sel) => {
    const el = sel === null ? document.activeElement : document.querySelector(sel);
    if (!el || el === document.body) return { found: false, inView: false, coveredBy: null, top: NaN };
    const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
    // Its top edge, and all of it or at least its first 20 px (a line of text), on screen.
    const inView = box.top >= -1 && Math.min(box.bottom, window.innerHeight) - box.top >= Math.min(box.height, 20) - 1 && box.left >= -1 && box.left < window.innerWidth;
    const x = box.left + Math.min(6, box.width / 2);
    const y = box.top + Math.min(6, box.height / 2);
    const hit = inView ? document.elementFromPoint(x, y) : null;
    const mine = hit !== null && (el === hit || el.contains(hit) || hit.contains(el));
    const name = (n: Element) => `<${n.localName}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}>`;
    return { found: true, inView, coveredBy: inView && !mine ? (hit ? name(hit) : '(nothing)') : null, top: Math.round(box.top) };
  }, selector);
}
