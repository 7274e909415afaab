/**
 * Who a name is, for quote proposals (quotes.ts): the registry (people.yaml, matched by spelling and
 * transliteration, src/lib/people/names.ts) and what the text has given so far — the full names it
 * named, surnames written after a title, each name with the office the text gave it — for surnames,
 * initials and offices named alone ("the president") later.
 */
import { asciiLower, findPerson, isTitleWord, matchNames, stripTitles, type Person } from '../../lib/people/names.ts';
import { dropPlace, findQuotations, trimName } from './quotations.ts';
import type { Speaker } from './quotes.ts';

/** Words that make a speaker's name a body's, not a person's. */
export const ORGANIZATION = /\b(?:ministry|office|government|kremlin|administration|service|agency|council|committee|party|organi[sz]ation|alliance|embassy|secretariat|parliament|majlis|duma|bank|army|forces|command|press service|exchange|company|corporation|fund|chamber|union|association|institute|CSTO|NATO|OSCE|UN|EU)\b/i;

/** Endings of Russian, Central Asian, Ukrainian, Armenian and Georgian surnames, which no place name here has. */
const SURNAME_ENDING = /\p{L}{2,}(?:ov|ev|yev|ova|eva|yeva|ovich|evich|enko|yan|ian|uly|kyzy|shvili|dze|bayev|bayeva)$/u;
/** An office alone, the holder named after another office: "Councilor" of "State Councilor and Foreign Minister Wang Yi". */
/** A country whose ending a surname's may look like ("Kyrgyzstan" beside "Pashinyan"): never a person. */
export const COUNTRY_IN_STAN = /stan$/u;
const ONLY_OFFICE = /^(?:\p{Lu}\p{Ll}+\s+)?(?:Councilor|Councillor|Minister|Secretary|President|Chairman|Chairwoman|Director|Governor|Mayor|Commander|Chief|Premier|Chancellor|Ambassador|Envoy)$/u;
/** Nationalities and regions that end as a surname may ("most of them Russian"): no person's name alone. */
const DEMONYM_IAN = /^(?:Russian|Belarusian|Belorussian|Armenian|Ukrainian|Georgian|Iranian|Indian|Italian|Canadian|Australian|Mongolian|Norwegian|Hungarian|Bulgarian|Romanian|Estonian|Latvian|Lithuanian|Croatian|Serbian|Austrian|Egyptian|Syrian|Asian|Eurasian|Brazilian|Algerian|Palestinian|Ethiopian|Libyan|Jordanian|Bosnian|Macedonian|Albanian|Malaysian|Indonesian|Christian|Caucasian|Siberian|Crimean|Moldovan|Slovenian|Slovakian)$/u;

/** Words that make a capitalised run an institution's name, not a person's ("Almaty Institute of Policy Studies"). */
const INSTITUTION = /\b(?:Institute|Forum|Centre|Center|University|Foundation|Studies|Programme|Program|News|Press|Times|Review|Today|Post|Herald|Club|Fund|Bank|School|Academy|Association|Union|Group|Company|Corporation)\b/u;

/** Lower case without diacritics ("Président" → "president"), for comparing offices across languages. */
const fold = (t: string) => asciiLower(t).replace(/[’]/g, "'");
/**
 * Whether an office's title words name a holder who holds it no more, unless the role itself says "former":
 * "former president X", "ex-president X", "the then president X", and "the first president X" (Kazakhstan's
 * title for Nazarbayev after he left office; "first deputy" is an office of its own).
 */
function formerHolder(title: readonly string[], role: string): boolean {
  if (fold(role).includes('former')) return false;
  const words = title.map(fold);
  return words.some((w, i) => /^(?:former|ex|ex-\p{L}+|then)$/u.test(w) || (w === 'first' && words[i + 1] === 'president'));
}

/** Words before a name that are no title of its: a time ("On the same day", "On Tuesday") or a preposition or conjunction ("At the meeting"). */
const NOT_TITLE = /^(?:day|week|month|year|morning|afternoon|evening|night|weekend|today|yesterday|tonight|later|earlier|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|on|in|at|after|before|since|during|by|from|with|as|when|while|and|but|that|meanwhile)$/u;

/** The lowercase and title words just before a name, up to three, from after the last that is no title's ("On the same day Tokayev" gives none). */
function officeWordsBefore(textBefore: string): string[] {
  const words = /((?:\p{L}[\p{L}-]*\s+){1,3})$/u.exec(textBefore)?.[1]?.trim().split(/\s+/) ?? [];
  const cut = words.findLastIndex((w) => NOT_TITLE.test(fold(w)));
  return words.slice(cut + 1);
}

/** Offices named in other words: "the head of state" is the president. */
const OFFICE_SYNONYMS: Record<string, string> = { 'head of state': 'president', "chef de l'etat": 'president', 'chief executive': 'president', leader: 'president' };

/** An office in apposition just before a name: "the commander of the contingent, " (lowercase words, perhaps "of" a body). */
const APPOSED_OFFICE = /(?:^|\s)the\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})(?:\s+of\s+(?:the\s+)?[\p{L}\s-]{1,40})?,\s*$/u;

/** Looks people up: the registry (by any spelling, closely), and the people this text has named so far. */
export class People {
  private readonly named: string[] = [];
  /** Full names of registry entries the text has given (for initials). */
  private readonly mentioned: string[] = [];
  /** Surnames the text writes after a title ("President Putin", "Dr. Kasymov"): people, though named by one word. */
  private readonly titledSurnames = new Set<string>();
  /** Each name the text gives with an office ("President Sadyr Japarov", "the president Kassym-Jomart Tokayev"): the office's words. */
  private readonly titled: { title: string[]; name: string }[] = [];
  private readonly registry: readonly Person[];
  /** The first new spelling the text gave each registry entry, and the entries whose new spelling a quote has proposed. */
  private readonly spellings = new Map<string, { id: string; spelling: string }>();
  private readonly proposed = new Set<string>();
  constructor(registry: readonly Person[]) {
    this.registry = registry;
  }

  /** One name as the text writes it → a registry entry (with a new alias when the spelling is new) or a person's name. */
  private one(written: string): { person?: string; name: string; newAlias?: { id: string; spelling: string } } {
    const name = stripTitles(trimName(written) || written);
    // (A surname alone of a full name the text gave, not in the registry, is that person before any close
    // spelling of an entry: "Masimov" after "Karim Masimov" is not Kasymov.)
    const own = /\s/.test(name) ? undefined : this.named.findLast((n) => /\s/.test(n) && n.split(/\s+/).at(-1) === name);
    const registered = findPerson(this.registry, name);
    const found = own && !registered?.exact ? undefined : registered;
    if (own && !found) return { name: own };
    // (A new spelling given alone, "Kassymov", after the full name in it, "Erlan Kassymov": the full name is the alias.)
    const spelling = found && !found.exact && !/\s/.test(name) ? (this.mentioned.findLast((n) => n.split(/\s+/).at(-1) === name && findPerson(this.registry, n)?.id === found.id) ?? name) : name;
    if (found) return { person: found.id, name, ...(found.exact ? {} : { newAlias: { id: found.id, spelling } }) };
    // A surname alone (or another spelling) of someone named in full earlier in the text.
    const earlier = this.named.findLast((n) => n !== name && matchNames(n, name) !== undefined && n.split(' ').length > name.split(' ').length);
    if (earlier) return { name: earlier };
    // One word of a full name the text gave, first or last ("Daniyar" after "Daniyar Seitkali", "Wang" after
    // "Wang Wenbin", whose family name comes first): that person (no alias: a name alone is not a spelling of it).
    const full = /^\p{Lu}[\p{L}’'-]+$/u.test(name) ? [...this.mentioned, ...this.named].findLast((n) => { const w = n.split(/\s+/); return w.length >= 2 && (w[0] === name || w.at(-1) === name); }) : undefined;
    const entry = full ? findPerson(this.registry, full) : undefined;
    return entry ? { person: entry.id, name } : { name: full ?? name };
  }

  /** Who a name (or "X and Y") is. */
  resolve(written: string): Speaker & { newAlias?: { id: string; spelling: string } } {
    // (Not an office joined to the holder's other office: "State Councilor and Foreign Minister Wang Yi" is Wang Yi.)
    const split = written.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).filter(Boolean);
    const holders = split.filter((p) => !ONLY_OFFICE.test(stripTitles(p).trim()));
    const parts = holders.length > 0 ? holders : split;
    const found = parts.map((p) => this.one(p));
    for (const f of found) if (!f.person) this.named.push(f.name);
    const newAlias = found.find((f) => f.newAlias)?.newAlias;
    for (const f of found) if (f.newAlias && !this.spellings.has(f.newAlias.id)) this.spellings.set(f.newAlias.id, f.newAlias);
    if (found.every((f) => f.person)) return { people: [...new Set(found.map((f) => f.person!))], ...(newAlias ? { newAlias } : {}) };
    const speaker = found.map((f) => f.name).join(' and ');
    return { speaker, speakerType: ORGANIZATION.test(speaker) || /^\p{Lu}{2,}$/u.test(speaker) ? 'organization' : 'person', ...(newAlias ? { newAlias } : {}) };
  }

  /**
   * The new spelling a quote of `speaker` proposes: its own attribution's (`given`), else the one the text gave
   * them earlier ("Daniyar Seitkaly … said …", then "“…,” he said"), once per entry.
   */
  aliasFor(speaker: Speaker, given?: { id: string; spelling: string }): { id: string; spelling: string } | undefined {
    const id = given?.id ?? (speaker.people?.length === 1 ? speaker.people[0] : undefined);
    if (!id || (!given && this.proposed.has(id))) return given;
    this.proposed.add(id);
    return given ?? this.spellings.get(id);
  }

  /** Remembers the full names a paragraph writes ("President Kassym-Jomart Tokayev accepted …"), for surnames used later. */
  rememberNames(paragraph: string): void {
    for (const m of paragraph.matchAll(/(?<![\p{L}\p{M}’'-])(\p{Lu}[\p{L}.-]*)\s+(\p{Lu}[\p{Ll}\p{M}’'-]+)(?![\p{L}\p{M}\s]*\p{Lu})/gu)) {
      if (isTitleWord(m[1]!)) this.titledSurnames.add(m[2]!);
    }
    for (const m of paragraph.matchAll(/(?<![\p{L}\p{M}’'-])\p{Lu}[\p{Ll}\p{M}’'-]+(?:[\s-]+\p{Lu}[\p{Ll}\p{M}’'-]+){1,3}(?![\p{L}\p{M}])/gu)) {
      const trimmed = dropPlace(trimName(m[0]), paragraph.slice(0, m.index));
      const name = stripTitles(trimmed);
      if (name.split(' ').length < 2) continue;
      if (!findPerson(this.registry, name)) this.named.push(name);
      else this.mentioned.push(name);
      // The office: title words stripped from the run, and lowercase ones just before it ("the president X").
      // (With the words of the office a place was dropped from: "Head of State Kassym-Jomart Tokayev".)
      const run = trimName(m[0]);
      const stripped = run.slice(0, run.length - name.length).trim().split(/\s+/).filter(Boolean);
      const textBefore = paragraph.slice(0, m.index);
      const before = officeWordsBefore(textBefore);
      // (Or the office in apposition before the name: "the commander of the contingent, Colonel General Andrei Serdyukov,".)
      const apposed = APPOSED_OFFICE.exec(textBefore)?.[1]?.split(/\s+/) ?? [];
      const title = [...apposed, ...before, ...stripped].map((w) => w.toLowerCase());
      // An office the text gives, not one a speaker names inside a quotation ("«… the President of Russia …»").
      const quoted = findQuotations(paragraph).some((q) => q.open < m.index && m.index < (q.close ?? q.end));
      if (title.length > 0 && !quoted) this.titled.push({ title, name });
    }
  }

  /** The last person the text named with the office a role names ("the president" → "President Sadyr Japarov"). */
  byTitle(role: string, acted?: (name: string) => boolean): string | undefined {
    // (A country after the office, "the president of Russia": a title word of the country's, "Russian President X".)
    const [, named, ofWhich] = /^(.*?)(?:\s+of\s+(\p{Lu}[\p{L}.-]+))?$/u.exec(role.trim())!;
    // (Or the country's adjective before it, "the Kazakh leader": the same first letters as the country's name.)
    const adjective = /^(?:the\s+)?(\p{Lu}\p{Ll}{3,})\s+(\p{Ll}[\p{L}\s-]*)$/u.exec(named!.trim());
    const [office, country] = adjective && !ofWhich ? [adjective[2]!, adjective[1]!] : [named!, ofWhich];
    const folded = fold(office).replace(/^(?:(?:the|le|la|les)\s+|l'\s*)/, '');
    const words = (OFFICE_SYNONYMS[folded] ?? folded).split(/\s+/).filter((w) => !/^(?:himself|herself|themselves|lui-meme|elle-meme)$/.test(w));
    if (words.length === 0) return undefined;
    const ofCountry = (title: string[]) => !country || title.some((w) => fold(w).slice(0, 4) === fold(country).slice(0, 4));
    // (The text's title in the same words: "Head of State Kassym-Jomart Tokayev" is "the President" too.)
    const canonical = (title: string[]) => fold(title.join(' ')).replace(/head of state|chef de l'etat|chief executive/g, 'president').split(/\s+/);
    // (Of several, the last one the text made a clause's subject: "the president said" after "Tokayev thanked
    // President Putin, President Rahmon …" is Tokayev, if he was named so with the office.)
    // (Not a former holder, "former president Nursultan Nazarbayev", when the role is the office itself.)
    const holders = this.titled.filter((t) => words.every((w) => canonical(t.title).includes(w)) && ofCountry(t.title) && !formerHolder(t.title, role));
    return (holders.findLast((t) => acted?.(t.name)) ?? holders.at(-1))?.name;
  }

  /** Whether a name the text gives is the speaker `s` (the same registry entry, or the same name). */
  isSpeaker(name: string, s: Speaker): boolean {
    const id = findPerson(this.registry, stripTitles(name))?.id;
    return id ? !!s.people?.includes(id) : !!s.speaker && (s.speaker === name || matchNames(s.speaker, name) !== undefined);
  }

  /** Whether the text gave `name` an office other than `role`'s ("Colonel General Andrei Serdyukov" is no president; "», noted X" gives none). */
  holdsOtherOffice(name: string, role: string): boolean {
    const words = fold(role).replace(/^(?:(?:the|le|la)\s+|l'\s*)/, '');
    const office = (OFFICE_SYNONYMS[words] ?? words).split(/\s+/).at(-1)!;
    const given = this.titled.filter((t) => t.name === name || matchNames(t.name, name) !== undefined).map((t) => t.title.map(fold));
    // (A former holder of it holds it no more: "former president Nursultan Nazarbayev" is not "the president".)
    return given.some((t) => t.length > 0 && ((!t.includes(office) && !t.every((w) => /^(?:the|a|an|of|le|la|de|and|et|said|says|\p{L}+ed)$/u.test(w))) || formerHolder(t, role)));
  }

  /** The last full name the text gave (or a registry name) whose words' initials are `label` ("AN" → "Aigerim Nurlanova"). */
  byInitials(label: string): string | undefined {
    const initials = (n: string) => n.split(/[\s-]+/).map((w) => w[0]).join('').toUpperCase();
    return this.named.findLast((n) => initials(n) === label) ?? this.mentioned.findLast((n) => initials(n) === label);
  }

  /** Whether a name the text gives as a clause's subject is a person who may speak (not "Tashkent", not an institute). */
  isPerson(written: string): boolean {
    const name = stripTitles(trimName(written) || written);
    if (findPerson(this.registry, name)) return true;
    if (INSTITUTION.test(name) || ORGANIZATION.test(name)) return false;
    // (An office alone, capitalised, is nobody: "a former Finance Minister"; nor a country in -stan.)
    if (ONLY_OFFICE.test(name) || COUNTRY_IN_STAN.test(name)) return false;
    if (name.split(' ').length >= 2 || this.titledSurnames.has(name)) return true;
    // A surname alone: one named in full earlier, or one a post-Soviet surname's ending makes a person's ("Tokayev", "Pashinyan").
    if (this.named.some((n) => n.split(' ').length >= 2 && matchNames(n, name) !== undefined) || (SURNAME_ENDING.test(name) && !DEMONYM_IAN.test(name))) return true;
    // Or one word of a full name the text gave ("Daniyar" after "Daniyar Seitkali").
    return [...this.mentioned, ...this.named].some((n) => { const w = n.split(/\s+/); return w.length >= 2 && (w[0] === name || w.at(-1) === name); });
  }

  /** Remembers a person the text names (the subject of a reporting verb), for later pronouns and surnames. */
  remember(written: string): void {
    const name = stripTitles(trimName(written));
    if (name) this.named.push(name);
  }
}
