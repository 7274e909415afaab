/**
 * Scraping junk in raw article text: lines that are page furniture, not the
 * author's words (share and subscribe buttons, newsletter and advertising
 * blurbs, "related" and "read more" links, tag lists, print and download
 * links, comment counters), in English and the common French and Russian
 * equivalents; publication suffixes on the title line ("Title – The
 * Diplomat", "Title | Le Monde"); and bylines and reporting credits, which
 * are the article's metadata rather than its text. Shared by the ingest tool
 * (which strips and lists them, each with its rule) and the fidelity test
 * (which proves none of the junk reaches the site and every other sentence
 * does).
 */
import { continuesAfterJump, jumpLines } from './jump-lines.ts';
import { splitTitle } from './title.ts';
import { pageContext, platformChromeRules } from './platform-chrome.ts';

import { shortLineStarting, wholeLine, type JunkRule } from './junk-rule.ts';
import { pageChromeRules, RELATIVE_TIME } from './page-chrome.ts';
import { pullQuotes } from './pull-quotes.ts';
import { withoutShapeFurniture } from './shape-furniture.ts';
import { withPdfTextUndone } from './pdf-text.ts';
import { withProfileLines } from './social.ts';
import { authorFromByline, authorNote, BIOGRAPHY, DATE_ONLY, labelledDate, metadataRules, NAMES_LINE, PERSON_NAME } from './metadata.ts';

export { authorFromByline } from './metadata.ts';

export type { JunkRule } from './junk-rule.ts';

const NETWORKS = String.raw`(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|reddit|vk|vkontakte|flipboard|pinterest|messenger)`;

export const junkRules: readonly JunkRule[] = [
  { name: 'lone counter (share or comment count)', test: (l) => /^\d+$/.test(l) },
  ...platformChromeRules,
  ...pageChromeRules,
  { name: 'subscription blurb', test: (l) => /click here to (register|subscribe)/i.test(l) },
  wholeLine('share button', [
    'share',
    'share this( \\p{L}+)?',
    'share (?:the )?(?:article|story|page|post)',
    'share on( \\S+){1,3}',
    `${NETWORKS}((\\s*[|·,/]\\s*|\\s+)${NETWORKS})*`,
    'partager( cet article| sur \\S+)?',
    'tweeter',
    'envoyer( par e-?mail| à un ami)?',
    'email this( \\p{L}+)?',
    'поделиться',
    'copy link( copied)?',
    'gift this( \\p{L}+)?',
    'save this( \\p{L}+)?',
    'link copied',
    'copier le lien',
    'compartir(?: en \\S+| esta noticia)?', 'copiar enlace',
  ]),
  wholeLine('comments notice', [
    'comments are closed( for this \\p{L}+)?',
    'réagir( à cet article)?',
    'commenter( cet article)?',
    '\\d*\\s*comments?',
    'leave a (comment|reply)',
    'post a comment',
    '(?:show|view|see|read|load)(?: all)? (?:\\d+ )?comments',
    '(\\d+\\s+)?commentaires?',
    'laisser un commentaire',
    '(\\d+\\s+)?комментари[йяи]',
    '(\\d+\\s+)?comentarios?', 'deja (?:un|tu) comentario',
  ]),
  shortLineStarting('subscription or newsletter blurb', [
    'subscribe',
    'sign up',
    'sign in to',
    'get our newsletter',
    'newsletter',
    'join our mailing list',
    'already a subscriber',
    "s['’]abonner",
    'abonnez-vous',
    'inscrivez-vous',
    'recevez notre newsletter',
    'recevez chaque',
    "s['’]inscrire",
    "je m['’]abonne",
    'thanks for reading',
    'подпис\\p{L}*',
    'suscr[íi]b\\p{L}*', 'recibe (?:nuestro|el) boletín', 'boletín',
  ], 20),
  wholeLine('advertisement', ['advertisement', 'advert', 'sponsored( content)?', 'publicité', 'pub', 'реклама', 'ad']),
  shortLineStarting('related links', [
    'related( \\p{L}+)?',
    'speakers', 'panelists', 'panellists', 'participants',
    'what we[’\']re reading',
    '(?:further|recommended|more) reading',
    'most (read|popular|viewed|shared)',
    'you (may|might) also like',
    'more stories',
    'top stories',
    'les plus lus',
    'самое читаемое',
    'read more',
    'read next',
    'more (?:columns|articles|stories|posts|pieces) (?:by|from)',
    'up next',
    'all news',
    'more news',
    'back to news',
    'все новости',
    'toutes les actualités',
    'read also',
    'also read',
    'see also',
    'more on this',
    'more on (?:the |this )?(?:topic|subject|story|issue)',
    'more from',
    'recommended',
    'lire aussi',
    'à lire aussi',
    'a lire aussi',
    'voir aussi',
    'sur le même sujet',
    'читайте также',
    'по теме',
    'смотрите также',
    'lo más (?:leído|visto)', 'noticias relacionadas', 'te puede interesar', 'lee también', 'leer más', 'más noticias', 'relacionad[oa]s',
  ]),
  shortLineStarting('tags', ['tags?\\s*:', 'filed (?:in|under)\\s*:?', 'archived (?:in|under)\\s*:?', 'categor(?:y|ies)\\s*:', 'archivado en\\s*:?', 'classé dans\\s*:?', 'topics?\\s*:', 'keywords\\s*:', 'mots[- ]clés\\s*:', 'thèmes\\s*:', 'теги\\s*:', 'метки\\s*:', 'etiquetas\\s*:', 'temas\\s*:', 'palabras clave\\s*:'], 30),
  wholeLine('print or download link', [
    'print( this)?( article| page| version)?',
    'download( pdf| the pdf| as pdf)?(\\s*\\((?:pdf,?\\s*)?[\\d.,]+\\s*[kmg]b\\))?',
    'save( article)?',
    'imprimer( l[\'’]article)?',
    'télécharger( le pdf)?',
    'печать',
    'распечатать',
    'скачать( pdf)?',
    'imprimir', 'descargar( pdf)?',
  ]),
  wholeLine('audio player', ['listen to this article', 'listen', 'listen to this story', 'écouter cet article', 'écouter', 'слушать( статью)?', 'play audio']),
  shortLineStarting('follow-us blurb', ['follow us', 'follow the author', 'follow this author', 'suivez-nous', 'подписывайтесь на нас', 'like us on']),
  { name: 'follow-us blurb', test: (l) => new RegExp(String.raw`^(?:follow|join|suivez|rejoignez)\b.{0,40}\b(?:on|sur)\s+${NETWORKS}\b`, 'iu').test(l) && l.split(/\s+/).length <= 12 },
  { name: 'view counter', test: (l) => /^(?:(?:views|vues|lectures|просмотр\p{L}*)\s*:?\s*[\d\s,.]+|[\d\s,.]+\s+(?:views|vues|просмотр\p{L}*))$/iu.test(l) },
  { name: 'error-report blurb', test: (l) => /ctrl\s*\+\s*enter/iu.test(l) && l.split(/\s+/).length <= 16 },
  {
    name: 'donation appeal',
    test: (l) => /\b(?:donate|support (?:our|independent) (?:journalism|work)|support our work|support the (?:show|podcast|channel|newsletter|blog|site)|patreon\.com|buymeacoffee\.com|ko-fi\.com|become a (?:member|supporter|patron)|faire un don|soutenez|поддержать|поддержите)\b/iu.test(l) && l.split(/\s+/).length <= 16,
  },
  shortLineStarting('mailing-list furniture', [
    'view (?:this email |this newsletter )?in (?:your |a )?browser',
    'forwarded this (?:email|newsletter|message)',
    'unsubscribe',
    'update your (?:email )?preferences',
    'manage (?:your )?(?:subscription|preferences|email settings)',
    'you(?: are|[’\']re| were)? receiv(?:ing|ed) this (?:email|newsletter|message)',
    'you received this (?:email|newsletter|message)',
    'reply to this email',
    "that[’']s (?:all|it) for (?:this week|today|now)",
    'voir la version en ligne',
    'se désabonner',
    'отписаться',
  ], 25),
  { name: 'audio player', test: (l) => /^(?:listen to this (?:article|story)|écouter cet article|слушать статью)\b.{0,24}$/iu.test(l) },
  { name: 'print edition line', test: (l) => /^(?:a version of this (?:article|story|essay) appear(?:s|ed) in print|cet article est paru dans l[’']édition)\b/iu.test(l) },
  shortLineStarting('recording or transcript link', ['watch (?:the )?(?:recording|video|replay|livestream)', 'listen to (?:the )?(?:recording|podcast)', 'download (?:the )?(?:transcript|recording|slides|report)'], 10),
  { name: 'hashtags', test: (l) => /^(?:#[\p{L}\p{N}_]+\s*)+$/u.test(l) },
  wholeLine('chat link', ['discussion in the chat', 'join the (?:chat|discussion)', 'обсуждение в чате', 'обсудить в чате']),
  shortLineStarting('photo credit', ['photo\\s*:', 'photos?\\s+by', 'фото\\s*:', 'crédit photo', 'photo credit'], 8),
  shortLineStarting('text-size control', ['font size', 'text size', 'taille du texte', 'размер шрифта'], 8),
  {
    name: 'disclaimer',
    test: (l) => /^(?:note|disclaimer)\s*:|views expressed (?:here )?are (?:the )?\S+ own|views (?:expressed )?(?:here )?(?:are|of) (?:those of )?the authors?|gives the views of the authors?|do not (?:necessarily )?reflect the (?:views|position)/iu.test(l) && l.split(/\s+/).length <= 40 && /\bviews?\b|\bposition\b|\bopinions?\b/iu.test(l),
  },
  { name: 'publisher boilerplate', test: (l) => /^\p{Lu}[\p{L}\s.'’-]{2,40} is (?:a|an) (?:project|publication|service|programme|program|initiative|product) of\b/u.test(l) && l.split(/\s+/).length <= 20 },
  { name: 'republication notice', test: (l) => /\brepublish\w*|\brepublication\b/iu.test(l) && l.split(/\s+/).length <= 14 },
  { name: 'podcast furniture', test: (l) => /^(?:episode\s+\d+|\d+\s*(?:min|mins|minutes)|listen on\b.{0,60})$/iu.test(l) },
  wholeLine('tags', ['tags', 'topics', 'keywords', 'теги', 'mots-clés']),
  shortLineStarting('series note', ['this (?:article|interview|story|piece|report|essay) is part of', 'cet article fait partie']),
  wholeLine('live-blog controls', ['live', 'live updates', 'key events', 'show key events only', 'pinned post', 'en direct', 'прямой эфир', 'онлайн']),
  { name: 'reading time', test: (l) => /^(?:\d+\s*(?:min(?:ute)?s?|mn)\.?\s*(?:read|de lecture|чтения)|(?:(?:estimated )?reading time|temps de lecture|время чтения)\s*:?\s*\d+\s*\S*)$/iu.test(l) },
  shortLineStarting('publisher boilerplate', ['our standards', 'editorial standards', 'trust principles', 'nos standards', 'notre charte']),
  // (A year after the sign makes it a notice of any length: "© 2022 The Tribune. Reproduced with permission of …".)
  { name: 'copyright line', test: (l) => (/^(?:©|\(c\)|copyright\b)/i.test(l) && l.split(/\s+/).length <= 16) || (/^(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?\d{4}\b/i.test(l) && l.split(/\s+/).length <= 40) },
  // A file to download, its format and size in brackets: "Download the full report (PDF, 1.8 MB)".
  { name: 'download link', test: (l) => /^Download\b[^.!?()]{0,60}\((?:PDF|EPUB|DOCX?|MP3|ZIP)\b[^)]{0,30}\)$/iu.test(l) },
  // "Available in: English | Русский | Қазақша": the page's languages, a word each.
  { name: 'language selector', test: (l) => /^(?:(?:also\s+)?available in|read (?:this|it) in|languages?)\s*:\s*[^\s|·]+(?:\s+[|·]\s+[^\s|·]+)+$/iu.test(l) },
  // An imperative to the reader opening a sentence, "… Message us on WhatsApp.", "Join our movement today." (no quotation).
  { name: 'call to the reader', test: (l) => /(?:^|[.!?]\s+)(?:Message|Contact|Email|E-mail|Write to|Tell|Join|Follow)\s+(?:us|our)\b/u.test(l) && !/[“”"«»„]/u.test(l) && words(l) <= 20 },
  // "Views are my own.", "Opinions expressed are the author's own."
  { name: 'disclaimer (views are the author’s own)', test: (l) => /^(?:all\s+)?(?:the\s+)?(?:views|opinions)(?:\s+expressed)?(?:\s+(?:here|in this (?:article|post|piece)))?\s+are\s+(?:my|our|the author['’]s|solely my)\s+own\.?$/iu.test(l) },
  // A button drawn with a plus: "+ Follow", "+ Subscribe".
  { name: 'button (a plus and a word)', test: (l) => /^\+\s?\p{Lu}\p{Ll}+$/u.test(l) },
  // A scale in capitals, perhaps after a label: "Our ratings: TRUE · MOSTLY TRUE · FALSE".
  { name: 'scale or legend (parts in capitals)', test: (l) => /^(?:[^:]{2,30}:\s*)?[^\p{Ll}:|·•]{2,30}(?:\s+[·|•]\s+[^\p{Ll}:|·•]{2,30}){2,}$/u.test(l) && /\p{Lu}{3}/u.test(l) },
  // A photo credit in capitals, the photographer and the agency or paper: "ANNA PETROVA/FOR THE TRIBUNE", "X/TASS, VIA GETTY IMAGES".
  { name: 'photo credit (in capitals, name/agency)', test: (l) => /^[^\p{Ll}.!?]{3,40}\/[^\p{Ll}.!?]{2,50}$/u.test(l) && /\p{Lu}{2,}/u.test(l) && l.split(/\s+/).length <= 10 },
];

export { splitTitle } from './title.ts';

export interface CleanedSource {
  /** The title, without the publication suffix. */
  title: string;
  /** The publication named in the title's suffix, if any. */
  publication?: string;
  /** Non-empty lines that are the author's (or the photo credit's) text, in order. */
  lines: string[];
  /** The raw line each of `lines` starts at, when they are not the raw lines themselves (a PDF's lines joined: pdf-text.ts). */
  lineNumbers?: number[];
  /** Lines removed as junk, with the rule that removed them. */
  stripped: { line: string; rule: string; lineNumber: number }[];
  /** Lines removed as the article's metadata (byline, reporting credit). */
  metadata: { line: string; rule: string; kind: 'byline' | 'credit' | 'date'; lineNumber: number }[];
}

/** A "Related" or "Most read" heading, whose next lines are headlines (links), not the author's text. */
const RELATED_HEADING = /^(?:related(?:\s+\p{L}+)?|tags|topics|keywords|теги|mots-clés|read next|up next|speakers|panel+ists|participants|what we[’']re reading|(?:further|recommended|more) reading|read more|read also|also read|see also|more on this|more on (?:the |this )?(?:topic|subject|story|issue)|more from(?: \S+){1,3}|most (?:read|popular|viewed|shared)|you (?:may|might) also like|more stories|top stories|recommended|lire aussi|à lire aussi|voir aussi|sur le même sujet|les plus lus|читайте также|по теме|смотрите также|самое читаемое)[\s:]*$/iu;
/** An "About the author" heading: the line after it is the author's biography (metadata, not the text). */
const ABOUT_AUTHOR = /^(?:about the authors?|the authors?|à propos de l[’']auteur|l[’']auteur|об авторе)[\s:]*$/iu;
/** The kind of piece, on a line of its own above the text ("Commentary", "Analysis"): only before the text starts. */
const PIECE_LABEL = /^(?:column|expert comment(?:ary)?|news analysis|commentary|analysis|opinion|op-ed|comment|interview|explainer|feature|news|blog|essay|review|report|brief|event|online|webinar|podcast|video|long[- ]?read|the big read|in[- ]depth|deep dive|special report|world|international|politics|economy|business|society|region|asia|central asia|europe|eurasia|security|analyse|tribune|entretien|point de vue|éditorial|аналитика|мнение|интервью|новости)$/iu;
/** The kind of page a section label names, in capitals above the byline: "INTERNATIONAL", "WORLD NEWS". */
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}&\s-]{2,30}$/u;
/** Headlines a "Related" heading introduces: at most this many, each short, none a sentence ending in a full stop. */
const RELATED_MAX = 6;
/** How far down a scraped page its headline may stand (below a cookie banner and the site's navigation). */
const TITLE_SEARCH_LINES = 16;

const words = (l: string) => l.split(/\s+/).length;
const junkRule = (line: string) => {
  // Emoji and arrows before a channel's furniture ("👉 Subscribe: t.me/…") are not words of it.
  const bare = line.replace(/^[\p{Extended_Pictographic}\u{FE0F}\u{200D}•·▶►→\s]+/u, '') || line;
  // (Both: "©" is a pictograph too, and "© 2022 …" is a copyright line.)
  return junkRules.find((r) => r.test(line) || r.test(bare)) ?? linkRow(bare);
};

/**
 * The headline's line: the first, unless page chrome stands above it (a
 * cookie banner, the site's name and navigation), then the first line of
 * the page's top with a publication suffix, below at least one line of
 * chrome and only short lines.
 */
function titleLine(all: readonly string[]): number {
  if (splitTitle(all[0] ?? '').publication) return 0;
  const top = all.slice(0, TITLE_SEARCH_LINES).map((l) => l.trim());
  const at = top.findIndex((l, i) => i > 0 && l !== '' && words(l) <= 25 && splitTitle(l).publication !== undefined);
  if (at < 0) return 0;
  const above = top.slice(0, at).filter((l) => l !== '');
  return above.some((l) => junkRule(l)) && above.every((l) => words(l) <= 50) ? at : 0;
}

export function cleanSource(raw: string): CleanedSource {
  const all = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const head = titleLine(all);
  const { title, publication } = splitTitle(all[head] ?? '');
  const body: { line: string; lineNumber: number }[] = [];
  const stripped: CleanedSource['stripped'] = [];
  const metadata: CleanedSource['metadata'] = [];
  all.slice(0, head).forEach((l, i) => {
    if (l.trim() !== '') stripped.push({ line: l.trim(), rule: 'page chrome above the title (banner, site name, navigation)', lineNumber: i + 1 });
  });
  let lastLine = 0;
  /** Headlines stripped since the last "Related" heading (undefined when the previous line was not one of them). */
  let related: number | undefined;
  const nextLine = (i: number) => all.slice(i + 1).find((l) => l.trim() !== '')?.trim() ?? '';
  const isMetadata = (l: string) => metadataRules.some((r) => r.test(l));
  const jumps = jumpLines(all);
  let afterJump = false;
  all.forEach((rawLine, i) => {
    if (i <= head) return;
    const line = rawLine.trim();
    if (line === '') return;
    const lineNumber = i + 1;
    if (jumps.has(i)) {
      afterJump = true;
      return void stripped.push({ line, rule: 'page turn (print: "See … on Page A6" to "Continued from Page A1")', lineNumber });
    }
    // The sentence the page turn broke goes on: one paragraph again.
    if (afterJump && (afterJump = false, continuesAfterJump(line)) && body.length > 0) {
      body.at(-1)!.line += ` ${line}`;
      return;
    }
    const previous = stripped.at(-1);
    const follows = previous?.lineNumber === lastLine;
    const bylineAbove = metadata.at(-1)?.kind === 'byline' && metadata.at(-1)!.lineNumber === lastLine;
    lastLine = lineNumber;
    // The headlines a "Related" or "Most read" heading introduces: short, no final full stop.
    if (follows && related !== undefined && related < RELATED_MAX && !/[.!…]$/.test(line) && words(line) <= 16) {
      related++;
      return void stripped.push({ line, rule: 'related link (a headline after a "Related" heading)', lineNumber });
    }
    related = undefined;
    // The biographies under "About the author(s)".
    const afterAbout = follows && (ABOUT_AUTHOR.test(previous!.line) || (previous!.rule.startsWith('author biography') && BIOGRAPHY.test(line)));
    if (afterAbout && words(line) <= 80) return void stripped.push({ line, rule: 'author biography (after "About the author")', lineNumber });
    const next = nextLine(i);
    // The publication's name alone on a line (the masthead, a forum's name): the title's suffix gave it.
    // (Before the byline's rule when it opens with an article, as no person's name does: "The Lakeshore Tribune".)
    if (publication && /^(?:The|Le|La|Les|Der|Die|Das|El)\s/u.test(line) && line.toLowerCase() === publication.toLowerCase()) return void stripped.push({ line, rule: 'masthead (the publication’s name)', lineNumber });
    // A desk in capitals under the byline ("By MARGARET O’CONNELL" / "TRIBUNE FOREIGN STAFF"): the byline's, not the text's.
    if (body.every((b) => words(b.line) <= 16) && bylineAbove && CAPITALS_LABEL.test(line) && /\s/.test(line) && words(line) <= 4) return void metadata.push({ line, rule: 'desk under the byline (in capitals)', kind: 'byline', lineNumber });
    const inHead = body.every((b) => words(b.line) <= 16);
    // A name written twice in the head (a profile picture's alt text, then its link): once is the byline.
    if (inHead && PERSON_NAME.test(line) && nextLine(i) === line) return void stripped.push({ line, rule: 'name repeated (a profile picture and its link)', lineNumber });
    // A name above its author's headline ("Political risk analyst | Central Asia & Caucasus") above the date: the byline.
    if (inHead && PERSON_NAME.test(line) && profileHeadline(next) && isMetadata(nextLine(all.findIndex((l, k) => k > i && l.trim() !== '')))) return void metadata.push({ line, rule: 'byline (a name above its headline and the date)', kind: 'byline', lineNumber });
    if (inHead && bylineAbove && profileHeadline(line) && !isMetadata(line)) return void metadata.push({ line, rule: 'byline (the author’s headline)', kind: 'byline', lineNumber });
    // A name alone above the date line, before the text ("Daniyar Seitkali" / "Jan 24, 2022"): the byline.
    if (PERSON_NAME.test(line) && (DATE_ONLY.test(next) || (body.every((b) => words(b.line) <= 16) && labelledDate(next)))) return void metadata.push({ line, rule: 'byline (a name above the date)', kind: 'byline', lineNumber });
    // "Dr. X and Dr. Y" above the text: the byline.
    if (body.length === 0 && NAMES_LINE.test(line)) return void metadata.push({ line, rule: 'byline (names above the text)', kind: 'byline', lineNumber });
    // "Commentary", "Analysis" above the text: the kind of piece, not a heading of it.
    if (body.length === 0 && PIECE_LABEL.test(line)) return void stripped.push({ line, rule: 'kind of piece (above the text)', lineNumber });
    // "INTERNATIONAL" above the byline: the site's section.
    if (body.length === 0 && CAPITALS_LABEL.test(line) && words(line) <= 3 && (isMetadata(next) || PERSON_NAME.test(next))) return void stripped.push({ line, rule: 'section of the site (above the byline)', lineNumber });
    if (ABOUT_AUTHOR.test(line)) return void stripped.push({ line, rule: 'about-the-author heading', lineNumber });
    if (publication && line.toLowerCase() === publication.toLowerCase()) return void stripped.push({ line, rule: 'masthead (the publication’s name)', lineNumber });
    // "FactLens is a verified signatory of …": the publication on itself, a sentence alone.
    if (publication && line.startsWith(`${publication} is a`) && words(line) <= 20 && /\.$/.test(line) && !/[“”"«»]/u.test(line)) return void stripped.push({ line, rule: 'publisher boilerplate (the publication on itself)', lineNumber });
    const rule = junkRule(line);
    if (rule) {
      if (RELATED_HEADING.test(line)) related = 0;
      return void stripped.push({ line, rule: rule.name, lineNumber });
    }
    // A commenter's name above its timestamp ("steppe_watcher" / "· 5 days ago").
    if (/^[^\s.!?]{2,30}$/u.test(line) && RELATIVE_TIME.test(next)) return void stripped.push({ line, rule: 'commenter’s name (above its timestamp)', lineNumber });
    // A short link among page furniture before the text ("Skip to main content", "Watch live", "Transcripts").
    const furniture = (l: string) => junkRule(l) !== undefined || isMetadata(l);
    if (body.length === 0 && follows && words(line) <= 3 && !/[.!?:;,]$/.test(line) && !isMetadata(line) && furniture(next)) return void stripped.push({ line, rule: 'site navigation (among furniture above the text)', lineNumber });
    const meta = metadataRules.find((r) => r.test(line));
    // "Updated …" under the date line: the date is the one above it.
    if (meta?.kind === 'date' && /^(?:updated|last updated|mis à jour|обновлено)\b/iu.test(line) && metadata.some((m) => m.kind === 'date')) return void stripped.push({ line, rule: 'update stamp (under the publication date)', lineNumber });
    if (meta) return void metadata.push({ line, rule: meta.name, kind: meta.kind, lineNumber });
    body.push({ line, lineNumber });
  });
  // A note on who the byline's author is ("Mr. Seitkali is a senior fellow at …"), wherever it stands.
  const author = metadata.find((m) => m.kind === 'byline');
  const note = author && authorNote(authorFromByline(author.line));
  // A pull quote: a display line repeating a quotation the text gives where it stands.
  const pulled = pullQuotes(body.map((b) => b.line));
  for (const [k, b] of body.entries()) {
    if (note?.test(b.line)) stripped.push({ ...b, rule: 'author’s note (who the byline’s author is)' });
    else if (pulled.has(k)) stripped.push({ ...b, rule: 'pull quote (repeats a quotation of the text)' });
  }
  stripped.sort((a, b) => a.lineNumber - b.lineNumber);
  const lines = body.filter((b, k) => !note?.test(b.line) && !pulled.has(k)).map((b) => b.line);
  return withoutShapeFurniture(withProfileLines(withPdfTextUndone(pageContext({ title, ...(publication ? { publication } : {}), lines, stripped, metadata }, all), all), all), all);
}

/** An author's headline on a platform: short parts between bars, none a sentence ("Political risk analyst | Central Asia & Caucasus | ex-Big Four"). */
function profileHeadline(line: string): boolean {
  const parts = line.split(/\s+[|·]\s+/);
  return parts.length >= 2 && parts.every((p) => words(p) <= 5 && !/[.!?]$/.test(p)) && /\p{Ll}/u.test(line) && !linkRow(line);
}

/** A row of short links between bars ("Order Reprints | Today's Paper | Subscribe") with page furniture among them. */
function linkRow(line: string): JunkRule | undefined {
  const parts = line.split(/\s+[|·]\s+/);
  // (Not a date line: "20/01/2022 · 5 min read".)
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length > 4 || /[.!?]$/.test(p) || DATE_ONLY.test(p))) return undefined;
  return parts.some((p) => junkRules.some((r) => r.test(p))) ? { name: 'row of links (page furniture among them)', test: () => true } : undefined;
}
