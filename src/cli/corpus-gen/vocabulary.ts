/**
 * The words synthetic articles are made of: political-analysis nouns,
 * verbs and adjectives, a fixed list of topics and publications, and the
 * syllables that make each article's invented places. Only plain letters,
 * hyphens and apostrophes: nothing Markdown or a directive would read.
 */

export const TOPICS = [
  'Central Asia',
  'Eastern Europe',
  'South Caucasus',
  'Middle East',
  'East Asia',
  'South Asia',
  'Africa',
  'Latin America',
  'Security',
  'Elections',
  'Energy',
  'Economy',
  'Migration',
  'Diplomacy',
  'Protests',
  'Trade',
  'Climate',
  'Media',
] as const;

export const PUBLICATIONS = [
  'The Example Review',
  'Northern Policy Quarterly',
  'The Meridian Monitor',
  'Regional Affairs Weekly',
  'The Open Analysis Journal',
  'Continental Observer',
  'The Policy Ledger',
  'Frontier Studies Digest',
] as const;

export const AUTHORS = [
  'Helen Marsh',
  'Daniel Okafor',
  'Ines Duarte',
  'Tomasz Wrona',
  'Aiko Tanaka',
  'Farid Haddad',
  'Lena Brandt',
  'Samuel Achebe',
  'Olga Kravets',
  'Marco Bellini',
] as const;

export const NOUNS = [
  'government', 'opposition', 'parliament', 'constitution', 'reform', 'crisis', 'alliance', 'treaty', 'border', 'economy',
  'election', 'referendum', 'coalition', 'ministry', 'army', 'protest', 'movement', 'regime', 'elite', 'budget',
  'pipeline', 'sanction', 'embargo', 'summit', 'agreement', 'ceasefire', 'mandate', 'mission', 'strategy', 'doctrine',
  'policy', 'currency', 'inflation', 'subsidy', 'tariff', 'corridor', 'harbour', 'railway', 'grid', 'refinery',
  'court', 'judiciary', 'press', 'broadcaster', 'censorship', 'campaign', 'candidate', 'turnout', 'ballot', 'district',
  'province', 'capital', 'periphery', 'diaspora', 'minority', 'majority', 'consensus', 'rivalry', 'partnership', 'dependence',
  'sovereignty', 'legitimacy', 'stability', 'security', 'neutrality', 'balance', 'influence', 'leverage', 'succession', 'transition',
  'uprising', 'crackdown', 'amnesty', 'negotiation', 'mediation', 'deployment', 'withdrawal', 'garrison', 'militia', 'insurgency',
  'drought', 'harvest', 'migration', 'remittance', 'investment', 'loan', 'debt', 'privatisation', 'monopoly', 'cartel',
  'decree', 'statute', 'amendment', 'veto', 'quota', 'license', 'concession', 'dividend', 'bailout', 'austerity',
] as const;

export const ADJECTIVES = [
  'fragile', 'cautious', 'assertive', 'regional', 'strategic', 'tactical', 'domestic', 'foreign', 'economic', 'political',
  'military', 'diplomatic', 'contested', 'uneasy', 'durable', 'temporary', 'sweeping', 'modest', 'abrupt', 'gradual',
  'authoritarian', 'pluralist', 'nationalist', 'reformist', 'conservative', 'pragmatic', 'ambitious', 'costly', 'opaque', 'informal',
  'bilateral', 'multilateral', 'post-Soviet', 'landlocked', 'resource-rich', 'long-standing', 'unprecedented', 'lingering', 'delicate', 'decisive',
  'symbolic', 'structural', 'chronic', 'rival', 'neighbouring', 'emerging', 'declining', 'volatile', 'quiet', 'public',
] as const;

/** Transitive, past tense: "the government weakened the coalition". */
export const VERBS = [
  'weakened', 'strengthened', 'tested', 'reshaped', 'undermined', 'secured', 'delayed', 'accelerated', 'challenged', 'defended',
  'renegotiated', 'abandoned', 'extended', 'restricted', 'financed', 'blocked', 'revived', 'ignored', 'exposed', 'redefined',
  'postponed', 'approved', 'rejected', 'tightened', 'loosened', 'mirrored', 'complicated', 'overshadowed', 'consolidated', 'fractured',
] as const;

/** Intransitive, past tense: "while the reform stalled". */
export const INTRANSITIVE = [
  'stalled', 'faltered', 'grew', 'collapsed', 'persisted', 'shifted', 'deepened', 'held', 'eased', 'spread',
  'widened', 'narrowed', 'recovered', 'hardened', 'softened', 'resumed', 'escalated', 'subsided', 'endured', 'unravelled',
] as const;

/** Verbs that introduce a paraphrase: "X argued that …". */
export const REPORTING = [
  'argued', 'suggested', 'warned', 'noted', 'observed', 'claimed', 'contended', 'insisted', 'cautioned', 'concluded',
] as const;

/** Verbs that follow a direct quote: "…,” X said. */
export const SAYING = ['said', 'wrote', 'added', 'explained', 'remarked', 'told reporters'] as const;

export const CONNECTIVES = ['Meanwhile,', 'Still,', 'Moreover,', 'Yet', 'Increasingly,', 'Nevertheless,', 'Instead,', 'Indeed,'] as const;

/** Labels for voices that are not named analysts, with their speaker type. */
export const SPEAKERS: readonly { label: string; type: 'person' | 'organization' | 'group' | 'document' }[] = [
  { label: 'some observers', type: 'group' },
  { label: 'critics of the government', type: 'group' },
  { label: 'local journalists', type: 'group' },
  { label: 'opposition deputies', type: 'group' },
  { label: 'the foreign ministry', type: 'organization' },
  { label: 'the central bank', type: 'organization' },
  { label: 'a government spokesperson', type: 'person' },
  { label: 'a senior diplomat', type: 'person' },
  { label: 'the official communique', type: 'document' },
  { label: 'a leaked memorandum', type: 'document' },
];

/** Syllables for invented place names, one set of places per article. */
export const SYLLABLES = [
  'va', 'len', 'dor', 'kes', 'tra', 'os', 'mir', 'zan', 'bel', 'gor', 'ri', 'na', 'ta', 'vik', 'sul', 'an',
  'ka', 'lo', 'mar', 'ven', 'del', 'sha', 'ro', 'ti', 'bra', 'cel', 'du', 'fen', 'hol', 'ir', 'jun', 'kal',
] as const;
export const COUNTRY_ENDINGS = ['ia', 'stan', 'land', 'ova', 'ea', 'ar', 'is', 'onia'] as const;
export const CITY_ENDINGS = ['grad', 'pol', 'burg', 'abad', 'ovo', 'ek', 'ton', 'mir'] as const;

export const SECTION_TITLES = [
  'Looking ahead', 'What changed', 'The view from the capital', 'A question of legitimacy', 'Old rivals, new terms',
  'The economic fallout', 'Reading the signals', 'Beyond the headlines', 'Who gains', 'The regional picture',
  'Tactic or strategy?', 'Counting the cost', 'A fragile balance', 'Between two neighbours', 'The road to the vote',
  'Lessons unlearned', 'The long view', 'Pressure from below', 'An uncertain mandate', 'What comes next',
] as const;
