/**
 * The title line of a scraped page: publication suffixes ("Title – The
 * Diplomat", "Title | Reuters", "Title - Current Time", "— Степной вестник",
 * "– Le Journal d'Asie centrale", "— Official website of …") and section
 * labels before the title ("Opinion |", "UPDATE 2-", "COLUMN:"); a forum's " : r/name". After " | "
 * anything short is a suffix; after a dash only a short capitalised name (a
 * publication, "- France 24", "· Global Voices", "» The Moscow Times", an institution "for" or "on" something:
 * "- Carnegie Endowment for International Peace"), so that "Kazakhstan – a year after" keeps its words.
 */
/** A date after the publication, or alone, at the title's end: "… – DW – 01/11/2022", "… | 11.01.2022", "… - January 11, 2022". */
const TITLE_DATE = /\s+[|｜–—-]\s+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:\d{1,2}\s+)?\p{Lu}\p{Ll}{2,8}\.?\s+(?:\d{1,2},?\s+)?\d{4})$/u;
/** A publication after a spaced colon, as some sites write it: "… : NPR", "… : Parallels : NPR". */
const TITLE_SUFFIX_COLON = /(?:\s+:\s+\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,2})+$/u;
/** A forum's community after a spaced colon: "… Ask me anything! : r/geopolitics". */
const TITLE_SUFFIX_FORUM = /\s+:\s+r\/[A-Za-z0-9_]{2,21}$/u;
const TITLE_SUFFIX_BAR = /\s+[|｜]\s+[^|]{1,60}$/u;
/** An official site's name after a dash: "— Official website of the President of the Kyrgyz Republic". */
const TITLE_SUFFIX_OFFICIAL = /\s+[–—-]\s+(?:Official\s+(?:web)?site|Site officiel|Официальный сайт)\b.{0,80}$/u;
/** A publication's name after a dash: capitalised words ("- The Moscow Times"), "of", "on the" between them ("- War on the Rocks"), a short lowercase brand before one last word ("- bne IntelliNews"). */
const TITLE_SUFFIX_DASH = /\s+[–—·»-]\s+(?:The\s+|Le\s+|La\s+|Les\s+|L[’']|\p{Ll}{2,4}\s+(?=\p{Lu}[\p{L}]*$))?\p{Lu}[\p{L}\p{N}.’'&/-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.’'&/-]*|\p{N}{1,4}|[dl][’']\p{Lu}[\p{L}\p{N}.’'&/-]*|of|(?:on|in|at|of)\s+the(?=\s+\p{Lu})|(?<=(?:Endowment|Institute|Center|Centre|Council|Foundation|Committee|Fund|Society|Association|Organi[sz]ation|Commission|Agency|Network|Alliance|Forum|Initiative|Project|Programme|Program|School)\s+)(?:for|on)|de|du|des|and|&)){0,4}$/u;
/** A site named by its domain, in lower case or opening with a figure: "- 24.kg", "| kun.uz". */
const TITLE_SUFFIX_DOMAIN = /\s+[–—|-]\s+[\p{Ll}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,6}$/u;
/** A French publication's name may end in a lowercase adjective after an article: "– Le Journal d'Asie centrale". */
const TITLE_SUFFIX_DASH_FR = /\s+[–—-]\s+(?:Le|La|Les|L[’'])\s*\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|[dl][’']\p{Lu}[\p{L}’'-]*|de|du|des)){0,3}\s+\p{Ll}[\p{L}-]*$/u;
/** A Russian publication after a dash, its second word in lower case: "— Степной вестник". */
const TITLE_SUFFIX_DASH_RU = /\s+[–—]\s+[А-ЯЁ][а-яё-]+(?:\s+[а-яёА-ЯЁ-]+){0,2}$/u;
/** A section label before the title: "COLUMN: …", "Opinion | …", "UPDATE 2-…". */
const TITLE_PREFIX =
  /^(?:(?:COLUMN|OPINION|ANALYSIS|EDITORIAL|COMMENTARY|INTERVIEW|EXCLUSIVE|FACTBOX)\s*:\s+|(?:[Oo]pinion|[Aa]nalysis|[Cc]ommentary|[Cc]omment|[Ee]ditorial|[Oo]p-[Ee]d|[Pp]erspective|[Ee]xplainer|[Ee]xclusive|[Ll]ive|[Tt]ribune|[Pp]oint de vue|[Мм]нение|[Аа]налитика|OPINION|ANALYSIS)\s+[|｜]\s+|(?:UPDATE|CORRECTED|REFILE|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|BREAKINGVIEWS)(?:\s+\d+)?\s*-\s*(?=\S))/u;
/** A platform's " - by Author" left between the title and the publication ("Notes - by Jane Doe - Steppe Notes"). */
const TITLE_BY_AUTHOR = /\s+[–—-]\s+by\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}$/u;

/**
 * Bar-separated labels left before the publication: a section ("| Explainer News", "| Kazakhstan"), a platform's
 * byline and date ("| by Daniel Hurst | Jan, 2022"); each short, the title before them at least three words.
 */
const TITLE_LABEL_BAR = /\s+[|｜]\s+(?:by\s+)?[^|]{1,30}$/u;
/** A section between dashes before a dash's publication: "… — commander - World - TASS" (one or two capitalised words, the same dash). */
const TITLE_LABEL_DASH = /\s+([–—-])\s+\p{Lu}[\p{L}&]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&]*)?$/u;
function withoutLabels(title: string, dash?: string): string {
  let t = title;
  for (let m = TITLE_LABEL_BAR.exec(t); m && m[0].trim().split(/\s+/).length <= 5 && t.slice(0, m.index).split(/\s+/).length >= 3; m = TITLE_LABEL_BAR.exec(t)) t = t.slice(0, m.index).trim();
  const section = dash ? TITLE_LABEL_DASH.exec(t) : null;
  if (section && section[1] === dash && t.slice(0, section.index).split(/\s+/).length >= 3) t = t.slice(0, section.index).trim();
  return t;
}

/** The title without a section label or a publication suffix, and the suffix (the publication's name) if there was one. */
/** A site's section before its name in a title's suffix: "World News - ", "Opinion | ". */
const SECTION_FIRST = /^(?:(?:World|India|US|UK|Asia|Europe|Africa|Latest|Top|Breaking|Business|Sports?|Politics|Local|National|International)\s+)?(?:News|Opinion|Analysis|Politics|Business)\s+[–—|-]\s+(?=\p{Lu})/u;

/** A publication's tagline after its name and a colon: "… - Al-Monitor: Independent, trusted coverage of the Middle East". */
const TITLE_SUFFIX_TAGLINE = /\s+[–—|-]\s+(\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&’'-]*){0,3}):\s+[^:|–—]{3,80}$/u;
/** A news site's date and label after the title: "…: 20 January 2022, 16:05 - news on Tengrinews.kz". */
const TITLE_SUFFIX_NEWS_ON = /:\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+[12]\d{3}(?:,\s+\d{1,2}:\d{2})?\s+[–—-]\s+(?:latest\s+)?news\s+(?:on|from|at)\s+(\S+)$/iu;

export function splitTitle(line: string): { title: string; publication?: string } {
  const text = line.trim().replace(TITLE_PREFIX, '').replace(TITLE_DATE, '');
  for (const suffix of [TITLE_SUFFIX_TAGLINE, TITLE_SUFFIX_NEWS_ON]) {
    const m = suffix.exec(text);
    if (m && text.slice(0, m.index).split(/\s+/).length >= 3) return { title: text.slice(0, m.index).trim(), publication: m[1]! };
  }
  const colon = TITLE_SUFFIX_COLON.exec(text);
  if (colon && colon.index > 0 && !TITLE_SUFFIX_FORUM.test(text) && text.slice(0, colon.index).split(/\s+/).length >= 3) {
    return { title: text.slice(0, colon.index).trim(), publication: colon[0].split(/\s+:\s+/).at(-1)!.trim() };
  }
  for (const suffix of [TITLE_SUFFIX_FORUM, TITLE_SUFFIX_BAR, TITLE_SUFFIX_OFFICIAL, TITLE_SUFFIX_DASH, TITLE_SUFFIX_DOMAIN, TITLE_SUFFIX_DASH_FR, TITLE_SUFFIX_DASH_RU]) {
    const m = suffix.exec(text);
    if (m && m.index > 0) {
      // (A site's tagline after its name: "| Chatham House – International Affairs Think Tank".)
      // (A name run together with its article, "TheHill", is written as the paper writes it in prose: "The Hill".)
      // (Or the site's section before its name: "| World News - Hindustan Times".)
      const suffix = m[0].replace(/^\s+[|｜–—·»:-]\s+/u, '').trim().replace(SECTION_FIRST, '');
      const publication = suffix.replace(/^((?:The\s+)?\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*){0,3})\s+[–—-]\s+.+$/u, '$1').replace(/^The(?=\p{Lu}\p{Ll}+$)/u, 'The ');
      // A site's domain after the publication's name: "… - Xinhua | English.news.cn" (the name is the publication).
      const named = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u.test(publication) ? splitTitle(text.slice(0, m.index)) : undefined;
      if (named?.publication) return named;
      // The publication named twice: "Thread by @X on Thread Reader App – Thread Reader App".
      const again = new RegExp(String.raw`\s+(?:on|at|via|[|｜–—-])\s+${publication.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u');
      const dash = /^\s+([–—-])\s/u.exec(m[0])?.[1];
      return { title: withoutLabels(text.slice(0, m.index).trim().replace(TITLE_BY_AUTHOR, '').replace(again, ''), dash), publication };
    }
  }
  return { title: text };
}

/** Words a short title does not end on: "… What the CSTO Means for" reads as cut. */
const DANGLING = /\s+(?:for|of|the|a|an|and|or|but|to|in|on|at|by|from|with|as|into|over|after|before|than|its|his|her|their|our|what|how|why|who|is|are|was|were|will|–|—|-|:)$/iu;

/**
 * A shorter title, at most `max` characters, that still reads as one: the
 * part before a colon, a dash or a question mark when it fits (and says
 * something, four words or more), else the title cut at a word with no
 * article, preposition or conjunction left dangling at the end.
 */
export function proposeShortTitle(title: string, max: number): string {
  if (title.length <= max) return title;
  const head = /^(.{12,}?)(?:\s*[:?]\s+|\s+[–—-]\s+)/u.exec(title)?.[1];
  if (head && head.length <= max && head.split(/\s+/).length >= 4) return head + (title[head.length] === '?' ? '?' : '');
  let cut = title.slice(0, max + 1).replace(/\s+\S*$/u, '').replace(/[,;]$/u, '');
  while (DANGLING.test(cut)) cut = cut.replace(DANGLING, '');
  return cut;
}
