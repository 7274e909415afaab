/**
 * Astro integration: runs the content checks (schemas and cross-references)
 * before Astro builds, and stops the build with every error listed.
 * Astro itself only logs a broken reference; this makes it fatal.
 */
import type { AstroIntegration } from 'astro';
import { ContentCheckError, formatErrors } from '../lib/content/errors.ts';
import { checkContentOnce } from '../lib/content/validate.ts';

export default function contentCheck(options: { root: string }): AstroIntegration {
  return {
    name: 'analysis-reader:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { errors } = checkContentOnce(options.root, true);
        if (errors.length === 0) return;
        if (command === 'dev') {
          logger.error(formatErrors(errors));
          return;
        }
        throw new ContentCheckError(errors);
      },
    },
  };
}
