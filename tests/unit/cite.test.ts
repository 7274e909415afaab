/**
 * Citations (src/lib/cite): the exact Chicago (notes and bibliography),
 * APA, BibTeX and CSL-JSON that Citation.js makes for one article, one
 * section and one quote of the site, each citing the original publication
 * and pointing at our page; and the CSL-JSON they are made from.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { beforeAll, describe, expect, test } from 'vitest';
import { articleItem, citationKey, cslDate, cslName, partTitle, quoteItem, sectionItem, type CitedArticle } from '../../src/lib/cite/csl.ts';
import { citationHtml, formatItem, type Formatted } from '../../src/lib/cite/format.ts';
import '@citation-js/plugin-csl';
import { citationMeta } from '../../src/lib/cite/embedded.ts';
import { fromHtml } from 'hast-util-from-html';
import { zoteroEmbedded } from '../support/zotero-embedded.ts';

const ORIGIN = 'https://reader.example.org';
const SOURCE_URL = 'https://thediplomat.com/2022/02/csto-deployment-in-kazakhstan-strategic-shift-or-political-consolidation/';
/** As in content/articles/csto-deployment-in-kazakhstan/article.yaml: no author named. */
const ARTICLE: CitedArticle = {
  slug: 'csto-deployment-in-kazakhstan',
  title: 'Strategic shift or political consolidation?',
  source: { publication: 'The Diplomat', type: 'magazine', url: SOURCE_URL, published: '2022-02', authors: [], language: 'en' },
};

const article = articleItem(ARTICLE, `${ORIGIN}/articles/csto-deployment-in-kazakhstan/`);
const section = sectionItem(ARTICLE, { slug: 'tactic-or-strategy', title: 'Tactic or strategy?', untitled: false }, `${ORIGIN}/articles/csto-deployment-in-kazakhstan/tactic-or-strategy/`);
const quote = quoteItem(ARTICLE, { id: 'q-sutyrin-only-guarantor', kind: 'direct', speaker: 'Vyacheslav Sutyrin' }, `${ORIGIN}/quotes/q-sutyrin-only-guarantor/`);

let formatted: Record<'article' | 'section' | 'quote', Formatted>;
beforeAll(() => {
  // The first call compiles the CSL styles (a few seconds); later ones are quick.
  formatted = { article: formatItem(article), section: formatItem(section), quote: formatItem(quote) };
}, 60_000);

describe('the article', () => {
  test('Chicago', () => {
    expect(formatted.article.chicago).toBe(
      `The Diplomat. “Strategic Shift or Political Consolidation?” February 2022. ${SOURCE_URL}. Read at https://reader.example.org/articles/csto-deployment-in-kazakhstan/.`,
    );
    expect(formatted.article.chicagoHtml).toBe(
      `<i>The Diplomat</i>. “Strategic Shift or Political Consolidation?” February 2022. ${SOURCE_URL}. Read at https://reader.example.org/articles/csto-deployment-in-kazakhstan/.`,
    );
  });

  test('APA', () => {
    expect(formatted.article.apa).toBe(
      `Strategic shift or political consolidation? (2022, February). The Diplomat. ${SOURCE_URL} Read at https://reader.example.org/articles/csto-deployment-in-kazakhstan/.`,
    );
    expect(formatted.article.apaHtml).toBe(
      `Strategic shift or political consolidation? (2022, February). <i>The Diplomat</i>. ${SOURCE_URL} Read at https://reader.example.org/articles/csto-deployment-in-kazakhstan/.`,
    );
  });

  test('BibTeX', () => {
    expect(formatted.article.bibtex).toBe(
      [
        '@article{csto_deployment_in_kazakhstan,',
        '\tjournal = {The Diplomat},',
        '\tyear = {2022},',
        '\tmonth = {2},',
        '\tnote = {Read at https://reader.example.org/articles/csto-deployment-in-kazakhstan/},',
        '\ttitle = {Strategic shift or political consolidation?},',
        `\turl = {${SOURCE_URL}},`,
        `\thowpublished = {${SOURCE_URL}},`,
        '}',
        '',
      ].join('\n'),
    );
  });

  test('CSL-JSON', () => {
    expect(JSON.parse(formatted.article.csl)).toEqual([
      {
        id: 'csto-deployment-in-kazakhstan',
        'citation-key': 'csto_deployment_in_kazakhstan',
        type: 'article-magazine',
        title: 'Strategic shift or political consolidation?',
        'container-title': 'The Diplomat',
        issued: { 'date-parts': [[2022, 2]] },
        URL: SOURCE_URL,
        language: 'en',
        note: 'Read at https://reader.example.org/articles/csto-deployment-in-kazakhstan/',
      },
    ]);
    expect(formatted.article.csl).toBe(`${JSON.stringify(JSON.parse(formatted.article.csl), null, 2)}\n`);
  });
});

const SECTION_NOTE = 'Read at https://reader.example.org/articles/csto-deployment-in-kazakhstan/tactic-or-strategy/';
const QUOTE_NOTE = 'Quoting Vyacheslav Sutyrin. Read at https://reader.example.org/quotes/q-sutyrin-only-guarantor/';

/** The BibTeX entry citation-js writes for a part of the article: its key, title and note differ. */
function bibtexEntry(key: string, title: string, note: string): string {
  const fields = ['journal = {The Diplomat}', 'year = {2022}', 'month = {2}', `note = {${note}}`, `title = {${title}}`, `url = {${SOURCE_URL}}`, `howpublished = {${SOURCE_URL}}`];
  return [`@article{${key},`, ...fields.map((f) => `\t${f},`), '}', ''].join('\n');
}

/** The CSL-JSON item of a part of the article. */
function cslEntry(id: string, key: string, title: string, note: string) {
  return { id, 'citation-key': key, type: 'article-magazine', title, 'container-title': 'The Diplomat', issued: { 'date-parts': [[2022, 2]] }, URL: SOURCE_URL, language: 'en', note };
}

describe('a section', () => {
  test('Chicago', () => {
    expect(formatted.section.chicago).toBe(
      `The Diplomat. “Strategic Shift or Political Consolidation? Tactic or Strategy?” February 2022. ${SOURCE_URL}. Read at https://reader.example.org/articles/csto-deployment-in-kazakhstan/tactic-or-strategy/.`,
    );
  });

  test('APA', () => {
    expect(formatted.section.apa).toBe(
      `Strategic shift or political consolidation? Tactic or strategy? (2022, February). The Diplomat. ${SOURCE_URL} Read at https://reader.example.org/articles/csto-deployment-in-kazakhstan/tactic-or-strategy/.`,
    );
  });

  test('BibTeX (the capital of the added title protected)', () => {
    expect(formatted.section.bibtex).toBe(bibtexEntry('csto_deployment_in_kazakhstan_tactic_or_strategy', 'Strategic shift or political consolidation? {Tactic} or strategy?', SECTION_NOTE));
  });

  test('CSL-JSON', () => {
    expect(JSON.parse(formatted.section.csl)).toEqual([cslEntry('csto-deployment-in-kazakhstan/tactic-or-strategy', 'csto_deployment_in_kazakhstan_tactic_or_strategy', 'Strategic shift or political consolidation? Tactic or strategy?', SECTION_NOTE)]);
  });

  test('an untitled section (no heading in the source) is cited as the article, pointing at the section', () => {
    const opening = sectionItem(ARTICLE, { slug: 'opening', title: 'Opening', untitled: true }, `${ORIGIN}/articles/csto-deployment-in-kazakhstan/opening/`);
    expect(opening.title).toBe(ARTICLE.title);
    expect(opening.note).toBe('Read at https://reader.example.org/articles/csto-deployment-in-kazakhstan/opening/');
    expect(opening['citation-key']).toBe('csto_deployment_in_kazakhstan_opening');
  });
});

describe('a quote', () => {
  test('Chicago', () => {
    expect(formatted.quote.chicago).toBe(
      `The Diplomat. “Strategic Shift or Political Consolidation?” February 2022. ${SOURCE_URL}. Quoting Vyacheslav Sutyrin. Read at https://reader.example.org/quotes/q-sutyrin-only-guarantor/.`,
    );
  });

  test('APA', () => {
    expect(formatted.quote.apa).toBe(
      `Strategic shift or political consolidation? (2022, February). The Diplomat. ${SOURCE_URL} Quoting Vyacheslav Sutyrin. Read at https://reader.example.org/quotes/q-sutyrin-only-guarantor/.`,
    );
  });

  test('BibTeX', () => {
    expect(formatted.quote.bibtex).toBe(bibtexEntry('q_sutyrin_only_guarantor', 'Strategic shift or political consolidation?', QUOTE_NOTE));
  });

  test('CSL-JSON', () => {
    expect(JSON.parse(formatted.quote.csl)).toEqual([cslEntry('quote/q-sutyrin-only-guarantor', 'q_sutyrin_only_guarantor', 'Strategic shift or political consolidation?', QUOTE_NOTE)]);
  });

  test('a paraphrase notes whom it paraphrases', () => {
    const item = quoteItem(ARTICLE, { id: 'q-panfilova-not-without-causes', kind: 'paraphrase', speaker: 'Viktoria Panfilova' }, `${ORIGIN}/quotes/q-panfilova-not-without-causes/`);
    expect(item.note).toBe('Paraphrasing Viktoria Panfilova. Read at https://reader.example.org/quotes/q-panfilova-not-without-causes/');
  });
});

describe('round trips and building blocks', () => {
  test('the BibTeX parses back (Citation.js) to the same title, container, date, URL and note', () => {
    for (const [item, f] of [[article, formatted.article], [section, formatted.section], [quote, formatted.quote]] as const) {
      const [back] = new Cite(f.bibtex).data;
      expect(back).toMatchObject({ title: item.title, 'container-title': 'The Diplomat', URL: SOURCE_URL, note: item.note, issued: { 'date-parts': [[2022, 2]] } });
    }
  });

  test('no accessed date: a build gives the same citations whenever it runs', () => {
    for (const item of [article, section, quote]) expect(item).not.toHaveProperty('accessed');
  });

  test('EDTF dates to CSL dates, at their precision', () => {
    expect(cslDate('2022-02')).toEqual({ 'date-parts': [[2022, 2]] });
    expect(cslDate('2022-01-05')).toEqual({ 'date-parts': [[2022, 1, 5]] });
    expect(cslDate('2022')).toEqual({ 'date-parts': [[2022]] });
    expect(cslDate('2022-01-02~')).toEqual({ 'date-parts': [[2022, 1, 2]], circa: true });
    expect(cslDate('2020/2022')).toEqual({ 'date-parts': [[2020], [2022]] });
    expect(cslDate('198X')).toEqual({ literal: 'the 1980s' });
  });

  test('author names, citation keys and part titles', () => {
    expect(cslName('Catherine Putz')).toEqual({ given: 'Catherine', family: 'Putz' });
    expect(cslName('Reuters')).toEqual({ literal: 'Reuters' });
    expect(citationKey('csto-deployment', 'q-a.b')).toBe('csto_deployment_q_a_b');
    expect(partTitle('Strategic shift?', 'Opening')).toBe('Strategic shift? Opening');
    expect(partTitle('CSTO deployment', 'Looking ahead')).toBe('CSTO deployment: Looking ahead');
  });

  test('a named author is cited by name', () => {
    const signed = formatItem(articleItem({ ...ARTICLE, source: { ...ARTICLE.source, authors: ['Catherine Putz'] } }, `${ORIGIN}/articles/x/`));
    expect(signed.chicago).toMatch(/^Putz, Catherine\. “Strategic Shift or Political Consolidation\?” The Diplomat, February 2022\./);
    expect(signed.apa).toMatch(/^Putz, C\. \(2022, February\)\. Strategic shift or political consolidation\? The Diplomat\./);
  });

  test('two named authors are both cited, in order', () => {
    const signed = formatItem(articleItem({ ...ARTICLE, source: { ...ARTICLE.source, authors: ['Catherine Putz', 'Luke Kelly'] } }, `${ORIGIN}/articles/x/`));
    expect(signed.chicago).toMatch(/^Putz, Catherine, and Luke Kelly\. /);
    expect(signed.apa).toMatch(/^Putz, C\., & Kelly, L\. \(2022, February\)\./);
  });

  test('a newspaper article is cited as one', () => {
    const item = articleItem({ ...ARTICLE, source: { ...ARTICLE.source, type: 'newspaper' } }, `${ORIGIN}/articles/x/`);
    expect(item.type).toBe('article-newspaper');
    expect(formatItem(item).bibtex).toMatch(/^@article\{/);
  });
});

describe('the embedded citation tags (lib/cite/embedded.ts), as Zotero reads them', () => {
  const head = (tags: { name: string; content: string }[]) =>
    fromHtml(`<!doctype html><html lang="en"><head><title>x</title><meta property="og:type" content="article">${tags.map((t) => `<meta name="${t.name}" content="${t.content}">`).join('')}</head><body></body></html>`);

  test('a section of a magazine article with no author', () => {
    const tags = citationMeta(section);
    expect(tags.map((t) => t.name)).not.toContain('citation_journal_title');
    expect(tags).toContainEqual({ name: 'citation_publication_date', content: '2022/02' });
    const item = zoteroEmbedded(head(tags), `${ORIGIN}/articles/csto-deployment-in-kazakhstan/tactic-or-strategy/`);
    expect(item).toMatchObject({ itemType: 'magazineArticle', title: section.title, publicationTitle: 'The Diplomat', isoDate: '2022-02', url: SOURCE_URL, language: 'en', creators: [] });
  });

  test('a newspaper article with two authors, dated to the day', () => {
    const item = articleItem({ ...ARTICLE, source: { ...ARTICLE.source, type: 'newspaper', published: '2022-02-07', authors: ['Catherine Putz', 'Reuters'] } }, `${ORIGIN}/articles/x/`);
    const tags = citationMeta(item);
    expect(tags.filter((t) => t.name === 'citation_author').map((t) => t.content)).toEqual(['Putz, Catherine', 'Reuters']);
    const read = zoteroEmbedded(head(tags), `${ORIGIN}/articles/x/`);
    expect(read).toMatchObject({ itemType: 'newspaperArticle', date: '2022/02/07', isoDate: '2022-02-07' });
    expect(read.creators).toEqual([
      { lastName: 'Putz', firstName: 'Catherine', creatorType: 'author' },
      { lastName: 'Reuters', firstName: '', creatorType: 'author' },
    ]);
  });
});

describe('one rendering per article', () => {
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  /** What citeproc gives with the note inside the item and added by Citation.js's own `append`: what the pages showed before entries were shared. */
  const withItsNote = (item: typeof quote, style: string) =>
    /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(
      new Cite(item).format('bibliography', { style, format: 'html', lang: 'en-US', append: ` ${esc(String(item.note))}.`, nosort: true }) as string,
    )![1]!.trim();

  test.each([
    ['article', article],
    ['section', section],
    ['quote', quote],
    ['signed article', articleItem({ ...ARTICLE, source: { ...ARTICLE.source, authors: ['Catherine Putz', 'Luke Kelly'], published: '2022-01-05~' } }, `${ORIGIN}/articles/x/`)],
  ])('the %s: its page shows what citeproc makes of the whole item', (_, item) => {
    const page = citationHtml(item);
    expect(page.chicagoHtml).toBe(withItsNote(item, 'chicago-note-bibliography'));
    expect(page.apaHtml).toBe(withItsNote(item, 'apa'));
  });

  test("a quote's entries are its article's with the quote's note", () => {
    const [a, q] = [citationHtml(article), citationHtml(quote)];
    expect(q.apaHtml.replace(esc(String(quote.note)), '')).toBe(a.apaHtml.replace(esc(String(article.note)), ''));
  });
});
