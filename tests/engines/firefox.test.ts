/** The reading-critical checks (reading-checks.ts) in Firefox: tests/support/engines/firefox.ts says how it is driven. */
import { firefoxDriver } from '../support/engines/firefox.ts';
import { readingChecks } from './reading-checks.ts';

readingChecks(firefoxDriver);
