/** Shared by the cross-engine checks: the engine under test, and a tab that must end with nothing gone wrong. */
import { expect, inject } from 'vitest';
import type { Engine, Tab, TabOptions } from '../../support/engines/engine.ts';

export const base = inject('baseUrl');

/** Hands the checks the engine their file launched (in `beforeAll`, after the tests are declared). */
export type EngineRef = () => Engine;

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Opens a tab, runs `body`, then asserts no console error, uncaught error or CSP violation happened in it. */
export async function inTab(engine: Engine, options: TabOptions, body: (tab: Tab) => Promise<void>): Promise<void> {
  const tab = await engine.open(options);
  try {
    await body(tab);
    expect(await tab.problems(), `${engine.name}: console errors, uncaught errors, CSP violations`).toEqual([]);
  } finally {
    await tab.close();
  }
}
