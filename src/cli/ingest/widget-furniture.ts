/**
 * The furniture of a page's widgets, each line told alone (junk-rules.ts lists these among its own): a
 * video or audio player's labels and messages ("Play Video. Duration: 1 minute 52 seconds", "1m 52s", "Sorry, the video player failed to load."), an embed's placeholder ("Loading Twitter content",
 * "This content is not available due to your privacy preferences"), a blog's comment form ("Your email
 * address will not be published. Required fields are marked *", "Name *", "Save my name, email, and website
 * in this browser …"), the links to the previous and next article, a gallery's arrows, a link's ">>>", the
 * editors' "Why We Wrote This" label, a social network’s name alone, a
 * language's own name in a language switcher, a prompt to log in again. (The junk.ts steps that need the
 * lines around them, a player's title, a reader's comment, are page-widgets.ts's.)
 */
import { shortLineStarting, wholeLine, words, type JunkRule } from './junk-rule.ts';

/** A running time alone in minutes and seconds: "1m 52s", "4 min 10 s" (a clock's "05:12" is one only under a player: junk.ts). */
export const RUNNING_TIME = /^(?:\d{1,3}m\s?\d{1,2}s|\d{1,3}\s?min\s?\d{1,2}\s?s)$/iu;

/** A player's own line: "Play Video. Duration: 1 minute 52 seconds", "Duration: 2:14", "Sorry, the video player failed to load.(Error Code: 101102)". */
export const PLAYER_LINE = /^(?:play (?:video|audio|episode)\b[^.!?]{0,10}[.:]?\s*(?:duration\b.*)?|duration\s*:.{1,40}|watch (?:the )?video\s*:?)$|\b(?:video|media|audio) player (?:failed to load|could not load|is not supported)\b|\berror code\s*:?\s*\d+/iu;

/** An embedded post's credit line: a dash, the account's name, its @handle in brackets, the date. */
export const EMBED_CREDIT = /^[—–-]\s*[^()@]{1,60}\(@\w{1,30}\)\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}$/u;

export const widgetFurnitureRules: readonly JunkRule[] = [
  { name: 'media player (its running time)', test: (l) => RUNNING_TIME.test(l) },
  { name: 'media player', test: (l) => PLAYER_LINE.test(l) && words(l) <= 16 },
  { name: 'embed placeholder', test: (l) => /^loading (?:\p{L}+\s+){0,2}(?:content|post|tweet|video|embed)(?:\.{3}|…|\.)?$/iu.test(l) },
  { name: 'embed placeholder', test: (l) => /\b(?:content|video|embed) is not available\b.*\b(?:privacy|cookie|consent) (?:preferences|settings|choices)\b/iu.test(l) && words(l) <= 20 },
  wholeLine('cookie banner', ['allow all(?: cookies)?', 'accept all(?: cookies)?', 'reject all(?: cookies)?', 'allow cookies', 'manage cookies']),
  { name: 'comment form', test: (l) => /\brequired fields are marked\b|^your email address will not be published\b/iu.test(l) && words(l) <= 20 },
  { name: 'comment form', test: (l) => /^save my name,? email,? and website\b/iu.test(l) },
  { name: 'comment form', test: (l) => /^notify me of (?:follow-up comments|new (?:posts|comments)|replies)\b.{0,20}\bby e-?mail\.?$/iu.test(l) },
  // A form's field label with its required-field star: "Name *", "Comment *".
  { name: 'comment form', test: (l) => /^\p{Lu}[\p{L}’' -]{1,24}\s?\*$/u.test(l) && words(l) <= 4 },
  wholeLine('previous or next article', ['previous (?:article|post|story|page)', 'next (?:article|post|story|page)', '(?:←|«)\\s*previous', 'next\\s*(?:→|»)', 'article précédent', 'article suivant', 'предыдущая статья', 'следующая статья']),
  // A video player's controls and read-outs: "Loaded: 0%", "Current Time 0:00", "Duration Time 1:32", "Fullscreen", "Need Text".
  wholeLine('media player (its controls)', ['loaded:\\s*\\d+%', 'progress:\\s*\\d+%', 'current time\\s*\\d+:\\d+', 'duration(?: time)?\\s*\\d+:\\d+', 'remaining time\\s*-?\\d+:\\d+', 'full ?screen', 'exit full ?screen', 'need text', 'mute', 'unmute', 'play', 'pause', 'skip', 'replay', 'scroll down for (?:video|more)']),
  // A control's stray mark on a line of its own: "/" between a player's times.
  { name: 'stray mark (a control’s)', test: (l) => /^[/|\\·•]$/u.test(l) },
  // A weather strip in a masthead: "Friday, Jan 14th 2022 10AM 4°C 1PM 7°C 5-Day Forecast".
  { name: 'weather widget', test: (l) => (/\d\s?°\s?[CF]\b/u.test(l) || /\bforecast$/iu.test(l)) && words(l) <= 20 && !/[.!?]$/u.test(l) && /\d/u.test(l) },
  // A photo's agency alone under its caption: "REUTERS", "AFP via Getty Images".
  wholeLine('photo credit (an agency alone)', ['reuters', 'afp', 'ap', 'ap photo', 'epa', 'epa-efe', 'getty images', 'afp via getty images', 'tass', 'sputnik', 'shutterstock', 'alamy', 'pa', 'pa wire', 'anadolu agency']),
  // A comments box's controls and notices: "Share what you think", "Newest", "Best rated", "The comments below have not been moderated.".
  wholeLine('comment controls', ['share what you think', 'newest', 'oldest', 'best rated', 'worst rated', 'most popular', 'view all', 'click to rate', 'load more', 'add your comment']),
  { name: 'comments notice', test: (l) => /^the comments below have not been moderated\b/iu.test(l) && words(l) <= 20 },
  // A commenter with their place and the time on one line: "Tom_of_Kent, Maidstone, United Kingdom, 3 hours ago".
  { name: 'commenter (name, place and time)', test: (l) => /^[^\s,]{2,30}(?:,\s+[^,.!?]{2,40}){0,3},\s+(?:\d+|an?)\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago$/iu.test(l) },
  // A gallery's or a carousel's arrows alone: "Previous", "Next".
  wholeLine('gallery or carousel control', ['previous', 'prev', 'next', 'précédent', 'suivant']),
  // A link's arrows after it: "EURACTIV is part of the Trust Project >>>", "Read the full report »»".
  { name: 'link (arrows after it)', test: (l) => /(?:>{2,}|»{2,})$/u.test(l) && words(l) <= 14 && !/[“”"«]/u.test(l) },
  // The editors' label over their note on why a story was written: "Why We Wrote This".
  wholeLine('editors’ label (why the story was written)', ['why we wrote this', 'why we(?: are|[’\']re) (?:writing|covering|reporting) this']),
  wholeLine('social link (a network’s name)', ['instagram', 'youtube', 'tiktok', 'threads', 'bluesky', 'mastodon', 'rss(?: feed)?', 'connect with (?:\\p{Lu}\\S*\\s*){1,4}']),
  // A language's own name alone, in a switcher: "Русский", "Français", "Қазақша".
  wholeLine('language switcher', ['english', 'français', 'español', 'deutsch', 'русский', 'қазақша', 'қазақ тілі', 'кыргызча', 'oʻzbekcha', 'o‘zbekcha', 'українська', 'türkçe', '中文', 'العربية', 'فارسی']),
  wholeLine('language switcher', ['(?:also )?available in', 'read (?:this|it) in', 'other languages']),
  { name: 'log-in notice', test: (l) => /\b(?:to be (?:automatically )?logged in|refresh (?:the|your) (?:page|browser))\b/iu.test(l) && words(l) <= 24 },
  wholeLine('gallery label', ['open this photo in gallery:?', 'open (?:this )?(?:image|photo) in (?:a )?(?:gallery|new window|full screen)', 'view (?:this )?(?:image|photo) in gallery', 'enlarge (?:this )?(?:image|photo)']),
  // "RUSSIAN DEFENCE MINISTRY/Reuters": a source in capitals and an agency.
  { name: 'photo credit (name/agency)', test: (l) => /^\p{Lu}[\p{Lu}\s.'’&-]{2,40}\/\p{Lu}[\p{L}\s.'’&-]{1,30}$/u.test(l) && words(l) <= 8 },
  // "Also Watch | Russian paratroopers guard …", "Also Read | …": a link's label and its headline.
  { name: 'related links (the label and a headline)', test: (l) => /^(?:also (?:read|watch|see)|watch|read|see also|must read)\s*[|:]\s+\S/iu.test(l) && words(l) <= 30 && !/[.!]$/u.test(l) },
  // A channel's promotion: "Kun.uz English is now on Telegram. Subscribe to get the news first: t.me/kunuz_english".
  { name: 'channel promotion', test: (l) => /\b(?:t\.me\/|is now on (?:telegram|whatsapp|instagram|youtube|tiktok)\b|our (?:telegram|whatsapp) channel)/iu.test(l) && words(l) <= 30 },
  { name: 'licence notice', test: (l) => /\bcreative commons\b|\bCC BY(?:-[A-Z]{2})*\b/iu.test(l) && !/\brepublish/iu.test(l) && words(l) <= 40 && !/[“”«»]/u.test(l) },
  { name: 'site sign-off', test: (l) => /^get (?:the )?latest\b.{0,80}\bnews\b/iu.test(l) && words(l) <= 25 && !/[“”"«»]/u.test(l) },
  // A comment community's welcome and a follow box: "Welcome to The Globe and Mail’s comment community.", "Authors and topics you follow will be added to your personal news feed".
  { name: 'comments notice', test: (l) => /^welcome to (?:the )?(?:\p{Lu}[\p{L}’'.]*\s+){0,4}(?:comment|commenting|reader) community\b/iu.test(l) && words(l) <= 60 },
  { name: 'follow-us blurb', test: (l) => /\b(?:authors?|topics?) you follow\b|\bfollow (?:related )?(?:authors?|topics?)(?: and (?:authors?|topics?))?\b/iu.test(l) && words(l) <= 25 },
  // A browser's notification prompt: "Be the first to know" / "Get browser notifications for breaking news, …" / "Not Now" / "Turn On".
  wholeLine('notification prompt', ['be the first to know', 'not now', 'turn on(?: notifications)?', 'allow notifications', 'no thanks']),
  { name: 'notification prompt', test: (l) => /^get (?:browser|push|desktop|instant) (?:notifications|alerts)\b/iu.test(l) && words(l) <= 20 },
  // A share button read out with its icon's name: "Facebook icon", "Email icon".
  { name: 'share button', test: (l) => /^(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|reddit|flipboard|print|copy link|link) icon$/iu.test(l) },
  // A sign-up form's small print: "By signing up, you will receive emails about … and you agree to our terms …".
  { name: 'newsletter box (its small print)', test: (l) => /^by (?:signing up|subscribing|clicking|submitting|registering)\b.*\b(?:e-?mails?|newsletters?|terms|privacy)\b/iu.test(l) && words(l) <= 60 && !/[“”"«»]/u.test(l) },
  // A help link in the footer: "Need help? Reach us here.".
  { name: 'footer link', test: (l) => /^need help\?\s/iu.test(l) && words(l) <= 8 && !/[“”"«»]/u.test(l) },
  // An embedded post's credit: "— MFA Kazakhstan (@MFA_KZ) March 8, 2022" (junk.ts takes the post's text above it too).
  { name: 'embedded post (its credit)', test: (l) => EMBED_CREDIT.test(l) },
  shortLineStarting('news tip box', ['got a (?:news )?tip', 'have a (?:news )?tip', 'send us (?:a|your) (?:news )?tip'], 8),
];
