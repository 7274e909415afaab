/**
 * Share pieces that need no browser: shortening text for cards, the cards'
 * alt text, and the text directives of "link to the selected text"
 * (src/lib/share/client/selection-link.ts exports its pure part).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cardAlt, cardQuote, QUOTE_MAX } from '../../src/lib/share/card.ts';
import { SELECTION_HANDLER } from '../../src/lib/share/selection-handler.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { COPY_HANDLER } from '../../src/lib/cite/copy-handler.ts';
import { HEADER_SEARCH_HANDLER } from '../../src/lib/search/header-handler.ts';
import { truncateWords } from '../../src/lib/share/truncate.ts';
import { chooseDirective, directiveString, encodeTerm, fragmentUrl } from '../../src/lib/share/client/selection-link.ts';

describe('truncateWords', () => {
  test('keeps short text, cuts long text at a word with an ellipsis, without dangling punctuation', () => {
    expect(truncateWords('  a  short text ', 40)).toBe('a short text');
    expect(truncateWords('the Americans withdrew their troops from Afghanistan, and it became clear', 50)).toBe('the Americans withdrew their troops from…');
    expect(truncateWords('one two three, four', 15)).toBe('one two three…');
    expect(truncateWords('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('share cards', () => {
  const quote = { kind: 'quote', direct: true, speaker: 'Vyacheslav Sutyrin', article: 'Strategic shift or political consolidation?', source: 'The Diplomat, February 2022' } as const;
  test('alt text of a quote card: whose words, the words as the card shows them, the article', () => {
    expect(cardAlt({ ...quote, text: 'to conclude that the Kazakh crisis is over' })).toBe(
      'Quote by Vyacheslav Sutyrin: “to conclude that the Kazakh crisis is over” — from Strategic shift or political consolidation?',
    );
    expect(cardAlt({ ...quote, direct: false, speaker: 'some observers', text: 'global strategic calculations' })).toBe(
      'Paraphrase of some observers: global strategic calculations — from Strategic shift or political consolidation?',
    );
  });
  test('a long quote is shortened on the card', () => {
    const text = cardQuote({ ...quote, text: 'word '.repeat(100) });
    expect(text.length).toBeLessThanOrEqual(QUOTE_MAX + 2);
    expect(text).toMatch(/^“word .*word…”$/);
  });
});

describe('text directives', () => {
  test('terms are percent-encoded, "-", "," and "&" included', () => {
    expect(encodeTerm('Nur-Sultan, Kremlin & co')).toBe('Nur%2DSultan%2C%20Kremlin%20%26%20co');
    expect(directiveString({ prefix: 'any other.', start: 'What happens', end: 'diplomacy.', suffix: 'Will the' })).toBe(
      'text=any%20other.-,What%20happens,diplomacy.,-Will%20the',
    );
    expect(directiveString({ start: 'only this' })).toBe('text=only%20this');
  });

  test('the URL keeps the page and replaces its fragment', () => {
    expect(fragmentUrl('https://x.org/a/b/#p3', { start: 'words' })).toBe('https://x.org/a/b/#:~:text=words');
  });

  test('a short selection is given whole, with up to three words either side', () => {
    expect(chooseDirective(['What happens will depend on diplomacy.'], 'Kremlin or Nur-Sultan or any other. ', ' Will the events of January')).toEqual({
      prefix: 'or any other.',
      start: 'What happens will depend on diplomacy.',
      suffix: 'Will the events',
    });
  });

  test('a long or multi-paragraph selection is given by its first and last four words; no context at a paragraph edge', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve';
    expect(chooseDirective([long], '', '')).toEqual({ start: 'one two three four', end: 'nine ten eleven twelve' });
    expect(chooseDirective(['end of a paragraph.', 'Start of the next one here'], 'the', 'and')).toEqual({
      prefix: 'the',
      start: 'end of a paragraph.',
      end: 'the next one here',
      suffix: 'and',
    });
    expect(chooseDirective(['  ', ''], 'a', 'b')).toBeUndefined();
  });
});

describe('the inline handler and the CSP', () => {
  test('the handler only loads the module when text is selected', () => {
    expect(SELECTION_HANDLER).toBe(`getSelection().isCollapsed||import('${urls.selectionModule()}').then(m=>m.offer(this,event))`);
  });

  test('the Copy buttons\' handler only loads the copy module', () => {
    expect(COPY_HANDLER).toBe(`import('${urls.copyModule()}').then(m=>m.copy(this))`);
  });

  test('the header search field\'s handler only loads the header-search module', () => {
    expect(HEADER_SEARCH_HANDLER).toBe(`import('${urls.headerSearchModule()}').then(m=>m.start(this))`);
  });

  test('astro.config.mjs allows exactly those handlers, by their hashes, and nothing inline else', () => {
    const config = readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8');
    expect(config).toContain("[SELECTION_HANDLER, COPY_HANDLER, HEADER_SEARCH_HANDLER].map((handler)");
    expect(config).toContain("createHash('sha256').update(handler).digest('base64')");
    expect(config).toContain("{ resource: \"'unsafe-hashes'\", kind: 'attribute' }");
    expect(config.replace(/\/\/.*$/gm, ''), 'outside comments').not.toContain("'unsafe-inline'");
    expect(createHash('sha256').update(SELECTION_HANDLER).digest('base64')).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });
});
