/** The reading-critical checks (reading-checks.ts) in WebKit: tests/support/engines/webkit.ts says how it is driven. */
import { webkitDriver } from '../support/engines/webkit.ts';
import { readingChecks } from './reading-checks.ts';

readingChecks(webkitDriver);
