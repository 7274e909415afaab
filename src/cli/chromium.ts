/**
 * Launches Debian's Chromium through playwright-core (Playwright cannot
 * download its own browser here), for the benches and the tests.
 * `CHROMIUM_PATH` overrides the binary.
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Headless, sandbox off (root), and none of the background traffic this machine's closed network refuses. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(extraArgs: readonly string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ...options, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
