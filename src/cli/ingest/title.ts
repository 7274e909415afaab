/**
 * The title line of a scraped page: publication suffixes ("Title – The
 * Diplomat", "Title | Reuters", "Title - Current Time", "— Степной вестник",
 * "– Le Journal d'Asie centrale", "— Official website of …") and section
 * labels before the title ("Opinion |", "UPDATE 2-", "COLUMN:"); a forum's " : r/name". After " | "
 * anything short is a suffix; after a dash only a short capitalised name (a
 * publication), so that "Kazakhstan – a year after" keeps its words.
 */
/** A forum's community after a spaced colon: "… Ask me anything! : r/geopolitics". */
const TITLE_SUFFIX_FORUM = /\s+:\s+r\/[A-Za-z0-9_]{2,21}$/u;
const TITLE_SUFFIX_BAR = /\s+[|｜]\s+[^|]{1,60}$/u;
/** An official site's name after a dash: "— Official website of the President of the Kyrgyz Republic". */
const TITLE_SUFFIX_OFFICIAL = /\s+[–—-]\s+(?:Official\s+(?:web)?site|Site officiel|Официальный сайт)\b.{0,80}$/u;
const TITLE_SUFFIX_DASH = /\s+[–—-]\s+(?:The\s+|Le\s+|La\s+|Les\s+|L[’'])?\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.’'&-]*|[dl][’']\p{Lu}[\p{L}\p{N}.’'&-]*|of|de|du|des|and|&)){0,4}$/u;
/** A French publication's name may end in a lowercase adjective after an article: "– Le Journal d'Asie centrale". */
const TITLE_SUFFIX_DASH_FR = /\s+[–—-]\s+(?:Le|La|Les|L[’'])\s*\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|[dl][’']\p{Lu}[\p{L}’'-]*|de|du|des)){0,3}\s+\p{Ll}[\p{L}-]*$/u;
/** A Russian publication after a dash, its second word in lower case: "— Степной вестник". */
const TITLE_SUFFIX_DASH_RU = /\s+[–—]\s+[А-ЯЁ][а-яё-]+(?:\s+[а-яёА-ЯЁ-]+){0,2}$/u;
/** A section label before the title: "COLUMN: …", "Opinion | …", "UPDATE 2-…". */
const TITLE_PREFIX =
  /^(?:(?:COLUMN|OPINION|ANALYSIS|EDITORIAL|COMMENTARY|INTERVIEW|EXCLUSIVE|FACTBOX)\s*:\s+|(?:[Oo]pinion|[Aa]nalysis|[Cc]ommentary|[Cc]omment|[Ee]ditorial|[Oo]p-[Ee]d|[Pp]erspective|[Ee]xplainer|[Ee]xclusive|[Ll]ive|[Tt]ribune|[Pp]oint de vue|[Мм]нение|[Аа]налитика|OPINION|ANALYSIS)\s+[|｜]\s+|(?:UPDATE|CORRECTED|REFILE|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|BREAKINGVIEWS)(?:\s+\d+)?\s*-\s*(?=\S))/u;
/** A platform's " - by Author" left between the title and the publication ("Notes - by Jane Doe - Steppe Notes"). */
const TITLE_BY_AUTHOR = /\s+[–—-]\s+by\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}$/u;

/** The title without a section label or a publication suffix, and the suffix (the publication's name) if there was one. */
export function splitTitle(line: string): { title: string; publication?: string } {
  const text = line.trim().replace(TITLE_PREFIX, '');
  for (const suffix of [TITLE_SUFFIX_FORUM, TITLE_SUFFIX_BAR, TITLE_SUFFIX_OFFICIAL, TITLE_SUFFIX_DASH, TITLE_SUFFIX_DASH_FR, TITLE_SUFFIX_DASH_RU]) {
    const m = suffix.exec(text);
    if (m && m.index > 0) {
      const publication = m[0].replace(/^\s+[|｜–—:-]\s+/u, '').trim();
      return { title: text.slice(0, m.index).trim().replace(TITLE_BY_AUTHOR, ''), publication };
    }
  }
  return { title: text };
}
