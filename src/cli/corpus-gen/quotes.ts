/**
 * Quote sentences for generated prose: `:quote` directives by one analyst,
 * by two jointly, by a labelled speaker (a group, an organisation, a person
 * or a document), and split quotations whose second part `continues` the
 * first. Each comes with its ids, its analysts and its visible word count.
 */
import type { PoolAnalyst } from './people.ts';
import { chance, int, pick, weighted, type Rng } from './prng.ts';
import { capitalise, clause, join, nameWords, withSuffix, word, type Scene, type Span, type Word } from './text.ts';
import { REPORTING, SAYING, SPEAKERS } from './vocabulary.ts';

export type Speaker = (typeof SPEAKERS)[number];

export type QuotePlan =
  | { by: 'analyst'; kind: 'direct' | 'paraphrase'; analysts: PoolAnalyst[] }
  | { by: 'speaker'; kind: 'direct' | 'paraphrase'; speaker: Speaker }
  | { by: 'split'; analyst: PoolAnalyst };

/** How many `:quote` directives a plan writes. */
export const directivesOf = (plan: QuotePlan) => (plan.by === 'split' ? 2 : 1);

export interface RenderedQuote extends Span {
  /** Ids of the directives, in order (a split quotation has two). */
  ids: string[];
  analysts: string[];
}

/** Draws what the next quote is: mostly one analyst, sometimes two, a labelled voice or a split quotation. */
export function planQuote(rng: Rng, pickAnalyst: () => PoolAnalyst, room: number): QuotePlan {
  const kind = chance(rng, 0.5) ? 'direct' : 'paraphrase';
  const what = weighted(rng, ['one', 'joint', 'speaker', 'split'], [62, 10, 20, room >= 2 ? 8 : 0]);
  if (what === 'speaker') return { by: 'speaker', kind, speaker: pick(rng, SPEAKERS) };
  if (what === 'split') return { by: 'split', analyst: pickAnalyst() };
  const first = pickAnalyst();
  if (what === 'one') return { by: 'analyst', kind, analysts: [first] };
  let second = pickAnalyst();
  for (let tries = 0; second.id === first.id && tries < 20; tries++) second = pickAnalyst();
  return { by: 'analyst', kind, analysts: second.id === first.id ? [first] : [first, second] };
}

/** How an analyst is named in the text: mostly the full name, sometimes the surname or another spelling. */
function spelling(rng: Rng, a: PoolAnalyst): string {
  const r = rng();
  return r < 0.72 ? a.name : r < 0.88 ? a.surname : pick(rng, a.spellings);
}

const names = (rng: Rng, analysts: readonly PoolAnalyst[]): Word[] =>
  analysts.flatMap((a, i) => [...(i > 0 ? [word('and')] : []), ...nameWords(spelling(rng, a))]);

/** `:quote[words]{#id …}`, word by word: the directive's Markdown rides on the first and last words. */
function directive(words: readonly Word[], attributes: string): Word[] {
  const out = words.map((w) => ({ ...w }));
  out[0] = { md: `:quote[${out[0]!.md}`, text: out[0]!.text };
  const last = out.length - 1;
  out[last] = { md: `${out[last]!.md}]{${attributes}}`, text: out[last]!.text };
  return out;
}

const open = (words: Word[]): Word[] => [{ md: `“${words[0]!.md}`, text: `“${words[0]!.text}` }, ...words.slice(1)];

/** A quote sentence for `plan`, its directive ids from `ids` (as many as directivesOf(plan)). */
export function renderQuote(rng: Rng, s: Scene, plan: QuotePlan, ids: readonly string[]): RenderedQuote {
  const id = ids[0]!;
  const reporting = () => [word(pick(rng, REPORTING)), word('that')];
  const saying = () => pick(rng, SAYING).split(' ').map(word);
  let words: Word[];
  let analysts: string[] = [];
  if (plan.by === 'split') {
    analysts = [plan.analyst.id];
    const attrs = `person=${plan.analyst.id} kind=direct`;
    const first = open(directive(capitalise(clause(rng, s, int(rng, 6, 12), false)), `#${id} ${attrs}`));
    const middle = [...names(rng, [plan.analyst]), ...saying()];
    const second = open(directive(clause(rng, s, int(rng, 6, 12), false), `#${ids[1]} ${attrs} continues=${id}`));
    first[first.length - 1] = withSuffix(first.at(-1)!, ',”');
    middle[middle.length - 1] = withSuffix(middle.at(-1)!, ',');
    second[second.length - 1] = withSuffix(second.at(-1)!, '.”');
    words = [...first, ...middle, ...second];
    return { ...join(words), ids: [id, ids[1]!], analysts };
  }
  const n = int(rng, 8, 22);
  const kind = plan.kind;
  if (plan.by === 'analyst') {
    analysts = plan.analysts.map((a) => a.id);
    const attrs = `#${id} person=${analysts.length > 1 ? `"${analysts.join(' ')}"` : analysts[0]} kind=${kind}`;
    const who = names(rng, plan.analysts);
    if (kind === 'paraphrase') {
      words = [...who, ...reporting(), ...directive(clause(rng, s, n, false), attrs)];
      words[words.length - 1] = withSuffix(words.at(-1)!, '.');
    } else if (plan.analysts.length > 1 || chance(rng, 0.5)) {
      const lead = plan.analysts.length > 1 ? [word('In'), word('a'), word('joint'), word('paper,')] : [word('As')];
      const verb = plan.analysts.length > 1 ? [word('wrote,')] : [word('put'), word('it,')];
      words = [...lead, ...who, ...verb, ...open(directive(capitalise(clause(rng, s, n, false)), attrs))];
      words[words.length - 1] = withSuffix(words.at(-1)!, '.”');
    } else {
      const quote = open(directive(capitalise(clause(rng, s, n, false)), attrs));
      quote[quote.length - 1] = withSuffix(quote.at(-1)!, ',”');
      words = [...quote, ...who, ...saying()];
      words[words.length - 1] = withSuffix(words.at(-1)!, '.');
    }
    return { ...join(capitalise(words)), ids: [id], analysts };
  }
  const { label, type } = plan.speaker;
  const attrs = `#${id} speaker="${label}" speakerType=${type} kind=${kind}`;
  if (kind === 'paraphrase') {
    words = [...capitalise(nameWords(label)), ...reporting(), ...directive(clause(rng, s, n, false), attrs)];
    words[words.length - 1] = withSuffix(words.at(-1)!, '.');
  } else {
    const quote = open(directive(capitalise(clause(rng, s, n, false)), attrs));
    quote[quote.length - 1] = withSuffix(quote.at(-1)!, ',”');
    words = [...quote, word('according'), word('to'), ...nameWords(label)];
    words[words.length - 1] = withSuffix(words.at(-1)!, '.');
  }
  return { ...join(words), ids: [id], analysts };
}
