/** Scraping junk (src/cli/ingest/junk.ts) on the real source text of the article. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorFromByline, cleanSource, junkRules, splitTitle } from '../../src/cli/ingest/junk.ts';

const SOURCE = join(import.meta.dirname, '../../content/articles/csto-deployment-in-kazakhstan/source.txt');
const raw = readFileSync(SOURCE, 'utf8');

describe('cleanSource on the seed article\'s source.txt', () => {
  const cleaned = cleanSource(raw);

  it('drops the " – The Diplomat" suffix from the title', () => {
    expect(raw.split('\n')[0]).toBe('Strategic shift or political consolidation? – The Diplomat');
    expect(cleaned.title).toBe('Strategic shift or political consolidation?');
  });

  it('strips exactly the counter, the subscription blurb, "Share." and "Comments are closed."', () => {
    expect(cleaned.stripped).toEqual([
      { line: '0', rule: 'lone counter (share or comment count)', lineNumber: 3 },
      { line: 'Like this article ? Click here to register for full access. Just $5 per month.', rule: 'subscription blurb', lineNumber: 19 },
      { line: 'Share.', rule: 'share button', lineNumber: 39 },
      { line: 'Comments are closed.', rule: 'comments notice', lineNumber: 41 },
    ]);
  });

  it('keeps every other non-empty line, in order', () => {
    const nonEmpty = raw.split('\n').slice(1).map((l) => l.trim()).filter((l) => l !== '');
    const junk = new Set(cleaned.stripped.map((s) => s.line));
    expect(cleaned.lines).toEqual(nonEmpty.filter((l) => !junk.has(l)));
    expect(cleaned.lines).toHaveLength(nonEmpty.length - 4);
    expect(cleaned.lines[0]).toMatch(/^In this photo taken from video provided by the Russian Defense Ministry/);
    expect(cleaned.lines[1]).toBe('Credit: Russian Defense Ministry Press Service via AP');
    expect(cleaned.lines).toContain('Tactic or strategy?');
    expect(cleaned.lines.at(-1)).toMatch(/will take into account the challenge of extremism in the elaboration of new reforms\.$/);
  });
});

describe('junk rules', () => {
  const ruleFor = (line: string) => junkRules.find((r) => r.test(line))?.name;

  it('match page furniture only when it is the whole line', () => {
    expect(ruleFor('12')).toBe('lone counter (share or comment count)');
    expect(ruleFor('share')).toBe('share button');
    expect(ruleFor('Comments are closed')).toBe('comments notice');
    expect(ruleFor('Click here to subscribe')).toBe('subscription blurb');
    expect(ruleFor('The 15 republics')).toBeUndefined();
    expect(ruleFor('Share. And share alike.')).toBeUndefined();
    expect(ruleFor('Comments are closed on this matter, said the minister.')).toBeUndefined();
  });

  it('handles CRLF line ends and other dashes before the publication', () => {
    const cleaned = cleanSource('A title — The Diplomat\r\n\r\n0\r\nThe text.\r\nShare.\r\n');
    expect(cleaned).toEqual({
      title: 'A title',
      publication: 'The Diplomat',
      lines: ['The text.'],
      lineNumbers: [4],
      metadata: [],
      stripped: [
        { line: '0', rule: 'lone counter (share or comment count)', lineNumber: 3 },
        { line: 'Share.', rule: 'share button', lineNumber: 5 },
      ],
    });
    expect(cleanSource('The Diplomat and its readers\nText').title).toBe('The Diplomat and its readers');
  });
});

describe('general junk rules, in English, French and Russian', () => {
  const ruleFor = (line: string) => junkRules.find((r) => r.test(line))?.name;

  it.each([
    ['Share this article', 'share button'],
    ['Facebook | Twitter | Email', 'share button'],
    ['Partager', 'share button'],
    ['Поделиться', 'share button'],
    ['Sign up for our newsletter', 'subscription or newsletter blurb'],
    ['Abonnez-vous à notre newsletter', 'subscription or newsletter blurb'],
    ['Подписывайтесь на наш канал', 'subscription or newsletter blurb'],
    ['Advertisement', 'advertisement'],
    ['Publicité', 'advertisement'],
    ['Реклама', 'advertisement'],
    ['Read more', 'related links'],
    ['Related articles', 'related links'],
    ['Lire aussi : Au Kazakhstan, la colère gronde', 'related links'],
    ['Читайте также: Что происходит в Казахстане', 'related links'],
    ['Tags: Kazakhstan, CSTO, Russia', 'tags'],
    ['Mots-clés : Kazakhstan', 'tags'],
    ['Print', 'print or download link'],
    ['Download PDF', 'print or download link'],
    ['Imprimer', 'print or download link'],
    ['12 comments', 'comments notice'],
    ['Leave a comment', 'comments notice'],
    ['Commentaires', 'comments notice'],
    ['© 2022 Example Media. All rights reserved.', 'copyright line'],
    ['Facebook Twitter Email', 'share button'],
    ['Copy Link copied', 'share button'],
    ['Envoyer par e-mail', 'share button'],
    ['Gift this article', 'share button'],
    ['Réagir à cet article', 'comments notice'],
    ['Views: 3 412', 'view counter'],
    ['Follow Osh Today on Telegram', 'follow-us blurb'],
    ['Found a mistake? Select it and press Ctrl+Enter', 'error-report blurb'],
    ['Support independent journalism in Central Asia. Donate', 'donation appeal'],
    ['This interview is part of our series Kazakhstan After January.', 'series note'],
    ['Key events', 'live-blog controls'],
    ['Most read', 'related links'],
    ['View this email in your browser', 'mailing-list furniture'],
    ['Unsubscribe | Update your preferences', 'mailing-list furniture'],
    ['Listen to this article · 6:12 min', 'audio player'],
    ['A version of this article appears in print on Jan. 21, 2022, Section A, Page 23.', 'print edition line'],
    ["S'inscrire", 'subscription or newsletter blurb'],
  ])('%s → %s', (line, rule) => {
    expect(ruleFor(line)).toBe(rule);
  });

  it.each([
    'Tags were attached to every crate the soldiers loaded.',
    'Read more carefully, the decree says something else: the president keeps the right to dismiss the government at any time.',
    'Subscribers to the theory of a Russian takeover point to the speed of the deployment, which took less than a day.',
    'Print media in Almaty were shut for three days.',
    'Live ammunition was used in Almaty on the night of January 5, witnesses said.',
    'Views differ on whether the request was legal under the treaty.',
  ])('keeps a sentence of the text: %s', (line) => {
    expect(ruleFor(line)).toBeUndefined();
  });

  it('takes a byline and a reporting credit out of the text as metadata', () => {
    const cleaned = cleanSource('Title | Reuters\nBy Jane Doe and John Roe\nThe text.\nReporting by Olzhas Auyezov; Editing by Mark Heinrich\n');
    expect(cleaned.lines).toEqual(['The text.']);
    expect(cleaned.metadata.map((m) => m.kind)).toEqual(['byline', 'credit']);
    expect(authorFromByline(cleaned.metadata[0]!.line)).toBe('Jane Doe and John Roe');
  });

  it('takes context-dependent furniture: headlines under a "Related" heading, the biography under "About the author", the kind of piece above the text, a row of links, the author’s note', () => {
    const cleaned = cleanSource(
      'Title | Steppe Times\nCommentary\nBy Jane Roe\n14 February 2022\nThe text, which is long enough to be a sentence of the article.\nRelated content\nFirst headline\nSecond headline?\nThe text goes on after the list.\nAbout the author\nShe writes about Central Asia.\nMs. Roe is a senior fellow at the Institute.\nOrder Reprints | Today\'s Paper | Subscribe\n',
    );
    expect(cleaned.lines).toEqual(['The text, which is long enough to be a sentence of the article.', 'The text goes on after the list.']);
    expect(cleaned.metadata.map((m) => m.kind)).toEqual(['byline', 'date']);
    expect(cleaned.stripped.map((s) => s.line)).toEqual(['Commentary', 'Related content', 'First headline', 'Second headline?', 'About the author', 'She writes about Central Asia.', 'Ms. Roe is a senior fellow at the Institute.', "Order Reprints | Today's Paper | Subscribe"]);
  });

  it('takes a name alone above the date line as the byline, and "Interview by" and "(à Almaty)" bylines', () => {
    expect(cleanSource('Title\nDaniyar Seitkali\nJan 24, 2022\nThe text.\n').metadata.map((m) => m.line)).toEqual(['Daniyar Seitkali', 'Jan 24, 2022']);
    expect(authorFromByline('Interview by Timur Akhmetov')).toBe('Timur Akhmetov');
    expect(authorFromByline('Par Camille Durand (à Almaty)')).toBe('Camille Durand');
  });

  it('drops "Opinion |" and "UPDATE 2-" before a title, " - by Author" before a blog’s name, and takes a French publication name', () => {
    expect(splitTitle('Opinion | A dress rehearsal | The Steppe Times')).toEqual({ title: 'A dress rehearsal', publication: 'The Steppe Times' });
    expect(splitTitle('UPDATE 2-Putin says mission will end soon | Reuters')).toEqual({ title: 'Putin says mission will end soon', publication: 'Reuters' });
    expect(splitTitle('Eight days in January - by Daniyar Seitkali - Steppe Notes')).toEqual({ title: 'Eight days in January', publication: 'Steppe Notes' });
    expect(splitTitle("Kazakhstan : les troupes partent - Le Journal d'Asie centrale")).toEqual({ title: 'Kazakhstan : les troupes partent', publication: "Le Journal d'Asie centrale" });
  });

  it('splits publication suffixes after a bar or a dash, not a dash inside the title', () => {
    expect(splitTitle('Kazakhstan unrest: what next | Reuters')).toEqual({ title: 'Kazakhstan unrest: what next', publication: 'Reuters' });
    expect(splitTitle('Troops leave Almaty – Current Time')).toEqual({ title: 'Troops leave Almaty', publication: 'Current Time' });
    expect(splitTitle('Au Kazakhstan, la fin d’une époque - Le Monde')).toEqual({ title: 'Au Kazakhstan, la fin d’une époque', publication: 'Le Monde' });
    expect(splitTitle('Kazakhstan – a year after the unrest')).toEqual({ title: 'Kazakhstan – a year after the unrest' });
    expect(splitTitle('Ask me anything about the CSTO : r/geopolitics')).toEqual({ title: 'Ask me anything about the CSTO', publication: 'r/geopolitics' });
  });
});

describe('page chrome: cookie banners, navigation, footers, forum threads, transcripts', () => {
  const ruleFor = (line: string) => junkRules.find((r) => r.test(line))?.name;

  it.each([
    ['This site uses cookies to improve your experience. By continuing to browse you accept our use of cookies.', 'cookie banner'],
    ['Reject all', 'cookie banner'],
    ['Skip to content', 'skip link'],
    ['Home › World › Asia', 'breadcrumb trail'],
    ['Terms of service', 'footer link'],
    ['Continue reading', 'paywall'],
    ['Your email address', 'sign-up form field'],
    ['How to cite this article', 'citation link'],
    ['[CROSSTALK]', 'broadcast break'],
    ['3 hours ago', 'relative timestamp'],
    ['kz_observer · 2 days ago', 'relative timestamp'],
    ['level 3', 'comment controls'],
    ['View more comments', 'comment controls'],
    ['Moderator', 'forum badge'],
    ['[removed]', 'deleted comment'],
    ['3.4k', 'community counter'],
    ['Subscribers 88k', 'community counter'],
    ['u/steppe_watcher', 'forum or user handle'],
    ['Filed under: Kazakhstan, Russia', 'tags'],
    ['Download PDF (1.2 MB)', 'print or download link'],
    ['Share article', 'share button'],
    ['More on the topic', 'related links'],
  ])('%s → %s', (line, rule) => {
    expect(ruleFor(line)).toBe(rule);
  });

  it('keeps sentences of the text that share their words', () => {
    for (const line of ['Home to 2 million people, Almaty was the centre of the unrest.', 'The cookies of the Almaty bakery sold out.', 'Reply to the ultimatum came within hours.']) {
      expect(ruleFor(line), line).toBeUndefined();
    }
  });

  it('finds the headline below a cookie banner and the site’s navigation, and takes those lines and its masthead as chrome', () => {
    const cleaned = cleanSource('Your privacy matters\nAccept all\nSteppe Times\nWorld\nOpinion\nTroops go home – Steppe Times\n\nBy Jane Roe\nThe troops went home on Thursday, the ministry said.\nSteppe Times\n');
    expect(cleaned).toMatchObject({ title: 'Troops go home', publication: 'Steppe Times', lines: ['The troops went home on Thursday, the ministry said.'] });
    expect(cleaned.stripped.map((s) => s.rule)).toEqual([...Array(5).fill('page chrome above the title (banner, site name, navigation)'), 'masthead (the publication’s name)']);
  });

  it('takes a commenter’s name above its timestamp, navigation among furniture above the text, a section label in capitals above the byline', () => {
    const thread = cleanSource('Ask me anything : r/asia\nr/asia\nlevel 1\nsteppe_fan\n· 2 days ago\nWhy now?\nReply\n');
    expect(thread).toMatchObject({ title: 'Ask me anything', publication: 'r/asia', lines: ['Why now?'] });
    expect(thread.stripped.find((s) => s.line === 'steppe_fan')?.rule).toBe('commenter’s name (above its timestamp)');
    const top = cleanSource('A title | Channel 9\nSkip to content\nVideos\nAired January 7, 2022\nThe host spoke first.\n');
    expect(top.stripped.map((s) => s.line)).toEqual(['Skip to content', 'Videos']);
    expect(top.metadata.map((m) => m.line)).toEqual(['Aired January 7, 2022']);
    const label = cleanSource('A title | El Diario\nWORLD NEWS\nAna Ruiz\nMadrid - 09 JAN 2022\nThe text.\n');
    expect(label.stripped.map((s) => s.rule)).toEqual(['section of the site (above the byline)']);
    expect(label.metadata.map((m) => [m.kind, m.line])).toEqual([['byline', 'Ana Ruiz'], ['date', 'Madrid - 09 JAN 2022']]);
  });

  it('takes bylines without "By", every biography under "About the authors" and the author’s note of a "By" byline', () => {
    const cleaned = cleanSource('A brief – Policy Institute\nDr. Jane Roe and Dr. John Doe\nReport No. 3 | May 2022\nThe text of the brief.\nAbout the authors\nDr. Jane Roe is a fellow.\nDr. John Doe teaches history.\n');
    expect(cleaned.metadata.map((m) => m.kind)).toEqual(['byline', 'date']);
    expect(cleaned.lines).toEqual(['The text of the brief.']);
    expect(cleanSource('T | P\nBy Ana Ruiz\nThe text.\nAna Ruiz is a reporter.\n').stripped.map((s) => s.rule)).toEqual(['author’s note (who the byline’s author is)']);
    expect(authorFromByline('Posted by u/jroe')).toBeUndefined();
    expect(cleanSource('T | P\nPosted by u/jroe\nThe text.\n').metadata.map((m) => m.kind)).toEqual(['byline']);
  });

  it('takes a pull quote that repeats a quotation of the text, not a quotation of its own', () => {
    const text = 'T | P\n“We were ready,” he said, “and we went in at dawn.”\n“We were ready and we went in at dawn.”\n“Nobody asked us what we thought of it.”\n';
    const cleaned = cleanSource(text);
    expect(cleaned.stripped.map((s) => [s.line, s.rule])).toEqual([['“We were ready and we went in at dawn.”', 'pull quote (repeats a quotation of the text)']]);
    expect(cleaned.lines).toHaveLength(2);
  });
});
