/**
 * The line rules of scraping junk (src/cli/ingest/junk.ts applies them): each names the kind of page furniture
 * a whole line is (share and subscribe buttons, newsletter and advertising blurbs, counters, download and
 * language rows, calls to the reader, photo credits…), in English and the common French, Russian and Spanish
 * equivalents, beside the platforms' (platform-chrome.ts) and the page's own (page-chrome.ts). A table: one
 * rule per entry, its name what the ingest report lists for each line it removes.
 */
import { shortLineStarting, wholeLine, words, type JunkRule } from './junk-rule.ts';
import { pageChromeRules } from './page-chrome.ts';
import { newsFurnitureRules } from './news-furniture.ts';
import { platformChromeRules } from './platform-chrome.ts';
import { mediaFurnitureRules } from './media-furniture.ts';
import { siteFurnitureRules } from './site-furniture.ts';
import { publisherNoticeRules } from './publisher-notices.ts';
import { widgetFurnitureRules } from './widget-furniture.ts';

const NETWORKS = String.raw`(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|reddit|vk|vkontakte|ok|odnoklassniki|ok\.ru|flipboard|pinterest|messenger)`;

export const junkRules: readonly JunkRule[] = [
  // (Or with spaces between thousands, a view counter: "12 488".)
  { name: 'lone counter (share or comment count)', test: (l) => /^\d+$|^\d{1,3}(?:[\s\u00a0\u202f]\d{3})+$/u.test(l) },
  ...platformChromeRules,
  ...pageChromeRules,
  ...mediaFurnitureRules,
  ...widgetFurnitureRules,
  { name: 'subscription blurb', test: (l) => /click here to (register|subscribe)/i.test(l) },
  wholeLine('share button', [
    'share',
    'share this( \\p{L}+)?',
    'share (?:the )?(?:full )?(?:article|story|page|post)',
    'share on( \\S+){1,3}',
    `${NETWORKS}((\\s*[|·,/]\\s*|\\s+)${NETWORKS})*`,
    'partager( cet article| sur \\S+)?',
    'tweeter',
    'tweet( this)?',
    'envoyer( par e-?mail| à un ami)?',
    'email this( \\p{L}+)?',
    'поделиться',
    'copy link( copied)?',
    'copy(?:\\s*/\\s*|\\s+(?:and|&)\\s+)paste (?:the|this) link(?: below)?(?: to share(?: this \\p{L}+)?)?',
    'share (?:via|with|article|story)',
    'share this via( \\S+){1,2}',
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
    'start the conversation',
    'interact with (?:\\p{Lu}\\S*\\s*){1,4}',
    'join the comment community',
    '(?:show|view|see|read|load)(?: all)? (?:\\d+ )?comments',
    '(\\d+\\s+)?commentaires?',
    'laisser un commentaire',
    '(\\d+\\s+)?комментари[йяи]',
    '(\\d+\\s+)?comentarios?', 'deja (?:un|tu) comentario',
  ]),
  shortLineStarting('subscription or newsletter blurb', [
    'subscribe', 'subscribed$',
    'sign up',
    'sign in to',
    'get our newsletter',
    'newsletter',
    '(?:weekly|daily|free|our) newsletters?$',
    'get briefed on',
    'catch up on (?:the|all the) (?:biggest|top|latest|best)\\b.*\\bnewsletter',
    'join our newsletter',
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
  wholeLine('advertisement', ['advertisement', 'advertising', 'advert', 'sponsored( content)?', 'publicité', 'pub', 'реклама', 'ad']),
  shortLineStarting('related links', [
    'related( \\p{L}+)?',
    'explore (?:our )?related (?:content|research|articles|stories|publications)$', 'read more (?:with|from|at)(?: \\S+){1,3}$',
    'speakers', 'panelists', 'panellists', 'participants', 'don[’\']t miss$', 'popular$', '(?:more )?must[- ]reads?(?: from(?: \\S+){1,3})?$',
    'what we[’\']re reading',
    '(?:further|recommended|more) reading',
    'most (read|popular|viewed|shared)',
    'you (may|might) also like',
    'more stories',
    'top stories',
    'trending(?: now| stories)?$',
    'readers[’\']? choice$',
    'editor[’\']?s[’\']? picks?$',
    'les plus lus',
    'самое читаемое',
    'on the same (?:topic|subject)',
    'more on\\s*:',
    'read more',
    'read next',
    'more (?:columns|articles|stories|posts|pieces) (?:by|from)',
    'up next',
    'all news',
    'more news',
    'back to news',
    'все новости',
    'toutes les actualités',
    'just in(?:\\.{3}|…)?',
    'go deeper\\s*:',
    'read also',
    'read\\s*:',
    'also read',
    'see also',
    'more on this',
    'more on (?:the |this )?(?:topic|subject|story|issue)',
    'more from',
    'explore more on (?:these|this) topics?',
    'follow the topics in this (?:article|story)',
    'browse today[’\']s tags',
    'read more on',
    'promoted content',
    'more about(?:\\s*\\p{Lu}[\\p{L}-]*)?',
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
  shortLineStarting('tags', ['tags?\\s*:', 'tagged\\s*:', 'filed (?:in|under)\\s*:?', 'archived (?:in|under)\\s*:?', 'categor(?:y|ies)\\s*:', 'archivado en\\s*:?', 'classé dans\\s*:?', 'topics?\\s*:', 'keywords\\s*:', 'mots[- ]clés\\s*:', 'thèmes\\s*:', 'теги\\s*:', 'метки\\s*:', 'etiquetas\\s*:', 'temas\\s*:', 'palabras clave\\s*:', 'areas of (?:expertise|interest)\\s*:', 'subjects?\\s*:'], 30),
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
  wholeLine('audio player', ['listen to (?:this |the )?(?:article|story)', 'listen', 'écouter cet article', 'écouter', 'слушать( статью)?', 'play audio']),
  shortLineStarting('follow-us blurb', ['follow us', 'follow the author', 'follow this author', 'suivez-nous', 'подписывайтесь на нас', 'like us on']),
  { name: 'follow-us blurb', test: (l) => new RegExp(String.raw`^(?:follow|join|suivez|rejoignez)\b.{0,40}\b(?:on|sur)\s+${NETWORKS}\b`, 'iu').test(l) && l.split(/\s+/).length <= 12 },
  { name: 'view counter', test: (l) => /^(?:(?:views|vues|lectures|просмотр\p{L}*)\s*:?\s*[\d\s,.]+|[\d\s,.]+\s+(?:views|vues|просмотр\p{L}*))$/iu.test(l) },
  { name: 'error-report blurb', test: (l) => /ctrl\s*\+\s*enter/iu.test(l) && l.split(/\s+/).length <= 16 },
  {
    name: 'donation appeal',
    test: (l) => /\b(?:donate|support (?:our|independent) (?:journalism|work)|support our work|support the (?:show|podcast|channel|newsletter|blog|site)|patreon\.com|buymeacoffee\.com|ko-fi\.com|become a (?:member|supporter|patron)|^join (?:today|now|us today)$|faire un don|soutenez|поддержать|поддержите)\b/iu.test(l) && l.split(/\s+/).length <= 16,
  },
  // "Support Novaya Gazeta Europe": a button naming the publication (capitalised words only, no sentence).
  { name: 'donation appeal', test: (l) => /^Support\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}$/u.test(l) },
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
  // (Its running time under it: "(6 minutes)".)
  { name: 'audio player', test: (l) => /^\(\d{1,3}\s*(?:min(?:ute)?s?|mins?)\.?\)$/iu.test(l) },
  // "Follow all AP stories on the unrest in Kazakhstan at https://apnews.com/hub/kazakhstan.": a link to the site's page on the story.
  { name: 'coverage link (the site’s page on the story)', test: (l) => /^follow (?:all |our |the )?(?:\p{Lu}\S*\s+)?(?:stories|coverage|news|updates|reporting)\b.{0,80}\bat\s+https?:\/\/\S+$/iu.test(l) && words(l) <= 25 },
  // "For more Human Rights Watch reporting on Kazakhstan, please visit: https://…": the same.
  { name: 'coverage link (the site’s page on the story)', test: (l) => /^for more\b.{0,80}\b(?:reporting|coverage|news|stories|analysis|information)\b.{0,60}\b(?:visit|see|go to)\s*:?\s*https?:\/\/\S+$/iu.test(l) && words(l) <= 30 },
  // "Write to X at x@wsj.com and Y at y@wsj.com": the authors' addresses, not the text's.
  { name: 'contact line (the authors’ addresses)', test: (l) => /^(?:write to|contact|e-?mail)\s+\p{Lu}.{0,120}@[\w.-]+\.\p{L}{2,}/iu.test(l) && words(l) <= 30 && !/[“”"«»]/u.test(l) },
  { name: 'audio player', test: (l) => /^(?:listen to this (?:article|story)|écouter cet article|слушать статью)\b.{0,24}$/iu.test(l) },
  // (Or the print edition's section and headline: "This article appeared in the Asia section of the print edition under the headline …".)
  { name: 'print edition line', test: (l) => /^(?:a version of this (?:article|story|essay) appear(?:s|ed) in print|(?:this (?:article|story|essay) )?appeared in the\b[^.!?]{0,60}\bprint edition|cet article est paru dans l[’']édition)\b/iu.test(l) },
  shortLineStarting('recording or transcript link', ['watch (?:the )?(?:recording|video|replay|livestream)', 'listen to (?:the )?(?:recording|podcast)', 'download (?:the )?(?:transcript|recording|slides|report)'], 10),
  { name: 'hashtags', test: (l) => /^(?:#[\p{L}\p{N}_]+\s*)+$/u.test(l) },
  wholeLine('chat link', ['discussion in the chat', 'join the (?:chat|discussion)', 'обсуждение в чате', 'обсудить в чате']),
  shortLineStarting('photo credit', ['photo\\s*:', 'photos?\\s+by', 'фото\\s*:', 'crédit photo', 'photo credit'], 8),
  shortLineStarting('text-size control', ['font size', 'text size', 'taille du texte', 'размер шрифта'], 8),
  {
    name: 'disclaimer',
    test: (l) => /^(?:note|disclaimer)\s*:|views expressed (?:here )?are (?:the )?\S+ own|views expressed in this \p{L}+ are (?:those of )?(?:the authors?[’']s?|their authors?[’']s?)|views (?:expressed )?(?:here )?(?:are|of) (?:those of )?the authors?|gives the views of the authors?|do not (?:necessarily )?(?:reflect|represent) (?:the (?:views|position)|those of)/iu.test(l) && l.split(/\s+/).length <= 40 && /\bviews?\b|\bposition\b|\bopinions?\b/iu.test(l),
  },
  { name: 'publisher boilerplate', test: (l) => /^\p{Lu}[\p{L}\s.'’-]{2,40} is (?:a|an) (?:project|publication|service|programme|program|initiative|product) of\b/u.test(l) && l.split(/\s+/).length <= 20 },
  { name: 'republication notice', test: (l) => /\brepublish\w*|\brepublication\b/iu.test(l) && l.split(/\s+/).length <= 14 },
  { name: 'podcast furniture', test: (l) => /^(?:episode\s+\d+|\d+\s*(?:min|mins|minutes)|listen on\b.{0,60})$/iu.test(l) },
  wholeLine('tags', ['tags', 'topics', 'keywords', 'теги', 'mots-clés']),
  // "Tags Antony Blinken Ned Price … Russia": the label run into its list, names only (no sentence).
  { name: 'tags', test: (l) => /^(?:Tags|TAGS|Topics|Keywords)\s+\p{Lu}/u.test(l) && l.split(/\s+/).slice(1).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|and|the|de|la)$/u.test(w)) && words(l) <= 40 },
  // "More" alone, a link to the related story under it (a wire's inline box).
  wholeLine('related links', ['more', 'подробнее', 'plus']),
  shortLineStarting('series note', ['this (?:article|interview|story|piece|report|essay) is part of', 'cet article fait partie']),
  wholeLine('live-blog controls', ['live', 'live updates', 'key events', 'show key events only', 'pinned post', 'en direct', 'прямой эфир', 'онлайн']),
  { name: 'reading time', test: (l) => /^(?:\d+\s*(?:min(?:ute)?s?|mn)\.?\s*(?:read|de lecture|чтения)|(?:(?:estimated )?reading time|time to read|temps de lecture|время чтения)\s*:?\s*\d+\s*\S*)$/iu.test(l) },
  // "Read more  Subscribers only <headline>": a link to another story with its paywall label.
  { name: 'related links', test: (l) => /^read more\s+(?:subscribers only|premium|exclusive)\s+\p{Lu}/iu.test(l) && words(l) <= 30 && !/[“”"«»]/u.test(l) },
  // A long headline after its label, no sentence's end: "Read more: Fuel prices, a president in the shadows and … why Kazakhstan erupted".
  { name: 'related links', test: (l) => /^(?:read more|read also|see also|also read|more)\s*:\s*\p{Lu}/iu.test(l) && words(l) <= 30 && !/[.!…]$/u.test(l) && !/[“”"«»]/u.test(l) },
  { name: 'link to the original', test: (l) => /^(?:read|see|view) (?:the )?original(?: (?:article|text|version))?(?: in \p{L}+)?$/iu.test(l) },
  shortLineStarting('publisher boilerplate', ['our standards', 'editorial standards', 'trust principles', 'nos standards', 'notre charte']),
  // (A year after the sign makes it a notice of any length: "© 2022 The Tribune. Reproduced with permission of …".)
  { name: 'copyright line', test: (l) => (/^(?:©|\(c\)|copyright\b)/i.test(l) && l.split(/\s+/).length <= 16) || (/^(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?\d{4}\b/i.test(l) && l.split(/\s+/).length <= 40) },
  // A file to download, its format and size in brackets: "Download the full report (PDF, 1.8 MB)".
  { name: 'download link', test: (l) => /^Download\b[^.!?()]{0,60}\((?:PDF|EPUB|DOCX?|MP3|ZIP)\b[^)]{0,30}\)$/iu.test(l) },
  // "Available in: English | Русский | Қазақша": the page's languages, a word each.
  { name: 'language selector', test: (l) => /^(?:(?:also\s+)?available in|read (?:this|it) in|languages?)\s*:\s*[^\s|·]+(?:\s+[|·]\s+[^\s|·]+)+$/iu.test(l) },
  // An imperative to the reader opening a sentence, "… Message us on WhatsApp.", "Join our movement today." (no quotation).
  { name: 'call to the reader', test: (l) => /(?:^|[.!?:]\s+)(?:Message|Contact|Email|E-mail|Write to|Tell|Join|Follow|Send|Give)\s+(?:us|our)\b/u.test(l) && !/[“”"«»„]/u.test(l) && words(l) <= 20 },
  // "Views are my own.", "Opinions expressed are the author's own."
  { name: 'disclaimer (views are the author’s own)', test: (l) => /^(?:all\s+)?(?:the\s+)?(?:views|opinions)(?:\s+expressed)?(?:\s+(?:here|in this (?:article|post|piece)))?\s+are\s+(?:my|our|the author['’]s|solely my)\s+own\.?$/iu.test(l) },
  // A button drawn with a plus: "+ Follow", "+ Subscribe".
  { name: 'button (a plus and a word)', test: (l) => /^\+\s?\p{Lu}\p{Ll}+$/u.test(l) },
  // A scale in capitals, perhaps after a label: "Our ratings: TRUE · MOSTLY TRUE · FALSE".
  { name: 'scale or legend (parts in capitals)', test: (l) => /^(?:[^:]{2,30}:\s*)?[^\p{Ll}:|·•]{2,30}(?:\s+[·|•]\s+[^\p{Ll}:|·•]{2,30}){2,}$/u.test(l) && /\p{Lu}{3}/u.test(l) },
  // A photo credit in capitals, the photographer and the agency or paper: "ANNA PETROVA/FOR THE TRIBUNE", "X/TASS, VIA GETTY IMAGES".
  // (Not a byline in capitals with its date, "BY JORDAN MEYERS - 01/07/22 04:12 PM EST".)
  { name: 'photo credit (in capitals, name/agency)', test: (l) => !/^BY\s/u.test(l) && /^[^\p{Ll}.!?]{3,40}\/[^\p{Ll}.!?]{2,50}$/u.test(l) && /\p{Lu}{2,}/u.test(l) && l.split(/\s+/).length <= 10 },
  // The publisher's notices: appeals, registrations, regulation, disclaimers (publisher-notices.ts).
  ...publisherNoticeRules,
  // Big news sites' furniture by its kind (site-furniture.ts).
  ...siteFurnitureRules,
  // News pages' furniture by its shape (news-furniture.ts), after the rules that name a line more closely.
  ...newsFurnitureRules,
  // A link to another story in capitals among the paragraphs (after every rule that names a line in capitals more closely): "RUSSIA'S PUTIN SAYS KAZAKHSTAN UNREST WAS AN ATTACK 'FROM OUTSIDE'".
  { name: 'related link (a headline in capitals)', test: (l) => !/\p{Ll}/u.test(l) && /\p{Lu}{2}/u.test(l) && words(l) >= 5 && words(l) <= 25 && !/[.:;!]$/u.test(l) && !l.includes(':') },
];
