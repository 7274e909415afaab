/**
 * Who the text has named so far, as quotes.ts walks it paragraph by paragraph: the last person named or
 * speaking (whom "they" and a role such as "the expert" refer to), every individual in order (whom "he"
 * and "she" refer to, by what a name says of its bearer: pronoun-gender.ts), everyone the text made a
 * clause's subject (whom "the president" may be: people.ts's byTitle) and where the last individual was
 * named (who may hold an office named alone: offices.ts).
 */
import { isIndividual, personKinds, type PersonKind } from '../../lib/content/schema.ts';
import type { Person } from '../../lib/people/names.ts';
import { ORGANIZATION, type People } from './people.ts';
import { pronounReferent } from './pronoun-gender.ts';
import type { OfficeCandidate } from './offices.ts';
import type { Speaker } from './quotes.ts';

export class Referents {
  /** The last person who spoke or was named as speaking. */
  last: Speaker | undefined;
  private lastIndividual: Speaker | undefined;
  /** The paragraph (counted through the sections) where the last individual was named or spoke. */
  private lastIndividualAt = -1;
  private readonly individuals: Speaker[] = [];
  private readonly actors: Speaker[] = [];
  private readonly kinds: Map<string, string | undefined>;
  private readonly registry: readonly Person[];
  private readonly people: People;

  constructor(registry: readonly Person[], people: People) {
    this.registry = registry;
    this.people = people;
    this.kinds = new Map(registry.map((p) => [p.id, (p as { kind?: string }).kind]));
  }

  private kindOf(id: string): PersonKind | undefined {
    return this.kinds.get(id) as PersonKind | undefined;
  }

  private nameOf(s: Speaker): string | undefined {
    return s.speaker ?? this.registry.find((p) => p.id === s.people?.[0])?.name;
  }

  /** One person: "he" and "she" refer to a person, never to a treaty or an organisation. */
  isIndividual(s: Speaker): boolean {
    // (An office the text leaves unnamed, "the president", is one person; "the protesters", "the ministry" are not.)
    // (Nor a body the text names without a kind: "the Kazakhstan Stock Exchange suspended trading".)
    if (!s.people) return s.speakerType === 'person' || (!!s.speaker && ((s.speakerType === undefined && !ORGANIZATION.test(s.speaker)) || (/^the\s/iu.test(s.speaker) && !/s$/u.test(s.speaker) && !ORGANIZATION.test(s.speaker))));
    const kind = s.people.length === 1 ? this.kindOf(s.people[0]!) : undefined;
    // (An entry without a kind, as a bare registry may be, counts as a person.)
    return s.people.length === 1 && (kind === undefined || !personKinds.includes(kind) || isIndividual(kind));
  }

  /** `s` named or speaking in paragraph `at`: the referent from now on. */
  set(s: Speaker, at: number): Speaker {
    this.last = s;
    this.actors.push(s);
    if (this.isIndividual(s)) {
      [this.lastIndividual, this.lastIndividualAt] = [s, at];
      this.individuals.push(s);
    }
    return s;
  }

  /** Whether the text has made `name` a subject or a speaker. */
  acted(name: string): boolean {
    return this.actors.some((s) => this.people.isSpeaker(name, s));
  }

  /** Whom a pronoun refers to: he, she (il, elle, он, она) an individual whose name does not say the other gender; they whoever was last. */
  pronoun(who: string): Speaker | undefined {
    return /^(?:he|she|il|elle|он|она)$/iu.test(who) ? (pronounReferent(who, this.individuals, (s) => this.nameOf(s)) ?? this.last) : this.last;
  }

  /** Whom a role that refers back to someone ("the analyst", "the businesswoman") is: the last individual, not a body. */
  referBack(): Speaker | undefined {
    return this.individuals.at(-1) ?? this.last;
  }

  /** The individual last named in paragraph `at` (or, `previousToo`, the one before), else `fallback` (the one the section's heading names): who may hold an office named alone. */
  officeCandidate(at: number, previousToo: boolean, fallback: Speaker | undefined): OfficeCandidate | undefined {
    const candidate = this.lastIndividualAt === at || (previousToo && this.lastIndividualAt === at - 1) ? this.lastIndividual : fallback;
    const id = candidate?.people?.[0];
    return candidate && { speaker: candidate, name: this.nameOf(candidate), kind: id ? this.kindOf(id) : undefined };
  }
}
