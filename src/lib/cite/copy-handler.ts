/**
 * The value of the onclick attribute of each "Copy" button in "Cite this":
 * it loads the copy module on the click (nothing loads or runs before). Like
 * the selection link's handler (src/lib/share/selection-handler.ts),
 * astro.config.mjs hashes this exact string into the CSP.
 */
import { urls } from '../site/urls.ts';

export const COPY_HANDLER = `import('${urls.copyModule()}').then(m=>m.copy(this))`;
