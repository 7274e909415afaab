/** Build tests read `dist/`: fail at once, clearly, when there is none. */
import { existsSync } from 'node:fs';

export default function requireDist(): void {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run "npm run build" first ("npm test" does).');
}
