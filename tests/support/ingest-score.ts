/**
 * Scores ingest on a folder of hand-marked texts (<dir>/<name>/source.txt
 * and expected.yaml, the registry in <registry>): quote recall, attribution
 * accuracy, precision, paraphrases, events found, junk removed, author lines kept, new
 * spellings proposed as aliases. Used by the corpus test (texts ingest was
 * tuned on) and the held-out test (texts written before ingest saw them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { makeDraft, type Draft } from '../../src/cli/ingest/draft.ts';
import { matchNames, type Person } from '../../src/lib/people/names.ts';

export interface Expected {
  published: string;
  title: string;
  publication?: string;
  junk: string[];
  metadata?: string[];
  /** Each quote: the words inside the marks (trailing punctuation aside), and who speaks: a registry id, or the speaker as named. */
  quotes: { text: string; who: string; alias?: string }[];
  /** Reported speech: who, and words the proposal's text must contain. */
  paraphrases?: { who: string; starts: string }[];
  events: string[];
  /**
   * Junk lines whose kind a plain-text copy does not show (an inline related link that reads as a subheading
   * does): each is still listed in `junk`, and is scored apart, as left for the editor, when ingest keeps it.
   */
  cannotTell?: string[];
}

export interface Text {
  name: string;
  raw: string;
  expected: Expected;
  draft: Draft;
}

/** Every text under `dir` (one folder each), ingested against the registry `registry`. */
export function loadTexts(dir: string, registry: string): Text[] {
  const people = parse(readFileSync(registry, 'utf8')) as Person[];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .map((name) => {
      const raw = readFileSync(join(dir, name, 'source.txt'), 'utf8');
      const expected = parse(readFileSync(join(dir, name, 'expected.yaml'), 'utf8')) as Expected;
      const draft = makeDraft({ raw, sourceName: `${name}/source.txt`, people, published: String(expected.published) });
      return { name, raw, expected, draft };
    });
}

/** Words compared without surrounding space or punctuation. */
const norm = (t: string) => t.replace(/\s+/g, ' ').trim().replace(/^[\s,.;:!?]+|[\s,.;:!?]+$/g, '');

/** Whether the proposal speaks for `who`: a registry id, or a speaker's name (spellings and titles aside). */
function sameSpeaker(p: { people?: string[]; speaker?: string }, who: string): boolean {
  if (p.people) return p.people.join(' ') === who;
  if (!p.speaker) return false;
  const [a, b] = [p.speaker.toLowerCase().replace(/^the\s+/, ''), who.toLowerCase().replace(/^the\s+/, '')];
  return a === b || matchNames(p.speaker, who) !== undefined;
}

const KEYS = ['quotes', 'attribution', 'precision', 'paraphrases', 'events', 'junk', 'kept', 'aliases'] as const;
type Key = (typeof KEYS)[number];
export type Score = { name: string } & Record<Key, { n: number; of: number }> & { problems: string[] };

export function score(t: Text): Score {
  const marked = t.draft.quotes.filter((q) => q.marked);
  const found = t.expected.quotes.map((e) => ({ e, p: marked.find((q) => norm(q.text) === norm(e.text)) }));
  const hits = found.filter((f) => f.p);
  const right = hits.filter((f) => sameSpeaker(f.p!, f.e.who));
  const wrong = hits.filter((f) => !right.includes(f));
  const correct = marked.filter((q) => t.expected.quotes.some((e) => norm(e.text) === norm(q.text)));
  const extra = marked.filter((q) => !correct.includes(q));
  const paraphrases = (t.expected.paraphrases ?? []).map((e) => ({
    e,
    p: t.draft.paraphrases.find((p) => norm(p.text).toLowerCase().includes(norm(e.starts).toLowerCase()) && sameSpeaker(p, e.who)),
  }));
  const dates = new Set(t.draft.events.map((e) => e.date));
  // (A proposal more precise than the marking is found: "late December" as 2021-12-21/2021-12-31 for 2021-12, "the autumn
  // of 2020" as 2020-23 for 2020; so is each end of a span: "from 1991 until 2019" as 1991/2019 for 1991 and for 2019.)
  const within = (p: string, d: string) => p === d || p.split('/').every((end) => end.startsWith(`${d}-`)) || p.split('/').includes(d);
  const missingEvents = t.expected.events.map(String).filter((d) => ![...dates].some((p) => within(p, d)));
  const stripped = new Set(t.draft.cleaned.stripped.map((s) => s.line));
  const meta = new Set(t.draft.cleaned.metadata.map((m) => m.line));
  // Each occurrence counts: a line the page repeats ("Add to your selections" above the text and below it) is left
  // once for each time the markings list it beyond the times ingest removed it.
  const left = (expected: readonly string[], removed: readonly string[]) => {
    const times = new Map<string, number>();
    for (const r of removed) times.set(r, (times.get(r) ?? 0) + 1);
    return expected.map(String).filter((e) => { const n = times.get(e) ?? 0; times.set(e, n - 1); return n <= 0; });
  };
  const cannotTell = new Set((t.expected.cannotTell ?? []).map(String));
  const allJunkLeft = [...left(t.expected.junk, t.draft.cleaned.stripped.map((x) => x.line)), ...left(t.expected.metadata ?? [], t.draft.cleaned.metadata.map((m) => m.line))];
  const junkLeft = allJunkLeft.filter((j) => !cannotTell.has(j));
  const forTheEditor = allJunkLeft.filter((j) => cannotTell.has(j));
  // The author's lines (every line after the first that is marked neither junk nor metadata) that ingest removed.
  const furniture = new Set([...t.expected.junk, ...(t.expected.metadata ?? [])].map(String));
  const authors = t.raw.split(/\r?\n/).slice(1).map((l) => l.trim()).filter((l) => l !== '' && !furniture.has(l));
  const lost = authors.filter((l) => stripped.has(l) || meta.has(l));
  const aliases = t.expected.quotes.filter((e) => e.alias);
  const aliased = aliases.filter((e) => t.draft.quotes.some((q) => q.newAlias?.spelling === e.alias && q.newAlias?.id === e.who));
  const who = (p: { people?: string[]; speaker?: string }) => p.people?.join(' ') ?? p.speaker ?? 'nobody';
  return {
    name: t.name,
    quotes: { n: hits.length, of: t.expected.quotes.length },
    attribution: { n: right.length, of: hits.length },
    precision: { n: correct.length, of: marked.length },
    paraphrases: { n: paraphrases.filter((f) => f.p).length, of: paraphrases.length },
    events: { n: t.expected.events.length - missingEvents.length, of: t.expected.events.length },
    junk: { n: t.expected.junk.length + (t.expected.metadata?.length ?? 0) - allJunkLeft.length, of: t.expected.junk.length + (t.expected.metadata?.length ?? 0) - forTheEditor.length },
    kept: { n: authors.length - lost.length, of: authors.length },
    aliases: { n: aliased.length, of: aliases.length },
    problems: [
      ...found.filter((f) => !f.p).map((f) => `quote not marked: ${f.e.text}`),
      ...wrong.map((f) => `wrong speaker: ${f.e.text.slice(0, 40)}…: ${who(f.p!)} (expected ${f.e.who})`),
      ...extra.map((q) => `marked but not a quote: ${q.text}`),
      ...paraphrases.filter((f) => !f.p).map((f) => `paraphrase not proposed: ${f.e.who}: ${f.e.starts}`),
      ...missingEvents.map((d) => `event not found: ${d}`),
      ...junkLeft.map((j) => `junk left: ${j}`),
      ...forTheEditor.map((j) => `left for the editor (a plain copy cannot tell what it is): ${j}`),
      ...lost.map((l) => `author's line removed: ${l}`),
      ...aliases.filter((e) => !aliased.includes(e)).map((e) => `alias not proposed: ${e.alias} → ${e.who}`),
    ].map((p) => `${t.name}: ${p}`),
  };
}

export function total(scores: readonly Score[], key: Key): { n: number; of: number; rate: number } {
  const n = scores.reduce((s, x) => s + x[key].n, 0);
  const of = scores.reduce((s, x) => s + x[key].of, 0);
  return { n, of, rate: of === 0 ? 1 : n / of };
}

const pct = (r: { n: number; of: number; rate: number }) => `${(r.rate * 100).toFixed(0)} % (${r.n}/${r.of})`;

/** The scores per text and in total, then every problem, as the tests print them. */
export function report(label: string, scores: readonly Score[]): string {
  const lines = scores.map((s) => `  ${s.name}: ${KEYS.map((k) => `${k} ${s[k].n}/${s[k].of}`).join(', ')}`);
  const totals = KEYS.map((k) => `${k} ${pct(total(scores, k))}`).join(', ');
  return `${label}:\n${lines.join('\n')}\n  total: ${totals}\n${scores.flatMap((s) => s.problems).join('\n')}`;
}

/**
 * The issue's bar (#13) as tests: ≥ 90 % quote recall, attribution and
 * precision, ≥ 80 % events, all junk removed and none of the author's lines
 * (a line marked neither junk nor metadata), and each title without its
 * suffix (the publication taken from it). Prints the scores and every problem.
 */
export function itMeetsTheBar(label: string, texts: readonly Text[]): void {
  const scores = texts.map(score);
  it('scores ≥ 90 % quote recall, attribution and precision, ≥ 80 % events, all junk removed, every author line kept', () => {
    const text = report(label, scores);
    console.log(text);
    expect(total(scores, 'quotes').rate, text).toBeGreaterThanOrEqual(0.9);
    expect(total(scores, 'attribution').rate, text).toBeGreaterThanOrEqual(0.9);
    expect(total(scores, 'precision').rate, text).toBeGreaterThanOrEqual(0.9);
    expect(total(scores, 'events').rate, text).toBeGreaterThanOrEqual(0.8);
    expect(total(scores, 'junk').rate, text).toBe(1);
    expect(total(scores, 'kept').rate, text).toBe(1);
  });

  it.each(texts.map((t) => [t.name, t] as const))('%s: the title without its suffix, the publication from it', (_name, t) => {
    expect(t.draft.cleaned.title).toBe(t.expected.title);
    if (t.expected.publication) expect(t.draft.article.publication).toBe(t.expected.publication);
  });
}
