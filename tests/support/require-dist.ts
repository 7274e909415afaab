/** Build tests read `dist/`: fail at once, clearly, when there is none. */
import { existsSync } from 'node:fs';

/** The built site the build and browser tests read: `dist/`, or `DIST_DIR` (e.g. a snapshot of it). */
export const distDir = (): string => process.env.DIST_DIR ?? 'dist';

export default function requireDist(): void {
  if (!existsSync(`${distDir()}/index.html`)) throw new Error(`${distDir()}/ is missing: run "npm run build" first ("npm test" does).`);
}
