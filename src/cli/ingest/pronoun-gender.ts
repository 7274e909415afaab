/**
 * Which person "she" or "he" may be, by what the name itself says: a title ("Ms", "Mr", "Madame") or the
 * ending Russian and Central Asian surnames give each gender ("Nurlanova", "Tokayev", "-qyzy", "-uly"). Names
 * that say nothing ("Jane Roe", "Marat") fit either pronoun. Pure text work, for quotes.ts.
 */

export type Gender = 'female' | 'male';

const FEMALE_TITLE = /^(?:Ms|Mrs|Miss|Madame|Mme|Mlle|Frau|Lady|Dame)\.?\s/u;
const MALE_TITLE = /^(?:Mr|Monsieur|M|Herr|Sir|Lord)\.?\s/u;
/** Surname endings: "-ova", "-eva", "-ina", "-skaya", "-kyzy"; "-ov", "-ev", "-sky", "-uly", "-ovich" ("-in" but not "-lin", "-vin": Putin, not Devlin nor Franklin). */
const FEMALE_SURNAME = /\p{L}{2,}(?:ova|eva|yeva|ina|ayeva|skaya|tskaya|kaya|-?kyzy|-?qyzy|ovna|evna)$/u;
const MALE_SURNAME = /\p{L}{2,}(?:ov|ev|yev|(?<![lv])in|sky|skiy|skii|-?uly|-?ulı|ovich|evich)$/u;

/** The gender a name says (its title, else its last word's ending), or undefined when it says none. */
export function genderOf(name: string): Gender | undefined {
  if (FEMALE_TITLE.test(name)) return 'female';
  if (MALE_TITLE.test(name)) return 'male';
  const last = name.trim().split(/\s+/).at(-1) ?? '';
  if (FEMALE_SURNAME.test(last)) return 'female';
  if (MALE_SURNAME.test(last)) return 'male';
  return undefined;
}

/** The gender a pronoun names (she, elle, она; he, il, он), or undefined for any other word. */
export function pronounGender(pronoun: string): Gender | undefined {
  if (/^(?:she|elle|она)$/iu.test(pronoun)) return 'female';
  if (/^(?:he|il|он)$/iu.test(pronoun)) return 'male';
  return undefined;
}

/**
 * The individual a gendered pronoun refers to, of those the text named (oldest first): the last one whose
 * name does not say the other gender ("Nurlanova said … President Tokayev … “…,” she said" is Nurlanova; "Dr
 * Rachel Devlin said … Mr Nazarbayev … “…,” she said" is Devlin). `nameOf` gives each one's name.
 */
export function pronounReferent<T>(pronoun: string, individuals: readonly T[], nameOf: (t: T) => string | undefined): T | undefined {
  const last = individuals.at(-1);
  const wanted = pronounGender(pronoun);
  if (!last || !wanted) return last;
  const of = (t: T) => { const n = nameOf(t); return n ? genderOf(n) : undefined; };
  const lastGender = of(last);
  if (lastGender === undefined || lastGender === wanted) return last;
  return individuals.findLast((t) => of(t) === undefined || of(t) === wanted) ?? last;
}
