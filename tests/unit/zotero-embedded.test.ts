/**
 * The test-side reading of Zotero's Embedded Metadata rules
 * (tests/support/zotero-embedded.ts) on small pages: it must give what
 * Zotero's translation-server gave for our pages before they carried
 * citation metadata (a webpage of "Analysis Reader", dated by the first
 * <time>), and follow the translator's precedence for the item type.
 */
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { strToISO, zoteroEmbedded } from '../support/zotero-embedded.ts';

const PAGE = 'https://reader.example.org/articles/a/b/';
const page = (head: string, body = '') => fromHtml(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>B – A</title>${head}</head><body>${body}</body></html>`);
const OG = `<link rel="canonical" href="${PAGE}"><meta property="og:site_name" content="Analysis Reader"><meta property="og:type" content="article"><meta property="og:title" content="B – A"><meta property="og:url" content="${PAGE}">`;

describe('Zotero Embedded Metadata, as the tests read it', () => {
  test('Open Graph alone: a webpage of the site, dated by the first <time> (what the issue saw)', () => {
    const item = zoteroEmbedded(page(OG, '<p>On <time datetime="2022-01-02">about 2 January 2022</time>.</p><p><time datetime="2022-02">February 2022</time></p>'), PAGE);
    expect(item).toMatchObject({ itemType: 'webpage', title: 'B – A', publicationTitle: 'Analysis Reader', date: '2022-01-02', url: PAGE, creators: [], language: 'en' });
    expect(item.attachments).toEqual([{ title: 'Snapshot', url: PAGE }]);
    expect(item.libraryCatalog).toBeUndefined();
  });

  test('citation_title alone guesses a journal article; citation_journal_title makes one, whatever else says', () => {
    expect(zoteroEmbedded(page(`${OG}<meta name="citation_title" content="T">`), PAGE).itemType).toBe('journalArticle');
    const typed = `${OG}<meta name="citation_title" content="T"><meta name="citation_journal_title" content="J"><meta name="DC.type" content="magazineArticle">`;
    expect(zoteroEmbedded(page(typed), PAGE)).toMatchObject({ itemType: 'journalArticle', publicationTitle: 'J' });
  });

  test('DC.type naming an item type beats the guess; og:type "website" beats DC.type', () => {
    const head = `<meta name="citation_title" content="T"><meta name="DC.type" content="magazineArticle"><meta name="prism.publicationName" content="P">`;
    expect(zoteroEmbedded(page(`${OG}${head}`), PAGE)).toMatchObject({ itemType: 'magazineArticle', publicationTitle: 'P' });
    expect(zoteroEmbedded(page(`${OG.replace('content="article"', 'content="website"')}${head}`), PAGE).itemType).toBe('webpage');
    expect(zoteroEmbedded(page(`${OG}<meta name="DC.type" content="News Item">`), PAGE).itemType).toBe('newspaperArticle');
  });

  test('PRISM aggregationType in its own spelling is not read (Zotero compares "aggregationtype")', () => {
    expect(zoteroEmbedded(page(`${OG}<meta name="citation_title" content="T"><meta name="prism.aggregationType" content="magazine">`), PAGE).itemType).toBe('journalArticle');
    expect(zoteroEmbedded(page(`${OG}<meta name="citation_title" content="T"><meta name="prism.aggregationtype" content="magazine">`), PAGE).itemType).toBe('magazineArticle');
  });

  test('Highwire fields win over Open Graph: title, date, URL, language, authors', () => {
    const head = `${OG}<meta name="citation_title" content="Original"><meta name="citation_author" content="Putz, Catherine"><meta name="citation_author" content="Luke Kelly"><meta name="citation_publication_date" content="2022/02"><meta name="citation_public_url" content="https://example.com/x/"><meta name="citation_language" content="fr">`;
    const item = zoteroEmbedded(page(head, '<time datetime="2022-01-02">x</time>'), PAGE);
    expect(item).toMatchObject({ title: 'Original', date: '2022/02', isoDate: '2022-02', url: 'https://example.com/x/', language: 'fr' });
    expect(item.creators).toEqual([
      { lastName: 'Putz', firstName: 'Catherine', creatorType: 'author' },
      { firstName: 'Luke', lastName: 'Kelly', creatorType: 'author' },
    ]);
    expect(item.attachments).toEqual([{ title: 'Snapshot', url: PAGE }]);
    expect(item.libraryCatalog).toBe('reader.example.org');
  });

  test('with no author tag, an element classed "byline" is read as one (so a credit line must not be classed so)', () => {
    const item = zoteroEmbedded(page(OG, '<p class="byline"><cite>The Diplomat</cite>, <time datetime="2022-02">February 2022</time></p>'), PAGE);
    expect(item.creators).toEqual([{ firstName: 'The', lastName: 'Diplomat', creatorType: 'author' }]);
    expect(zoteroEmbedded(page(OG, '<p class="source-credit">By Jane Roe</p>'), PAGE).creators).toEqual([]);
  });

  test('dates as Zotero reads them', () => {
    expect(strToISO('2022/02')).toBe('2022-02');
    expect(strToISO('2022-02-05')).toBe('2022-02-05');
    expect(strToISO('2022')).toBe('2022');
    expect(() => strToISO('early 2022')).toThrow(/not modelled/);
  });
});
