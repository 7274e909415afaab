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
export interface JunkRule {
  name: string;
  test: (line: string) => boolean;
}

/** A whole line made of one of these phrases (case-insensitive, trailing punctuation and counters allowed). */
function wholeLine(name: string, phrases: readonly string[]): JunkRule {
  const pattern = new RegExp(String.raw`^(?:${phrases.join('|')})[\s.:!…»›>|\-–—\d()]*$`, 'iu');
  return { name, test: (line) => pattern.test(line) };
}

/** A line that starts with one of these phrases and is short (a link or a blurb, not a sentence of the text). */
function shortLineStarting(name: string, phrases: readonly string[], maxWords = 14): JunkRule {
  const pattern = new RegExp(String.raw`^(?:${phrases.join('|')})(?![\p{L}])`, 'iu');
  return { name, test: (line) => pattern.test(line) && line.split(/\s+/).length <= maxWords };
}

const NETWORKS = String.raw`(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|reddit|vk|vkontakte|flipboard|pinterest|messenger)`;

export const junkRules: readonly JunkRule[] = [
  { name: 'lone counter (share or comment count)', test: (l) => /^\d+$/.test(l) },
  { name: 'subscription blurb', test: (l) => /click here to (register|subscribe)/i.test(l) },
  wholeLine('share button', [
    'share',
    'share this( article| story| page)?',
    'share on \\S+',
    `${NETWORKS}(\\s*[|·,/]\\s*${NETWORKS})*`,
    'partager( cet article| sur \\S+)?',
    'поделиться',
    'copy link',
    'copier le lien',
  ]),
  wholeLine('comments notice', [
    'comments are closed',
    '\\d*\\s*comments?',
    'leave a (comment|reply)',
    'post a comment',
    'view comments',
    '(\\d+\\s+)?commentaires?',
    'laisser un commentaire',
    '(\\d+\\s+)?комментари[йяи]',
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
    'подпис\\p{L}*',
  ], 20),
  wholeLine('advertisement', ['advertisement', 'advert', 'sponsored( content)?', 'publicité', 'pub', 'реклама', 'ad']),
  shortLineStarting('related links', [
    'related( articles| stories| content| coverage| posts)?',
    'read more',
    'read also',
    'also read',
    'see also',
    'more on this',
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
  ]),
  shortLineStarting('tags', ['tags?\\s*:', 'topics?\\s*:', 'keywords\\s*:', 'mots[- ]clés\\s*:', 'thèmes\\s*:', 'теги\\s*:', 'метки\\s*:'], 30),
  wholeLine('print or download link', [
    'print( this)?( article| page)?',
    'download( pdf| the pdf| as pdf)?',
    'save( article)?',
    'imprimer( l[\'’]article)?',
    'télécharger( le pdf)?',
    'печать',
    'распечатать',
    'скачать( pdf)?',
  ]),
  wholeLine('audio player', ['listen to this article', 'listen', 'listen to this story', 'écouter cet article', 'écouter', 'слушать( статью)?', 'play audio']),
  shortLineStarting('follow-us blurb', ['follow us', 'suivez-nous', 'подписывайтесь на нас', 'like us on']),
  { name: 'reading time', test: (l) => /^(?:\d+\s*(?:min(?:ute)?s?|mn)\.?\s*(?:read|de lecture|чтения)|(?:reading time|temps de lecture|время чтения)\s*:?\s*\d+\s*\S*)$/iu.test(l) },
  shortLineStarting('publisher boilerplate', ['our standards', 'editorial standards', 'trust principles', 'nos standards', 'notre charte']),
  { name: 'copyright line', test: (l) => /^(?:©|\(c\)|copyright\b)/i.test(l) && l.split(/\s+/).length <= 16 },
];

/**
 * Lines that are the article's metadata, not its text: a byline ("By Jane
 * Doe", "Par Jean Dupont", "Автор: …"), a reporting credit ("Reporting by
 * X; Editing by Y", "(Reporting by …)") and a publication date line
 * ("Published on January 20, 2022"). Removed from the text and kept as
 * metadata (the byline gives the article's author, the date its date).
 */
export const metadataRules: readonly (JunkRule & { kind: 'byline' | 'credit' | 'date' })[] = [
  {
    name: 'publication date',
    kind: 'date',
    test: (l) => /^(?:published|posted|updated|last updated|publié|mis à jour|опубликовано|обновлено)\b[^.]{0,40}\d/iu.test(l) && l.split(/\s+/).length <= 10,
  },
  {
    name: 'byline',
    kind: 'byline',
    test: (l) => /^(?:[Bb]y|BY|[Pp]ar|PAR|[Аа]втор:?|[Aa]uthor:?)\s+\p{Lu}[\p{L}.’'\-]*(?:\s+(?:\p{Lu}[\p{L}.’'\-]*|and|et|и|de|van|von|al-\S+)){0,6}(?:\s*[,|–—-]\s*[^.]{0,60})?$/u.test(l),
  },
  {
    name: 'reporting credit',
    kind: 'credit',
    test: (l) => /^\(?\s*(?:reporting|writing|editing|additional reporting|compiled|translated|avec|rédaction|reportage|traduction|перевод|редактор)\b[^.]*(?:by|par)?/iu.test(l) && l.split(/\s+/).length <= 25 && /\b(?:by|par)\b|:/iu.test(l) && (!/[.?!]$/.test(l) || /\)$/.test(l)),
  },
];

/**
 * Publication suffixes scraped into the title line: "Title – The Diplomat",
 * "Title | Reuters", "Title - Current Time". After " | " anything short is a
 * suffix; after a dash only a short capitalised name (a publication), so that
 * "Kazakhstan – a year after" keeps its words.
 */
const TITLE_SUFFIX_BAR = /\s+[|｜]\s+[^|]{1,60}$/u;
const TITLE_SUFFIX_DASH = /\s+[–—-]\s+(?:The\s+|Le\s+|La\s+|Les\s+|L[’'])?\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.’'&-]*|[dl][’']\p{Lu}[\p{L}\p{N}.’'&-]*|of|de|du|des|and|&)){0,4}$/u;

/** The title without a publication suffix, and the suffix (the publication's name) if there was one. */
export function splitTitle(line: string): { title: string; publication?: string } {
  const text = line.trim();
  for (const suffix of [TITLE_SUFFIX_BAR, TITLE_SUFFIX_DASH]) {
    const m = suffix.exec(text);
    if (m && m.index > 0) {
      const publication = m[0].replace(/^\s+[|｜–—-]\s+/u, '').trim();
      return { title: text.slice(0, m.index).trim(), publication };
    }
  }
  return { title: text };
}

export interface CleanedSource {
  /** The title, without the publication suffix. */
  title: string;
  /** The publication named in the title's suffix, if any. */
  publication?: string;
  /** Non-empty lines that are the author's (or the photo credit's) text, in order. */
  lines: string[];
  /** Lines removed as junk, with the rule that removed them. */
  stripped: { line: string; rule: string; lineNumber: number }[];
  /** Lines removed as the article's metadata (byline, reporting credit). */
  metadata: { line: string; rule: string; kind: 'byline' | 'credit' | 'date'; lineNumber: number }[];
}

export function cleanSource(raw: string): CleanedSource {
  const all = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const { title, publication } = splitTitle(all[0] ?? '');
  const lines: string[] = [];
  const stripped: CleanedSource['stripped'] = [];
  const metadata: CleanedSource['metadata'] = [];
  let lastLine = 0;
  all.slice(1).forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '') return;
    // The headline a "Related" or "Read more" line introduces: short, no final full stop.
    const previous = stripped.at(-1);
    if (previous?.rule === 'related links' && previous.lineNumber === lastLine && /^(?:related|read more|read also|also read|see also|lire aussi|à lire aussi|читайте также)[\s:]*$/iu.test(previous.line) && !/[.!?…]$/.test(line) && line.split(/\s+/).length <= 16) {
      stripped.push({ line, rule: 'related link (the headline after a "Related" line)', lineNumber: i + 2 });
      lastLine = i + 2;
      return;
    }
    lastLine = i + 2;
    const rule = junkRules.find((r) => r.test(line));
    if (rule) return void stripped.push({ line, rule: rule.name, lineNumber: i + 2 });
    const meta = metadataRules.find((r) => r.test(line));
    if (meta) return void metadata.push({ line, rule: meta.name, kind: meta.kind, lineNumber: i + 2 });
    lines.push(line);
  });
  return { title, ...(publication ? { publication } : {}), lines, stripped, metadata };
}

/** The author a byline names ("By Jane Doe and John Roe, Almaty" → "Jane Doe and John Roe"), if any. */
export function authorFromByline(line: string): string | undefined {
  const m = /^(?:by|par|автор:?|author:?)\s+(.+?)(?:\s*[,|–—-]\s*[^,|–—-]*)?$/iu.exec(line.trim());
  return m?.[1]?.trim() || undefined;
}
