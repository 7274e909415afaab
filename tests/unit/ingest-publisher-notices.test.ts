/**
 * The publisher's notices and the page forms of batch 18 (a British daily's
 * reader appeal and topic list, a wire's "More" box and registration notice,
 * a think tank's disclaimer and author box, a business paper's footer, a
 * broadcaster's dateline and agency sentence): each rule a line at a time,
 * the sentences of an analysis it must leave alone, and whole pages.
 */
import { describe, expect, it } from 'vitest';
import { LAST, PROSE } from '../support/ingest-lines.ts';
import { cleanSource, splitTitle } from '../../src/cli/ingest/junk.ts';
import { correspondentLine, metadataRules } from '../../src/cli/ingest/metadata.ts';
import { publisherNoticeRules } from '../../src/cli/ingest/publisher-notices.ts';

const ruleOf = (line: string) => publisherNoticeRules.find((r) => r.test(line))?.name;

describe('the publisher’s notices, a line at a time', () => {
  it.each([
    ['… as you’re joining us today from France, we have a small favour to ask. Millions of readers power us financially.', 'appeal for the readers’ support (the publisher’s)'],
    ['If you can, please consider supporting us just once, or better yet, every month. Thank you.', 'appeal for the readers’ support (the publisher’s)'],
    ['Unlike many others, we have no shareholders and no billionaire owner.', 'appeal for the readers’ support (the publisher’s)'],
    ['Mass media registration certificate: No. 123 issued on 2 August 2021 by the Federal Service for Supervision of Communications.', 'registration notice (the publisher’s)'],
    ['The Institute is a registered charity in England and Wales (no. 1234567) and a company limited by guarantee.', 'registration notice (the publisher’s)'],
    ['The Daily Ledger and its journalism are subject to a self-regulation regime under the Ledger Editorial Code of Practice.', 'press-regulation notice'],
    ['The Council does not take collective positions. Its publications only represent the views of their individual authors.', 'disclaimer (the publisher takes no positions)'],
    ['Prices delayed by at least 15 minutes. © THE DAILY LEDGER LTD 2022. Ledger is a trademark of The Daily Ledger Ltd.', 'copyright notice'],
    ['We will store your email address and gather analytics on how you read our mailings. You can unsubscribe at any time.', 'sign-up form (what is done with the address)'],
    ['Full or partial use of the materials is allowed only with a hyperlink to the Interfax-Kazakhstan website.', 'terms of reuse (the publisher’s)'],
    ['Reproduction of these materials without permission is prohibited.', 'terms of reuse (the publisher’s)'],
    ['Thank you for registering!', 'sign-up form (its messages and consent)'],
    ['An account was already registered with this email. Please check your inbox for an authentication link.', 'sign-up form (its messages and consent)'],
    ['I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice', 'sign-up form (its messages and consent)'],
    ['Join thought-provoking conversations, follow other Independent readers and see their replies', 'comments prompt'],
  ])('%s: %s', (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });

  it.each([
    'Tokayev asked Moscow for a favour it was glad to grant, analysts said.',
    'The alliance has no shareholders in the usual sense: its members pay in troops, not money.',
    '“We will store the weapons in Almaty until order is restored,” the general said.',
    'The ministry said it represents the views of the government, not of the army.',
    'Kazakhstan registered 7,939 detentions in the first week, the interior ministry said.',
    'Any use of force against peaceful protesters is prohibited under the constitution, lawyers said.',
    'Thank you for coming, Tokayev told the departing troops at the airport.',
    'Join the Conversation',
  ])('leaves the analysis alone: %s', (line) => {
    expect(ruleOf(line)).toBeUndefined();
  });
});

describe('batch 18’s metadata and titles', () => {
  it('reads two correspondents, each with their city', () => {
    expect(correspondentLine('Anna Kirova in Moscow and Tom Leland in London')).toBe('Anna Kirova and Tom Leland');
    expect(correspondentLine('Andrew Roth and Pjotr Sauer in Moscow')).toBe('Andrew Roth and Pjotr Sauer');
    expect(correspondentLine('Troops in Almaty and police in Astana')).toBeUndefined();
  });

  it('takes a dateline’s place alone and an agency sentence as credits', () => {
    const kind = (l: string) => metadataRules.find((r) => r.test(l))?.name;
    expect(kind('ALMATY, KAZAKHSTAN -')).toBe('dateline (the place)');
    expect(kind('Some information for this report came from Reuters and Agence France-Presse.')).toBe('agency credit');
    expect(kind('Some information came from the protesters themselves.')).toBeUndefined();
    expect(kind('Photographs by Dana Kurmanova for The Atlantic')).toBe('contributor credit (pictures)');
    expect(kind('Reposted with permission from Eurasia Review.')).toBe('republication credit');
    expect(kind('This article was originally published by Eurasianet.')).toBe('republication credit');
    expect(kind('Photographs by the hundred were posted online after the shooting, and many were fakes.')).toBeUndefined();
  });

  it('takes the site’s section between the title and the publication off the title', () => {
    expect(splitTitle('CSTO peacekeepers to start pullout on January 13 — commander - World - TASS')).toEqual({ title: 'CSTO peacekeepers to start pullout on January 13 — commander', publication: 'TASS' });
    // (A dash of the title's own, its words in lower case, stays.)
    expect(splitTitle('Kazakhstan - a year after the troops left - The Tribune').title).toBe('Kazakhstan - a year after the troops left');
  });
});

describe('batch 18’s pages', () => {
  it('strips a topic list with a control under each topic, a reader appeal and the footer after it', () => {
    const cleaned = cleanSource(
      ['A long title about the January events in Kazakhstan | The Ledger', PROSE, LAST, 'Follow the topics in this article', 'Kazakhstan', 'Add to myLedger', 'Commodities', 'Add to myLedger', 'Russia', 'Add to myLedger',
        '… as you’re joining us today, we have a small favour to ask. Millions of readers power us financially.', 'Unlike many others, we have no shareholders and no billionaire owner.', 'Help Centre', 'About Us'].join('\n'),
    );
    expect(cleaned.lines).toEqual([PROSE, LAST]);
  });

  it('strips a wire’s "More" box inside the text, its headline with it', () => {
    const cleaned = cleanSource(['A long title about the January events in Kazakhstan - TASS', PROSE, 'More', 'Kazakhstan to hold day of national mourning for riot victims on January 10', LAST].join('\n'));
    expect(cleaned.lines).toEqual([PROSE, LAST]);
  });

  it('takes a name above a role and the date under a standfirst for the byline (its role the byline’s), and the author box at the end out of the text (its name the byline again)', () => {
    const cleaned = cleanSource(
      ['After the troops leave: what the crisis means for Europe – The Council', 'Commentary', 'Russia’s swift intervention and exit has shown that Moscow can act decisively in its neighbourhood, and then leave.', 'Hanna Lindqvist', 'Visiting Fellow, Wider Europe Programme', '20 January 2022',
        PROSE, LAST, 'Hanna Lindqvist', 'Visiting Fellow, Wider Europe Programme', 'Hanna Lindqvist is a visiting fellow with the Wider Europe programme. She works on Central Asia.'].join('\n'),
    );
    expect(cleaned.metadata.map((m) => m.line)).toEqual(['Hanna Lindqvist', 'Visiting Fellow, Wider Europe Programme', '20 January 2022', 'Hanna Lindqvist']);
    expect(cleaned.metadata[0]!.rule).toBe('byline (a name above their role and the date)');
    expect(cleaned.lines).toContain(PROSE);
    expect(cleaned.lines).not.toContain('Hanna Lindqvist');
    expect(cleaned.lines.some((l) => l.startsWith('Hanna Lindqvist is'))).toBe(false);
  });
});
