/**
 * What the ingest junk and metadata tests share: two lines of the author's prose to stand around the furniture, and
 * the rule a line is read by, alone (junk-rules.ts, metadata.ts) or among its neighbours (cleanSource, junk.ts).
 */
import { cleanSource, junkRules } from '../../src/cli/ingest/junk.ts';
import { metadataRules } from '../../src/cli/ingest/metadata.ts';

export const PROSE = 'Russian paratroopers fanned out across the city on Friday to guard the airport, officials said on Friday evening.';
export const LAST = 'The troops left within two weeks, and the alliance said the mission had been completed in full.';

/** The junk rule that takes a line alone, by its name. */
export const ruleOf = (line: string) => junkRules.find((r) => r.test(line))?.name;
/** The metadata rule that takes a line alone, by its name. */
export const metaOf = (line: string) => metadataRules.find((r) => r.test(line))?.name;
/** A raw text of these lines, cleaned. */
export const clean = (...lines: string[]) => cleanSource(lines.join('\n'));
/** The rule that stripped `line`, or that read it as metadata. */
export const strippedOf = (c: ReturnType<typeof cleanSource>, line: string) => c.stripped.find((s) => s.line === line)?.rule;
export const metadataOf = (c: ReturnType<typeof cleanSource>, line: string) => c.metadata.find((s) => s.line === line)?.rule;
