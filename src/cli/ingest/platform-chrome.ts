/**
 * Furniture of publishing platforms and official sites (junk.ts applies
 * these with its own rules): a blogging or newsletter platform's app and
 * reader controls ("Open in app", "Follow", "Restack", a clap appeal), rule
 * lines ("___", "--", "·"), a wire's copyright notice, a live blog's
 * "Updated at 16.31 GMT", "Please turn on JavaScript …", an official site's
 * "Version for the visually impaired", language switcher and slash
 * breadcrumb, a "Source: X and news agencies" credit, a postal address; and,
 * reading the lines around them (pageContext), the title repeated under
 * itself and a byline without "By" above the date.
 */
import type { CleanedSource } from './junk.ts';
import { control, endsInInitials, foldTitle, words, type JunkRule } from './junk-rule.ts';
import { NAMES_LINE, PERSON_NAME } from './metadata.ts';
import { numberedLines, withoutLines } from './numbered-lines.ts';


/** Languages as a site's switcher names them. */
const LANGUAGE = /^(?:english|eng|en|русский|рус|ru|қазақша|қазақ тілі|қаз|kz|kk|kazakh|russian|français|french|fr|deutsch|de|español|es|italiano|türkçe|tr|o[ʻ‘'’]?zbek(?:cha)?|ўзбекча|uz|кыргызча|кыргыз тили|ky|kg|тоҷикӣ|tj|українська|ua|中文|العربية|فارسی|polski|pl)$/iu;
/** The home page, first in a breadcrumb trail: "Main / Press service / News". */
const HOME = /^(?:main|home|homepage|main page|главная|басты бет|басты|accueil|startseite|inicio)$/iu;

export const platformChromeRules: readonly JunkRule[] = [
  control('platform controls', [
    'open in app', 'get the app', 'download the app', 'sign up', 'write', 'start writing', 'follow', 'following', 'like', 'liked',
    'restack', 'restacks', 'clap', 'claps', 'listen', 'text to speech', 'teams', 'blog', 'help', 'status', 'press',
    'reuse this content', 'show notes', 'episode notes', '(?:video|audio) ?player(?: ?close)?', 'view in browser', 'member-only story', 'highlight', 'respond', 'responses',
  ]),
  { name: 'rule line', test: (l) => /^[\s_\-–—*·•=~]+$/u.test(l) && !/^\*\s*\*\s*\*$/.test(l) },
  {
    name: 'applause or follow appeal',
    test: (l) => /\b(?:give (?:it|this|me) (?:a )?(?:clap|like|heart)|clap for|hit the (?:like|clap|heart)|follow me for more|follow me on|if you (?:enjoyed|liked) this)\b/iu.test(l) && words(l) <= 30,
  },
  {
    name: 'reading-list or share prompt',
    test: (l) => /^(?:save (?:articles?|stories|this) (?:to|for) read(?:ing)? later|add (?:this )?to (?:your |my )?reading list|click here to share|tap (?:here )?to share|bookmark this)\b/iu.test(l) && words(l) <= 16,
  },
  { name: 'JavaScript notice', test: (l) => /\b(?:turn on|enable|activate) javascript\b|\bjavascript (?:is )?(?:required|disabled|must be enabled)\b/iu.test(l) && words(l) <= 20 },
  { name: 'live-blog update stamp', test: (l) => /^(?:updated|last updated|mis à jour|обновлено)\s+(?:at\s+|à\s+|в\s+)?\d{1,2}[.:h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/iu.test(l) },
  { name: 'source credit', test: (l) => /^(?:source|sources|with|avec)\s*:?\s+[^.]{2,60}\b(?:news agencies|agencies|wire services|wires)$/iu.test(l) || /^sources?\s*:\s*\p{Lu}[^.]{1,50}$/u.test(l) && words(l) <= 8 },
  // A map's or a chart's source: "Source: own elaboration based on data from the Ministry of Defence …".
  { name: 'source credit', test: (l) => /^sources?\s*:\s*(?:own (?:elaboration|calculations?|compilation)|(?:the )?authors?['’]s? (?:own )?(?:elaboration|calculations?|compilation)|based on|data from)\b/iu.test(l) && words(l) <= 30 && !/[“”"«»]/u.test(l) },
  control('version for the visually impaired', ['version for the visually impaired', 'for the visually impaired', 'visually impaired version', 'accessible version', 'high contrast(?: version)?', 'версия для слабовидящих', 'нашар көретіндерге арналған нұсқа']),
  {
    name: 'language switcher',
    test: (l) => {
      const parts = l.split(/\s*[|/·•]\s*|\s{2,}/).filter(Boolean);
      return parts.length >= 2 && parts.every((p) => LANGUAGE.test(p));
    },
  },
  {
    name: 'breadcrumb trail',
    test: (l) => {
      const parts = l.split(/\s+\/\s+/);
      return parts.length >= 2 && HOME.test(parts[0]!) && parts.every((p) => words(p) <= 4 && !/[.!?]$/.test(p)) && words(l) <= 14;
    },
  },
  {
    name: 'publisher credit',
    test: (l) => /^(?:[Pp]ublished|[Pp]owered|[Dd]esigned|[Dd]eveloped|[Dd]istributed)\s+by\s+\p{Lu}/u.test(l) && words(l) <= 25,
  },
  { name: 'advertisement', test: (l) => /(?<![\p{L}])(?:advertisement|advert|publicité|publicidad|anuncio|реклама|werbung)(?![\p{L}])/iu.test(l) && words(l) <= 6 && !/[.!?]$/u.test(l) },
  { name: 'paywall', test: (l) => /\bavailable (?:only )?to (?:patrons|paying subscribers|subscribers|members|supporters|premium members)\b/iu.test(l) && words(l) <= 20 },
  { name: 'media player', test: (l) => /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$/u.test(l) },
  control('media player', ['play', 'pause', 'play episode', 'play video', 'rss', 'rss feed', 'mute', 'unmute']),
  { name: 'web address alone', test: (l) => /^(?:https?:\/\/|www\.)[^\s]+$/iu.test(l) },
  { name: 'rights or identifier line', test: (l) => /^(?:all rights reserved|tous droits réservés|todos los derechos reservados|все права защищены)\.?$/iu.test(l) || /^(?:ISBN|ISSN|DOI|e-ISBN)(?:-1[03])?\s*:?\s*[\d\dX./-]{6,}/iu.test(l) },
  { name: 'photo credit', test: (l) => /^(?:cover|front|lead|header|main|top|title)\s+(?:photo|image|picture|illustration)(?:\s+credit)?\s*:/iu.test(l) && words(l) <= 30 },
  { name: 'copyright line', test: (l) => /^(?:©|\(c\)|copyright\b)/iu.test(l) && /\ball rights reserved\b|\bmay not be (?:published|reproduced|redistributed|copied)\b/iu.test(l) && words(l) <= 45 },
  {
    name: 'postal address',
    test: (l) => /^\d{1,6}\s+(?:\p{Lu}[\p{L}.'-]*\s+){1,5}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Square|Place|Way)\b[^.!?]*,[^.!?]*(?:\b[A-Z]{2}\s+\d{5}(?:-\d{4})?|\b\d{5,6}|\b[A-Z]{1,2}\d[\dA-Z]?\s*\d[A-Z]{2})$/u.test(l) && words(l) <= 20,
  },
];

/** The lines before the text starts: until the first sentence, or the first line this long. */
const TEXT_STARTS = 20;
/** How many furniture lines may stand between a byline and its date. */
const BYLINE_GAP = 4;

/**
 * What only the lines around it show: before the text starts, the title
 * repeated under itself and a line of names whose date line follows, only furniture between (a byline
 * without "By"). Moves them from the cleaned text to the stripped lines or
 * the metadata; `all` is the raw text's lines.
 */
export function pageContext(cleaned: CleanedSource, all: readonly string[]): CleanedSource {
  const removed = new Map<number, { kind: 'junk'; rule: string } | { kind: 'byline'; rule: string }>();
  const strippedAt = new Set(cleaned.stripped.map((s) => s.lineNumber));
  const dateAt = new Set(cleaned.metadata.filter((m) => m.kind === 'date').map((m) => m.lineNumber));
  const body = numberedLines(cleaned);
  // (Or its part after a kicker's colon: "Why Russian paratroopers …" under "Unrest in Kazakhstan: Why Russian paratroopers …".)
  const titleTail = /^[^:]{3,40}:\s+(.{12,})$/u.exec(cleaned.title)?.[1];
  const isTitle = (line: string) => foldTitle(line) === foldTitle(cleaned.title) || (titleTail !== undefined && foldTitle(line) === foldTitle(titleTail));
  for (const [k, b] of body.entries()) {
    if (removed.has(b.lineNumber)) continue;
    // (A title that asks ends in "?" as a sentence does.)
    // (Or over two lines, a kicker above its headline: "Calling in the cavalry" / "Why Kazakhstan’s president …" under "Calling in the cavalry Why …".)
    const twoLines = body[k + 1] !== undefined && foldTitle(`${b.line} ${body[k + 1]!.line}`) === foldTitle(cleaned.title);
    if (isTitle(b.line) || twoLines) {
      removed.set(b.lineNumber, { kind: 'junk', rule: 'the title repeated' });
      if (twoLines) removed.set(body[k + 1]!.lineNumber, { kind: 'junk', rule: 'the title repeated' });
      // What stands between the title line and its repetition, no sentence yet, is the page's (a tagline, a section).
      for (const above of body) if (above.lineNumber < b.lineNumber && !removed.has(above.lineNumber)) removed.set(above.lineNumber, { kind: 'junk', rule: 'page chrome (above the title repeated)' });
      // Names one a line right under it, furniture or the date under them ("Tomasz Wieczorek" / "Agata Kalinowska" / "Share"): the byline without "By".
      const names = [];
      for (let j = k + (twoLines ? 2 : 1); body[j] && PERSON_NAME.test(body[j]!.line) && body[j]!.lineNumber === (names.at(-1)?.lineNumber ?? body[k + (twoLines ? 1 : 0)]!.lineNumber) + 1; j++) names.push(body[j]!);
      const under = names.length > 0 ? all.slice(names.at(-1)!.lineNumber).findIndex((l) => l.trim() !== '') + names.at(-1)!.lineNumber + 1 : -1;
      if (names.length > 0 && (strippedAt.has(under) || dateAt.has(under))) for (const n of names) removed.set(n.lineNumber, { kind: 'byline', rule: 'byline (names under the title repeated)' });
      continue;
    }
    if (words(b.line) > TEXT_STARTS || (/[.!?…]["”’»]?$/u.test(b.line) && !endsInInitials(b.line))) break;
    if ([PERSON_NAME, NAMES_LINE].some((r) => r.test(b.line.replace(/\s*\([^)]*\)/g, '')))) {
      const after = all.slice(b.lineNumber).map((l, j) => ({ line: l.trim(), n: b.lineNumber + j + 1 })).filter((x) => x.line !== '').slice(0, BYLINE_GAP + 1);
      const date = after.findIndex((x) => dateAt.has(x.n));
      if (date >= 0 && after.slice(0, date).every((x) => strippedAt.has(x.n))) removed.set(b.lineNumber, { kind: 'byline', rule: 'byline (names above the date)' });
    }
  }
  if (removed.size === 0) return cleaned;
  const stripped = [...cleaned.stripped];
  const metadata = [...cleaned.metadata];
  for (const b of body) {
    const r = removed.get(b.lineNumber);
    if (r?.kind === 'junk') stripped.push({ line: b.line, rule: r.rule, lineNumber: b.lineNumber });
    else if (r) metadata.push({ line: b.line, rule: r.rule, kind: 'byline', lineNumber: b.lineNumber });
  }
  stripped.sort((a, b) => a.lineNumber - b.lineNumber);
  metadata.sort((a, b) => a.lineNumber - b.lineNumber);
  return { ...withoutLines(cleaned, new Set(body.filter((b) => removed.has(b.lineNumber)).map((b) => b.index))), stripped, metadata };
}
