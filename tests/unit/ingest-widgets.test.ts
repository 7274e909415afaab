/**
 * Batch 21's furniture, by general rules (widget-furniture.ts, page-widgets.ts, beside junk-rules.ts and
 * metadata.ts): a video player's labels, title and error, an embed's placeholder, a blog's comment form and a
 * reader's comment under it, a newsletter box's names, the links to the previous and next article, a footer
 * under "Back to top", a slogan under the masthead, the site's date above its masthead, a "Contributors" box,
 * a language switcher, an agency's photo credit with a dash, a byline "with wires", a translator's credit;
 * and batch 23's: a video's title above its running time, an update stamp after a slash, a picture's source
 * "via AP", a reCAPTCHA notice, "X and The Associated Press contributed.", each byline author's biography, a tags box, a related headline
 * in the text that the related box lists too, a syndicated piece's credit and its original publisher's box.
 */
import { describe, expect, it } from 'vitest';
import { LAST, PROSE } from '../support/ingest-lines.ts';
import { cleanSource, junkRules } from '../../src/cli/ingest/junk.ts';
import { metadataRules } from '../../src/cli/ingest/metadata.ts';
import { splitTitle } from '../../src/cli/ingest/title.ts';

const ruleOf = (line: string) => junkRules.find((r) => r.test(line))?.name;

describe('lines told alone', () => {
  it.each([
    ['Play Video. Duration: 1 minute 52 seconds', 'media player'],
    ['1m 52s', 'media player (its running time)'],
    ['Sorry, the video player failed to load.(Error Code: 101102)', 'media player'],
    ['Loading Twitter content', 'embed placeholder'],
    ['This content is not available due to your privacy preferences', 'embed placeholder'],
    ['Allow all cookies', 'cookie banner'],
    ['Your email address will not be published. Required fields are marked *', 'comment form'],
    ['Name *', 'comment form'],
    ['Save my name, email, and website in this browser for the next time I comment.', 'comment form'],
    ['Previous article', 'previous or next article'],
    ['Instagram', 'social link (a network’s name)'],
    ['Русский', 'language switcher'],
    ['Also available in', 'language switcher'],
    ['Please refresh the page or navigate to another page on the site to be automatically logged in', 'log-in notice'],
    ['Got a news tip?', 'news tip box'],
    ['Tagged:', 'tags'],
    ['Read more: Fuel prices, a president in the shadows and a 30-year-old grievance: why Kazakhstan erupted', 'related links'],
    ['AP - Russian Defence Ministry Press Service', 'photo credit (an agency and its source)'],
    ['We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live.', 'acknowledgement of Country (the publisher’s)'],
    // Batch 22's.
    ['Open this photo in gallery:', 'gallery label'],
    ['Share Via', 'share button'],
    ['Report an editorial error', 'footer link'],
    ['RUSSIAN DEFENCE MINISTRY/Reuters', 'photo credit (name/agency)'],
    ['Also Watch | Russian paratroopers guard key sites in Almaty as Kazakhstan counts the cost of unrest', 'related links (the label and a headline)'],
    ['Kun.uz English is now on Telegram. Subscribe to get the news first: t.me/kunuz_english', 'channel promotion'],
    ['Creative Commons: Some rights reserved.', 'licence notice'],
    ['Get Latest World News along with Latest News and Top Headlines from India and around the world.', 'site sign-off'],
    ['Welcome to The Globe and Mail’s comment community. This is a space where subscribers can engage with each other.', 'comments notice'],
    ['Authors and topics you follow will be added to your personal news feed in Following.', 'follow-us blurb'],
    ['12 488', 'lone counter (share or comment count)'],
    ['351 King Street East, Suite 1600, Toronto, ON Canada, M5A 0N1', 'postal address or telephone (the publisher’s)'],
    ['Mass media certificate No. 0987 issued by the Agency of Information and Mass Communications', 'registration notice (the publisher’s)'],
  ])('%s: %s', (line, rule) => expect(ruleOf(line)).toBe(rule));

  it.each([
    '14:10',
    'Protesters clashed with police and soldiers in the centre of Almaty on Wednesday.',
    'English was the language of the talks, the diplomat said.',
  ])('keeps the author’s line %s', (line) => expect(ruleOf(line)).toBeUndefined());

  it('reads a byline "with wires" and a translator’s credit as metadata', () => {
    const kind = (l: string) => metadataRules.find((r) => r.test(l))?.kind;
    expect(kind('By Jack Hartigan with wires')).toBe('byline');
    expect(kind('Interview by Charlotte Reynaud for RFI’s French service, translated and adapted by Dominic Whelan.')).toBe('credit');
    expect(['In Brief by Margaret Halloran', 'January 11, 2022 4:15 pm (EST)', '14:35 / 09.01.2022', '(With inputs from Reuters)', 'This text was translated from Russian with the help of machine translation and edited by the editorial office.'].map(kind)).toEqual(['byline', 'date', 'date', 'credit', 'credit']);
  });
});

describe('lines told by their neighbours', () => {
  const clean = (...lines: string[]) => cleanSource(['A long title about the January events in Kazakhstan | The Ledger', ...lines].join('\n'));

  it('strips a video’s title above its running time, alone or glued to its date; the update stamp after a slash; a picture’s source via an agency; a reCAPTCHA notice', () => {
    const caption = 'Russian troops board a military plane at the Chkalovsky airfield outside Moscow on Thursday.';
    const cleaned = clean('Jan. 6, 2022, 4:12 AM UTC', '/ Updated Jan. 6, 2022, 6:58 PM UTC', PROSE, 'Deadly protests in Kazakhstan prompt Russian-led intervention', '02:31', LAST, 'Russian paratroopers land in Kazakhstan as CSTO mission begins', 'Jan. 6, 202201:14',
      caption, 'Russian Defense Ministry Press Service via AP', PROSE, 'THIS SITE IS PROTECTED BY RECAPTCHA PRIVACY POLICY | TERMS OF SERVICE', LAST);
    expect(cleaned.lines).toEqual([PROSE, LAST, caption, PROSE, LAST]);
    expect(cleaned.metadata.map((m) => m.line)).toEqual(['Jan. 6, 2022, 4:12 AM UTC']);
  });

  it('strips a tags box’s labels and its tags one a line, a related headline in the text that the related box lists too, and the site’s other inline headlines in its style', () => {
    const related = 'Why Kazakhstan’s Fuel Protests Became a Crisis of the Regime';
    const other = 'Is Russia Preparing to Invade Ukraine? Here’s What to Watch For';
    const cleaned = clean(PROSE, 'Topic: Security', 'Region: Eurasia', 'Blog Brand: Russia Watch', 'Tags: Kazakhstan', 'CSTO', 'Vladimir Putin', 'Central Asia', 'Share', PROSE, related, LAST, other, PROSE, LAST, 'Related Articles', related);
    expect(cleaned.lines).toEqual([PROSE, PROSE, LAST, PROSE, LAST]);
    // (Not when the text has a subheading of another case: then title case tells nothing.)
    expect(clean(PROSE, related, LAST, other, PROSE, 'What the president promised', LAST, PROSE, 'Related Articles', related).lines).toEqual([PROSE, LAST, other, PROSE, 'What the president promised', LAST, PROSE]);
  });

  it('strips a question in a related box under the section label that labelled a headline before it', () => {
    const box = ['RECOMMENDED', 'WORLD', 'Ahead of Geneva talks, Russia warns U.S. against ‘illusions’ over Ukraine', 'WORLD', 'Who is Kassym-Jomart Tokayev, the president who called in Russian troops?'];
    expect(clean(PROSE, ...box, LAST).lines).toEqual([PROSE, LAST]);
  });

  it('reads where a syndicated piece first appeared as a credit, and strips the original publisher’s box, a biography after “About the author:” and a blog’s notify boxes', () => {
    const cleaned = clean(PROSE, LAST, 'About the author: Ananya Mehrotra is a Junior Fellow with ORF’s Strategic Studies Programme.', 'Source: This article was published by ORF', 'ORF',
      'ORF was established on 5 September 1990 as a private, not-for-profit think tank to influence public policy formulation.', 'Leave a Reply', 'Notify me of follow-up comments by email.', 'Notify me of new posts by email.');
    expect(cleaned.lines).toEqual([PROSE, LAST]);
    expect(cleaned.metadata.map((m) => m.rule)).toEqual(['republication credit']);
  });

  it('reads "X and The Associated Press contributed." as a credit, and strips the biography of each author of the byline', () => {
    const bios = ['Tatiana Kosova is a London-based reporter for NBC News Digital.', 'Daniel Marsh is a producer for NBC News based in Moscow.', 'Olivia Brennan is a reporter for NBC News covering national security.'];
    const cleaned = clean('By Tatiana Kosova, Daniel Marsh and Olivia Brennan', PROSE, LAST, 'Leila Hamidova and The Associated Press contributed.', ...bios);
    expect(cleaned.lines).toEqual([PROSE, LAST]);
    expect(cleaned.metadata.map((m) => m.kind)).toEqual(['byline', 'credit']);
  });

  it('strips a player’s title under its running time, and above its message', () => {
    expect(clean(PROSE, 'Listen', '05:12', 'Kazakhstan: interview with a researcher, in French', LAST).lines).toEqual([PROSE, LAST]);
    expect(clean(PROSE, 'Protesters storm the mayor’s office in Almaty', 'Ledger TV', 'Sorry, the video player failed to load.', LAST).lines).toEqual([PROSE, LAST]);
  });

  it('keeps a video’s caption under its running time (a sentence)', () => {
    const caption = 'Protesters clashed with police in the centre of Almaty on Wednesday.';
    expect(clean(PROSE, 'Play Video. Duration: 1 minute 52 seconds', '1m 52s', caption, LAST).lines).toEqual([PROSE, caption, LAST]);
  });

  it('strips a newsletter box’s names and blurbs between its heading and its button', () => {
    const box = ['Sign up for one of our free newsletters', 'The Daily Report', 'Start your day right with our top stories', 'Weekly Report', 'A weekly roundup of our most-read stories', 'Sign up'];
    expect(clean(PROSE, ...box, LAST, PROSE).lines).toEqual([PROSE, LAST, PROSE]);
  });

  it('strips a newsletter box whose one blurb is a sentence: “DAILY SABAH NEWSLETTER” / “Keep up to date with …” / “SUBSCRIBE”', () => {
    const box = ['THE TRIBUNE NEWSLETTER', 'Keep up to date with what’s happening in Turkey, its region and the world.', 'SUBSCRIBE'];
    expect(clean(PROSE, ...box, LAST, PROSE).lines).toEqual([PROSE, LAST, PROSE]);
  });

  it('strips a reader’s comment between the comment form and its Reply, its timestamp too', () => {
    const cleaned = clean(PROSE, LAST, 'Leave a comment', 'Comment *', 'Name *', 'Post Comment', 'SteppeWatcher', 'January 21, 2022 at 9:14 pm', 'The Russians left exactly when they said they would. Not every intervention is Ukraine.', 'Reply');
    expect(cleaned.lines).toEqual([PROSE, LAST]);
    expect(cleaned.metadata).toEqual([]);
  });

  it('strips everything under "Back to top", and a slogan under the masthead', () => {
    const footer = ['Back to top', 'Footer', 'If you have inside knowledge of a topic in the news, contact us.', 'This service may include material from agencies which is copyright and cannot be reproduced.'];
    expect(clean(PROSE, LAST, ...footer).lines).toEqual([PROSE, LAST]);
    expect(clean(PROSE, LAST, 'The Ledger', 'Preventing War. Shaping Peace.', 'About', 'Contact').lines).toEqual([PROSE, LAST]);
  });

  it('strips the site’s date above its masthead; the article’s date under it is metadata', () => {
    const cleaned = clean('Skip to content', 'Wednesday, January 19, 2022', 'The Ledger', 'Home', 'By Aidana Temirkhanova', 'January 19, 2022', PROSE, LAST);
    expect(cleaned.metadata.map((m) => m.line)).toEqual(['By Aidana Temirkhanova', 'January 19, 2022']);
    expect(cleaned.lines).toEqual([PROSE, LAST]);
  });

  it('reads a "Contributors" box: the name as the byline, the heading and the role as junk', () => {
    const cleaned = clean('Share', 'Contributors', 'Dina Akhmetova', 'Senior Analyst, Central Asia', PROSE, LAST);
    expect(cleaned.metadata.map((m) => [m.line, m.kind])).toEqual([['Dina Akhmetova', 'byline']]);
    expect(cleaned.lines).toEqual([PROSE, LAST]);
  });

  it('reads a byline block (a name, its role, its city) and strips the dates of a box after the text', () => {
    const byline = clean('Kazakhstan’s president turns to a Moscow-dominated alliance for help after protesters storm government buildings.', 'Dr Sophie Eldridge', 'Associate Fellow, Russia and Eurasia Programme', 'Share', PROSE, LAST);
    expect(byline.metadata.map((m) => m.line)).toEqual(['Dr Sophie Eldridge', 'Associate Fellow, Russia and Eurasia Programme']);
    const box = clean('Published 12 January 2022', PROSE, LAST, 'Research paper', 'Succession politics in Central Asia: the limits of managed transitions', '18 November 2021', 'The World Today', 'Tokayev’s second act', '1 December 2021', 'Sign up to our newsletter');
    expect(box.metadata.map((m) => m.line)).toEqual(['Published 12 January 2022']);
  });
});

describe('a title’s suffix', () => {
  it('names the publication after the site’s section: "| World News - Hindustan Times"', () => {
    expect(splitTitle('Kazakhstan unrest was an attempted coup, Tokayev says | World News - Hindustan Times')).toEqual({ title: 'Kazakhstan unrest was an attempted coup, Tokayev says', publication: 'Hindustan Times' });
  });
});
