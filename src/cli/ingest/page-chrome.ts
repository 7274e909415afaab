/**
 * Page chrome around an article (junk.ts applies these with its own rules):
 * the cookie banner, skip links, breadcrumbs and site navigation, footer
 * links, paywall and sign-up form furniture, a broadcaster's transcript
 * notices, and a forum thread's furniture (vote counts, "level 2", "Reply",
 * "5 days ago", badges, community sidebars). Each line is tested alone;
 * junk.ts adds what needs the lines around it (a commenter's name above its
 * timestamp, navigation among other furniture, lines above the title).
 */
import { control, shortLineStarting, wholeLine, type JunkRule } from './junk-rule.ts';

/** "5 days ago", "· 5 days ago", "OP · 2 h ago", "steppe_watcher · 3y ago · edited", "il y a 2 jours", "3 дня назад". */
export const RELATIVE_TIME = new RegExp(
  String.raw`^(?:[\p{L}\p{N}_.\-\[\]]{1,30}\s*)?[·•|]?\s*(?:(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago|just now)(?:\s*[·•]\s*edited(?:\s+\S+\s+ago)?)?$|^il y a \d+ \p{L}+$|^\d+\s+\p{L}+\s+назад$`,
  'iu',
);

export const pageChromeRules: readonly JunkRule[] = [
  {
    name: 'cookie banner',
    test: (l) => /\bcookies?\b/iu.test(l) && /\b(?:we|our|accept|consent|partners|device|brows\w*|privacy|settings|preferences)\b/iu.test(l) && l.split(/\s+/).length <= 80,
  },
  control('cookie banner', [
    'we value your privacy', 'your privacy(?: choices| matters)?', 'accept(?: all)?(?: cookies)?', 'reject(?: all)?(?: cookies)?', 'decline(?: all)?', 'agree(?: and close)?',
    'i (?:agree|accept)', 'got it', 'manage (?:cookies|preferences|choices|options|settings|consent)', 'privacy (?:settings|preferences|choices)', 'customi[sz]e(?: settings)?',
    'more options', 'accepter(?: et fermer| tout)?', 'tout accepter', 'refuser(?: tout)?', 'paramétrer(?: les cookies)?', 'принять(?: все)?',
  ]),
  control('skip link', ['skip to (?:the )?(?:main )?content', 'skip to (?:the )?navigation', 'skip navigation', 'aller au contenu(?: principal)?', 'перейти к содержанию']),
  {
    // "Home › Research › Policy Briefs", "Accueil > Monde": a trail of short links.
    name: 'breadcrumb trail',
    test: (l) => {
      const parts = l.split(/\s*[›»>]\s*/);
      return parts.length >= 2 && parts.every((p) => p !== '' && p.split(/\s+/).length <= 4 && !/[.!?]$/.test(p)) && l.split(/\s+/).length <= 16;
    },
  },
  control('footer link', [
    'privacy(?: policy| notice| statement)?', 'terms(?: (?:of|and) (?:use|service|conditions))?', 'terms & conditions', 'cookie (?:policy|settings|preferences)', 'about(?: us)?',
    'contact(?: us)?', 'media(?: (?:enquiries|inquiries|centre|center|room))?', 'press(?: room| office| enquiries)?', 'imprint', 'impressum', 'accessibility(?: statement)?', 'sitemap', 'careers', 'advertise(?: with us)?', 'legal(?: notice)?', 'mentions légales',
    'politique de confidentialité', 'nous contacter', 'qui sommes-nous', 'контакты', 'о нас', 'политика конфиденциальности',
    'report an? (?:editorial )?(?:error|typo|mistake|correction)', 'report a (?:technical )?(?:issue|problem)', '(?:editorial )?code of conduct', 'editorial (?:standards|guidelines|policies)', 'found a mistake\\??', 'нашли ошибку\\??',
  ]),
  control('save button', ['add to (?:your |my )?(?:selections|favou?rites|reading list|bookmarks|saved articles)', 'save(?: (?:article|story|for later))?', 'saved']),
  control('broadcast navigation', ['watch live', 'live tv', 'watch now', 'on air', 'tv schedule', 'listen live']),
  shortLineStarting('paywall', [
    'read without limits', 'subscribe to (?:continue|keep) reading', 'to (?:continue|keep) reading', 'continue reading', 'keep reading', 'unlock (?:this|full|unlimited)',
    'get unlimited', 'unlimited (?:digital )?access', 'already have an account', 'log in', 'login', 'sign in', 'create (?:a )?(?:free )?account', 'register (?:now|for free|to)',
    'already (?:registered|a subscriber|subscribed)\\??', 'you(?: have|[’\']ve) read \\d+ of (?:your )?\\d+ (?:free )?(?:articles|stories)', 'you have \\d+ free articles?',
    '(?:\\p{Lu}[\\p{L}]*\\s+){1,4}is (?:currently )?being read on another device', 'you can read (?:\\p{Lu}[\\p{L}]*\\s+){1,4}on one device at a time', 'why do you see this message',
  ], 14),
  wholeLine('sign-up form field', ['email address', 'your email(?: address)?', 'enter your email(?: address)?', 'first name', 'last name', 'adresse e-?mail']),
  // A comment form: "Add a comment", "Your name", "Submit", "Post comment".
  wholeLine('comment form', ['add a comment', 'post (?:a )?comment', 'your name', 'your (?:name|comment) \\(required\\)', 'name \\(required\\)', 'website', 'submit', 'submit comment', 'cancel reply']),
  // "Get The Interpreter in your inbox", "Get our newsletter in your inbox": a newsletter's box.
  { name: 'newsletter box', test: (l) => /^(?:get|receive|have)\s+(?:\S+\s+){1,5}(?:in|to|straight to|delivered to)\s+your\s+inbox\b/iu.test(l) && l.split(/\s+/).length <= 14 },
  // "Central Asia In Focus: the week's most important stories …, delivered to your inbox.": a newsletter's pitch.
  { name: 'newsletter box', test: (l) => /\b(?:delivered|sent|straight) (?:straight )?to your inbox\b|\bdelivered (?:\S+\s+){1,5}to your inbox\b/iu.test(l) && l.split(/\s+/).length <= 40 && !/[“”"«»]/u.test(l) },
  wholeLine('citation link', ['cite this(?: \\p{L}+)?', 'how to cite(?: this \\p{L}+)?', 'citer cet article']),
  { name: 'transcript notice', test: (l) => /\brush transcript\b|\bmay not be in its final form\b|\btranscript (?:has been|was) (?:machine|auto)/iu.test(l) && l.split(/\s+/).length <= 30 },
  // (And a clip's start and end: "(BEGIN VIDEO CLIP)", "(END VIDEOTAPE)".)
  { name: 'broadcast break', test: (l) => /^[([](?:commercial break|break|ad break|music|applause|laughter|crosstalk|inaudible|(?:begin|end) (?:video|audio|sound)?\s?(?:clip|tape|videotape|audiotape))[)\]]$/iu.test(l) },
  { name: 'relative timestamp', test: (l) => RELATIVE_TIME.test(l) },
  control('comment controls', [
    'reply', 'report', 'permalink', 'embed', 'give award', 'award', 'level \\d+', 'upvote', 'downvote', 'vote', '(?:\\d+ )?more repl(?:y|ies)', 'continue this thread',
    'view (?:all|more|entire) (?:comments?|replies|discussion)', '(?:load|show) more (?:comments|replies)', 'view parent comment', 'hide replies', 'répondre', 'signaler', 'ответить',
  ]),
  shortLineStarting('comment controls', ['sort by', 'sorted by', 'trier par'], 6),
  control('forum badge', ['verified(?: expert| account| user| professional)?', 'moderator', 'mod', 'op', 'original poster', 'top (?:contributor|commenter)', 'admin', 'pinned', 'stickied(?: comment)?', 'edited']),
  { name: 'deleted comment', test: (l) => /^\[(?:deleted|removed)\]$/iu.test(l) },
  {
    name: 'community counter',
    test: (l) => /^[\d.,]+\s*[kKmM]$/u.test(l)
      || /^(?:members|online|subscribers|followers|readers|upvotes|points|likes|votes|karma)\s*:?\s*[\d.,]+\s*[kKmM]?$/iu.test(l)
      || /^[\d.,]+\s*[kKmM]?\s+(?:members|online|subscribers|followers|points|upvotes|likes|votes|karma)$/iu.test(l),
  },
  control('community sidebar', ['about (?:this )?community', 'community (?:info|rules)', 'related communities', 'create post', 'join(?: community)?', 'joined']),
  { name: 'forum or user handle', test: (l) => /^(?:r|u)\/[A-Za-z0-9_-]{2,21}$/u.test(l) },
];
