import nlp from 'compromise';
import { commonWords } from '../lexicon/common-words.js';
import type { EntityType } from '../schema.js';
import { singular } from './singular.js';

/** A known name and the entity it stands for. */
export interface KnownName {
  readonly type: EntityType;
  /** The canonical full name, so that acronyms and variants resolve to one entity. */
  readonly canonical: string;
  readonly source: 'builtin' | 'user';
  /** Written only in capitals ("WHO", "US"): "Who" and "Us" are other words. */
  readonly capitalsOnly?: boolean;
}

/** Two letters or more, none of them lower case: "WHO", "US", "EU-LISA". */
export function isWrittenInCapitals(surface: string): boolean {
  return /\p{L}.*\p{L}/u.test(surface) && !/\p{Ll}/u.test(surface);
}

/** The known name, if the surface is written as the lexicon writes it: "US" is, "Us" is not. */
export function knownAsWritten(known: KnownName | undefined, surface: string): KnownName | undefined {
  return known?.capitalsOnly && /\p{Ll}/u.test(surface) ? undefined : known;
}

/** Everything the recognisers look words up in, built once. */
export interface Lexicons {
  /** Lower-cased token sequences joined by one space → what they name. */
  readonly names: ReadonlyMap<string, KnownName>;
  /** Longest entry of `names`, in tokens: bounds the phrase matcher. */
  readonly longestName: number;
  /** First words of the entries of `names`: a phrase can only start at one of these. */
  readonly nameStarts: ReadonlySet<string>;
  /** True when some entry of `names` starts with this key: the matcher stops growing a phrase otherwise. */
  readonly isNamePrefix: (key: string) => boolean;
  readonly givenNames: ReadonlySet<string>;
  /** Given names that are also common words ("Will", "May"): a name only with more evidence. */
  readonly ambiguousGivenNames: ReadonlySet<string>;
  readonly surnameParticles: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly personTitles: ReadonlySet<string>;
  readonly demonyms: ReadonlyMap<string, string>;
  readonly languages: ReadonlySet<string>;
  /** Head words that type a name: lower-cased, single or multi-word. */
  readonly heads: ReadonlyMap<string, EntityType>;
  readonly furniture: ReadonlySet<string>;
  /** "LinkedIn", "Share this story": a row made only of these is a sharing bar. */
  readonly sharingChannels: ReadonlySet<string>;
  /** Acronyms of common nouns ("NGO", "GDP", "ICT"): never names on their own. Case as written. */
  readonly commonAcronyms: ReadonlySet<string>;
  /** Currency codes and time zones ("EUR", "CET"), case as written: never a word of a name. */
  readonly unitCodes: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly weekdays: ReadonlySet<string>;
  readonly nonEntityCapitals: ReadonlySet<string>;
  /** Capitalised class nouns ("Member States"): never a name, nor the end of one. Phrase keys. */
  readonly genericPhrases: ReadonlySet<string>;
  /** Head words that open a name in other languages ("Fondazione …", "Palacio de …"), phrase keys → type. */
  readonly leadingHeads: ReadonlyMap<string, EntityType>;
  /** Words before a name that make it a place: "town of", "north of", "neighbouring". Phrase keys. */
  readonly placeCues: ReadonlySet<string>;
  /** Phrase keys of countries, their aliases and home nations: a national side is still a place. */
  readonly countryNames: ReadonlySet<string>;
  /** Sports vocabulary, contest links ("beat", "v") and side cues ("against"): phrase keys. */
  readonly sportWords: ReadonlySet<string>;
  readonly contestLinks: ReadonlySet<string>;
  readonly sideCues: ReadonlySet<string>;
  /** Players and staff named after their side: "Norwich striker". */
  readonly sideMembers: ReadonlySet<string>;
}

const commonWordTags = new Set([
  'Noun', 'Singular', 'Plural', 'Uncountable', 'Adjective', 'Comparative', 'Superlative', 'Adverb',
  'Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle', 'PhrasalVerb', 'Modal',
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Expression', 'Negative',
  'Copula', 'Actor', 'Reflexive', 'Possessive', 'Cardinal', 'Ordinal', 'TextValue', 'Multiple',
  'Fraction', 'Duration', 'Unit', 'Condition', 'Imperative', 'Verb',
]);
const properTags = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'City', 'Country', 'Place', 'Region',
  'ProperNoun', 'Organization', 'SportsTeam', 'Demonym', 'Honorific', 'Month', 'WeekDay', 'Date',
]);

const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const tag = compromiseLexicon[word];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/**
 * True for a lower-cased word that compromise's lexicon knows as ordinary English (noun, verb,
 * adjective, function word) and not as a name: such a word capitalised at the start of a sentence
 * or headline is no evidence of a name.
 */
export function isCommonWord(lower: string): boolean {
  const tags = tagsOf(lower);
  if (tags.some((t) => properTags.has(t))) return false;
  if (tags.some((t) => commonWordTags.has(t)) || COMMON_WORDS.has(lower)) return true;
  // Plurals of ordinary nouns: "scorers", "automakers".
  const one = singular(lower);
  return one !== lower && one.length > 2 && COMMON_WORDS.has(one) && !tagsOf(one).some((t) => properTags.has(t));
}

/** compromise knows the word only as a verb: "adopt" as an infinitive, "adopts" in the present tense. */
export function verbFormOf(lower: string): 'infinitive' | 'present' | undefined {
  const tags = tagsOf(lower);
  if (tags.length !== 1) return undefined;
  return tags[0] === 'Infinitive' ? 'infinitive' : tags[0] === 'PresentTense' ? 'present' : undefined;
}

/** compromise knows the word as an adjective: "new", "supporting". */
export function isCompromiseAdjective(lower: string): boolean {
  return tagsOf(lower).includes('Adjective');
}

/** compromise knows the word as a noun for people: "bishop", "women", "workers". */
export function isCompromiseActor(lower: string): boolean {
  return tagsOf(lower).includes('Actor');
}

/** compromise knows the word as a plural noun: "ministers", "leaders". */
export function isCompromisePlural(lower: string): boolean {
  return tagsOf(lower).includes('Plural');
}

/** Nationality, religion and ethnic adjectives compromise knows ("Moslem", "Zairean"). */
export function isCompromiseDemonym(lower: string): boolean {
  return tagsOf(lower).includes('Demonym');
}

const COMMON_WORDS: ReadonlySet<string> = new Set(commonWords);

/** compromise's own view of a word as a name: 'person', 'place', 'organisation' or undefined. */
export function compromiseNameType(lower: string): EntityType | undefined {
  const tags = tagsOf(lower);
  if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Place' || t === 'Region')) return 'place';
  if (tags.some((t) => t === 'Organization' || t === 'SportsTeam')) return 'organisation';
  if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'LastName' || t === 'Person'))
    return 'person';
  return undefined;
}

/** Given names as compromise knows them (it tags first names of many cultures). */
export function isCompromiseGivenName(lower: string): boolean {
  return tagsOf(lower).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

/** The first word of a phrase key, as a token's lower-cased text would show it. */
export function firstWordOf(key: string): string {
  return key.split(/[\s\-–/&'’]/u)[0] ?? key;
}
