/** The reading-critical checks (reading-checks.ts) in Chromium: tests/support/engines/chromium.ts says how it is driven. */
import { chromiumDriver } from '../support/engines/chromium.ts';
import { readingChecks } from './reading-checks.ts';

readingChecks(chromiumDriver);
