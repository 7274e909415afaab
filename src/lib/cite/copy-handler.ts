/**
 * The value of the onclick attribute of each "Copy" button in "Cite this":
 * it loads the copy module on the click (nothing loads or runs before). Like
 * the selection link's handler (src/lib/share/selection-handler.ts),
 * astro.config.mjs hashes this exact string into the CSP.
 */
export const COPY_MODULE_PATH = '/js/copy-citation.js';

export const COPY_HANDLER = `import('${COPY_MODULE_PATH}').then(m=>m.copy(this))`;
