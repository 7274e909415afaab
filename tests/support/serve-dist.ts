/** Serves `dist/` on a free localhost port for the browser tests; the URL is `inject('baseUrl')`. */
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../src/cli/static-server.ts';
import requireDist, { distDir } from './require-dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function serveDist(project: TestProject) {
  requireDist();
  const running = await startStaticServer(distDir());
  project.provide('baseUrl', running.url);
  return () => running.close();
}
