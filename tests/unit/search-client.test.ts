/**
 * The search client's pure parts: the state kept in the URL
 * (src/lib/search/client/state.ts), turning Pagefind results into what the
 * reader sees (src/lib/search/client/results.ts), and the quote records the
 * build indexes (src/lib/search/records.ts) over the real content. (Just over 300 lines: three small
 * modules' cases, kept together because they share the content read once at the top.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { quoteRecords } from '../../src/lib/search/records.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { groupResults, parseExcerpt, textFragment, withFragment, type PagefindData } from '../../src/lib/search/client/results.ts';
import { clipQuery, MAX_QUERY, normalizeQuery, readState, writeState, type SearchState } from '../../src/lib/search/client/state.ts';

const roundTrip = (state: SearchState) => readState(writeState(state));

describe('search state in the URL', () => {
  it('round-trips a query and one analyst', () => {
    const state = { q: 'CSTO', analysts: ['Andrei Kazantsev'] };
    expect(writeState(state)).toBe('?q=CSTO&analyst=Andrei+Kazantsev');
    expect(roundTrip(state)).toEqual(state);
  });

  it('round-trips several analysts, in order', () => {
    const state = { q: 'authoritarian stability', analysts: ['Margaret Klein', 'Andrea Schmitz', 'Vyacheslav Sutyrin'] };
    expect(roundTrip(state)).toEqual(state);
    expect(readState('?analyst=Margaret%20Klein&q=x&analyst=Andrea+Schmitz').analysts).toEqual(['Margaret Klein', 'Andrea Schmitz']);
  });

  it('round-trips analysts with no query (browsing one analyst)', () => {
    expect(roundTrip({ q: '', analysts: ['Yulia Latynina'] })).toEqual({ q: '', analysts: ['Yulia Latynina'] });
  });

  it('writes nothing for the empty state and reads the empty state from nothing', () => {
    expect(writeState({ q: '', analysts: [] })).toBe('');
    expect(writeState({ q: '   \t ', analysts: [] })).toBe('');
    for (const search of ['', '?', '?q=', '?q=&analyst=', '?analyst=%20%20', '?other=1']) {
      expect(readState(search), search).toEqual({ q: '', analysts: [] });
    }
  });

  it('reads a header form submission (spaces as +)', () => {
    expect(readState('?q=Margarete+Klein')).toEqual({ q: 'Margarete Klein', analysts: [] });
  });

  it(`cuts a 5,000-character query to MAX_QUERY (${MAX_QUERY})`, () => {
    const long = 'x'.repeat(5000);
    expect(readState(`?q=${long}`).q).toBe('x'.repeat(MAX_QUERY));
    expect(normalizeQuery(long)).toHaveLength(MAX_QUERY);
    expect(clipQuery(long)).toHaveLength(MAX_QUERY);
    expect(readState(writeState({ q: long, analysts: [] })).q).toHaveLength(MAX_QUERY);
    // Normalising first: leading white space does not count against the limit.
    expect(normalizeQuery(`${' '.repeat(300)}${long}`)).toBe('x'.repeat(MAX_QUERY));
  });

  it('round-trips unicode: Cyrillic, CJK, accents, typographic quotes, emoji', () => {
    for (const q of ['Кремль', '哈萨克斯坦', 'naïve', 'Kazakhstan’s “multi-vector”', 'Soutyrin 🙂', '𠀋𠀋']) {
      expect(roundTrip({ q, analysts: ['Margaret Klein'] }), q).toEqual({ q, analysts: ['Margaret Klein'] });
    }
  });

  it('round-trips the characters that mean something in a URL or a regular expression', () => {
    for (const q of ['a&b=c', '#x', '100%', '"\'\\', '.*+?^${}()|[]\\', '<script>alert(1)</script>', 'a+b c']) {
      expect(roundTrip({ q, analysts: [] }), q).toEqual({ q, analysts: [] });
    }
  });

  it('never cuts a long query through the middle of a character', () => {
    const emoji = `a${'🙂'.repeat(3000)}`; // the MAX_QUERY-th unit is a high surrogate
    const cut = clipQuery(emoji);
    expect(cut.length).toBeLessThanOrEqual(MAX_QUERY);
    expect(cut.length).toBeGreaterThanOrEqual(MAX_QUERY - 1);
    expect(cut).toBe(emoji.slice(0, cut.length));
    expect(cut.isWellFormed()).toBe(true);
    expect(readState(writeState({ q: emoji, analysts: [] })).q).not.toContain('\uFFFD');
    expect(normalizeQuery(emoji).isWellFormed()).toBe(true);
  });

  it('normalises white space: trimmed, runs collapsed, empty means no query', () => {
    expect(normalizeQuery('  Margarete \n\t Klein  ')).toBe('Margarete Klein');
    expect(normalizeQuery('   ')).toBe('');
    expect(normalizeQuery('')).toBe('');
  });
});

describe('parseExcerpt', () => {
  it('splits an excerpt into plain and marked parts', () => {
    expect(parseExcerpt('the <mark>CSTO</mark> was <mark>deployed</mark>.')).toEqual([
      { text: 'the ', mark: false },
      { text: 'CSTO', mark: true },
      { text: ' was ', mark: false },
      { text: 'deployed', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('keeps escaped markup as text: <script> in an escaped excerpt stays text', () => {
    const parts = parseExcerpt('say &lt;script&gt;alert(1)&lt;/script&gt; and <mark>&lt;img src=x onerror=alert(1)&gt;</mark>');
    expect(parts).toEqual([
      { text: 'say <script>alert(1)</script> and ', mark: false },
      { text: '<img src=x onerror=alert(1)>', mark: true },
    ]);
    // Parts are plain data (text and a flag), for text nodes: nothing else to render.
    for (const part of parts) expect(Object.keys(part).sort()).toEqual(['mark', 'text']);
  });

  it('never yields HTML: raw tags other than <mark> are dropped, not passed on', () => {
    const parts = parseExcerpt('a<script>alert(1)</script> <img src=x onerror=alert(1)>b <mark><b>c</b></mark>');
    expect(parts.map((p) => p.text).join('')).toBe('aalert(1) b c');
    for (const part of parts) expect(part.text).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('decodes the entities Pagefind writes, once', () => {
    expect(parseExcerpt('&amp; &lt; &gt; &quot; &#39; &#x27;')).toEqual([{ text: '& < > " \' \'', mark: false }]);
    // Decoding once: an escaped entity stays an entity in the text.
    expect(parseExcerpt('&amp;lt;b&amp;gt; &amp;amp;')).toEqual([{ text: '&lt;b&gt; &amp;', mark: false }]);
    expect(parseExcerpt('<mark>AT&amp;T</mark>')).toEqual([{ text: 'AT&T', mark: true }]);
  });

  it('keeps unicode and typographic punctuation as it is', () => {
    expect(parseExcerpt('That would be <mark>naïve.”</mark> Кремль 哈萨克斯坦')).toEqual([
      { text: 'That would be ', mark: false },
      { text: 'naïve.”', mark: true },
      { text: ' Кремль 哈萨克斯坦', mark: false },
    ]);
  });

  it('gives no parts for an empty excerpt', () => {
    expect(parseExcerpt('')).toEqual([]);
  });
});

describe('textFragment and withFragment', () => {
  const mark = (text: string) => [{ text: 'before ', mark: false }, { text, mark: true }, { text: ' after', mark: false }];

  it('targets the first marked words', () => {
    expect(textFragment([{ text: 'x ', mark: false }, { text: 'CSTO', mark: true }, { text: 'troops', mark: true }])).toBe(':~:text=CSTO');
  });

  it('percent-encodes the characters that are syntax in a text directive: - , &', () => {
    expect(textFragment(mark('10-day'))).toBe(':~:text=10%2Dday');
    expect(textFragment(mark('Klein, Schmitz'))).toBe(':~:text=Klein%2C%20Schmitz');
    expect(textFragment(mark('AT&T'))).toBe(':~:text=AT%26T');
    expect(textFragment(mark('Kassym-Jomart'))).not.toMatch(/[-,&]/);
  });

  it('percent-encodes unicode as UTF-8', () => {
    expect(textFragment(mark('naïve'))).toBe(':~:text=na%C3%AFve');
    expect(textFragment(mark('Кремль'))).toBe(`:~:text=${encodeURIComponent('Кремль')}`);
    expect(decodeURIComponent(textFragment(mark('哈萨克斯坦')).slice(':~:text='.length))).toBe('哈萨克斯坦');
  });

  it('leaves out the punctuation around the words, which annotations on the page may separate from them', () => {
    expect(textFragment(mark('naïve.”'))).toBe(':~:text=na%C3%AFve');
    expect(textFragment(mark('(CSTO)'))).toBe(':~:text=CSTO');
    expect(textFragment(mark('CSTO:'))).toBe(':~:text=CSTO');
    expect(textFragment(mark('13.'))).toBe(':~:text=13');
    expect(textFragment(mark('“Kazakhstan’s'))).toBe(`:~:text=${encodeURIComponent('Kazakhstan’s')}`);
  });

  it('is empty when nothing is marked, or only punctuation is', () => {
    expect(textFragment([{ text: 'plain', mark: false }])).toBe('');
    expect(textFragment([])).toBe('');
    expect(textFragment(mark('“…”'))).toBe('');
  });

  it('adds the fragment after an #anchor, or as the fragment', () => {
    expect(withFragment('/a/b/', ':~:text=CSTO')).toBe('/a/b/#:~:text=CSTO');
    expect(withFragment('/a/b/#p3', ':~:text=CSTO')).toBe('/a/b/#p3:~:text=CSTO');
    expect(withFragment('/a/b/', '')).toBe('/a/b/');
  });
});

describe('groupResults', () => {
  const quote = (id: string, who = 'Vyacheslav Sutyrin'): PagefindData => ({
    url: `/articles/a/s/#${id}`,
    excerpt: `<mark>${who}</mark>`,
    meta: { title: who, quote: `words of ${id}`, section: 'S', article: 'A', kind: 'direct' },
    filters: { kind: ['quote'], analyst: [who] },
  });
  const passage = (slug: string, excerpt = 'the <mark>CSTO</mark> troops'): PagefindData => ({
    url: `/articles/a/${slug}/`,
    excerpt,
    meta: { title: slug, article: 'A' },
    filters: { kind: ['passage'] },
  });

  it('splits quotes from passages, keeping Pagefind’s order within each', () => {
    const { quotes, passages } = groupResults([passage('one'), quote('q-1'), passage('two'), quote('q-2', 'Luca Anceschi')]);
    expect(quotes.map((q) => q.url)).toEqual(['/articles/a/s/#q-1', '/articles/a/s/#q-2']);
    expect(quotes[1]).toEqual({ kind: 'quote', url: '/articles/a/s/#q-2', who: 'Luca Anceschi', quote: 'words of q-2', section: 'S', article: 'A' });
    expect(passages.map((p) => p.url)).toEqual(['/articles/a/one/#:~:text=CSTO', '/articles/a/two/#:~:text=CSTO']);
    expect(passages[0]!.excerpt).toEqual([
      { text: 'the ', mark: false },
      { text: 'CSTO', mark: true },
      { text: ' troops', mark: false },
    ]);
  });

  it('never returns the same URL twice', () => {
    const items = [quote('q-1'), quote('q-1'), passage('one'), quote('q-2'), passage('one', 'other <mark>words</mark>'), quote('q-1')];
    const { quotes, passages } = groupResults(items);
    const all = [...quotes, ...passages].map((r) => r.url.replace(/:~:text=.*$/, ''));
    expect(new Set(all).size).toBe(all.length);
    expect(quotes.map((q) => q.url)).toEqual(['/articles/a/s/#q-1', '/articles/a/s/#q-2']);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.url).toBe('/articles/a/one/#:~:text=CSTO');
  });

  it('treats a result without a kind filter as a passage, and tolerates missing meta', () => {
    const { quotes, passages } = groupResults([{ url: '/x/', excerpt: 'no marks', meta: {}, filters: {} }]);
    expect(quotes).toEqual([]);
    expect(passages).toEqual([{ kind: 'passage', url: '/x/', title: '', article: '', excerpt: [{ text: 'no marks', mark: false }] }]);
  });

  it('is empty for no results', () => {
    expect(groupResults([])).toEqual({ quotes: [], passages: [] });
  });
});

describe('quoteRecords over the real content', () => {
  const { value: corpus, errors } = loadCorpus(join(import.meta.dirname, '../../content'));
  const records = quoteRecords(corpus);
  const byId = new Map(records.map((r) => [r.meta?.id, r]));
  const registry = new Map(corpus.people.map((a) => [a.id, a]));
  const scanned = corpus.articles.flatMap((article) =>
    article.sections.flatMap((section) => scanSection(section.body).quotes.map((quote) => ({ article, section, quote }))),
  );

  it('loads the content without errors', () => {
    expect(errors).toEqual([]);
    expect(scanned.length).toBeGreaterThan(0);
  });

  it('has one record per quote: every quote that does not continue another, once', () => {
    const expected = scanned.filter((s) => !s.quote.continues).map((s) => s.quote.id);
    expect(records.map((r) => r.meta?.id)).toEqual(expected);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
  });

  it('merges continuation parts into the quote they continue', () => {
    for (const id of ['q-sutyrin-crisis-not-over', 'q-anceschi-end-of-multivectorism-2']) {
      expect(scanned.some((s) => s.quote.id === id), `${id} exists in the content`).toBe(true);
      expect(byId.has(id), `${id} has no record of its own`).toBe(false);
      expect(records.some((r) => r.url.endsWith(`#${id}`))).toBe(false);
    }
    const sutyrin = byId.get('q-sutyrin-only-guarantor')!;
    expect(sutyrin.meta?.quote).toMatch(/That would be naïve\. … to conclude that the Kazakh crisis is over$/);
    expect(sutyrin.content).toContain('to conclude that the Kazakh crisis is over');
    const anceschi = byId.get('q-anceschi-end-of-multivectorism')!;
    expect(anceschi.meta?.quote).toBe('The presence of Russian troops on Kazakh territory, … puts an end to the era of multivectorism in Kazakhstan’s foreign policy');
    // Every continuation part, wherever it is, ends up in its parent's record.
    for (const { quote } of scanned.filter((s) => s.quote.continues)) {
      let root = quote;
      while (root.continues) root = scanned.find((s) => s.quote.id === root.continues)!.quote;
      expect(byId.get(root.id)?.meta?.quote, `${quote.id} in ${root.id}`).toContain(quote.text);
    }
  });

  it('files a joint quote under both analysts', () => {
    const joint = byId.get('q-klein-schmitz-threat-perception')!;
    expect(joint.filters?.analyst).toEqual(['Margaret Klein', 'Andrea Schmitz']);
    expect(joint.meta?.title).toBe('Margaret Klein and Andrea Schmitz');
  });

  it('puts every alias of everyone a quote names (analysts, officials, organisations) into its searchable content', () => {
    let checked = 0;
    for (const { quote } of scanned.filter((s) => !s.quote.continues && s.quote.person)) {
      const record = byId.get(quote.id)!;
      const people = quote.person!.map((id) => registry.get(id)!);
      expect(record.filters?.analyst, quote.id).toEqual(people.map((a) => a.name));
      for (const alias of people.flatMap((a) => [a.name, ...a.aliases])) {
        expect(record.content, `${quote.id} is found by “${alias}”`).toContain(alias);
        checked += 1;
      }
    }
    // Every registry entry is quoted at least once, so every alias was checked somewhere.
    const quoted = new Set(scanned.flatMap((s) => s.quote.person ?? []));
    expect([...registry.keys()].filter((id) => !quoted.has(id)), 'registry entries never quoted').toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(corpus.people.reduce((n, a) => n + a.aliases.length, 0));
    expect(byId.get('q-sutyrin-only-guarantor')!.content).toContain('Soutyrin');
    expect(byId.get('q-klein-schmitz-threat-perception')!.content).toContain('Margarete Klein');
  });

  it('files a quote by someone who is not an analyst (an official, an organisation) under their name, found by every alias', () => {
    const others = scanned.filter((s) => !s.quote.continues && s.quote.person?.some((id) => registry.get(id)!.kind !== 'analyst'));
    expect(others.length, 'the content quotes someone who is not an analyst').toBeGreaterThan(0);
    for (const { quote } of others) {
      const people = quote.person!.map((id) => registry.get(id)!);
      const record = byId.get(quote.id)!;
      expect(record.filters?.analyst, quote.id).toEqual(people.map((p) => p.name));
      expect(record.meta?.title).toBe(people.map((p) => p.name).join(' and '));
      for (const alias of people.flatMap((p) => p.aliases)) expect(record.content, `${quote.id} is found by “${alias}”`).toContain(alias);
    }
  });

  it('gives a quote by an unnamed voice ("some observers") no person filter, and its label as title', () => {
    const unnamed = scanned.filter((s) => !s.quote.continues && s.quote.speaker);
    for (const { quote } of unnamed) {
      expect(byId.get(quote.id)!.filters?.analyst, quote.id).toBeUndefined();
      expect(byId.get(quote.id)!.meta?.title).toBe(quote.speaker);
    }
  });

  it('links every record to its quote: the section URL + #quote-id', () => {
    for (const { article, section, quote } of scanned.filter((s) => !s.quote.continues)) {
      const record = byId.get(quote.id)!;
      expect(record.url).toBe(`${urls.section(article.slug, section.data.slug)}#${quote.id}`);
      expect(record.filters?.kind).toEqual(['quote']);
      expect(record.filters?.article).toEqual([article.data.title]);
      expect(record.meta?.section).toBe(section.data.title);
      expect(record.language).toBe('en');
    }
  });
});
