import type { EntityType, Lexicon } from '../schema.js';
import {
  actionPlanHeads,
  ambiguousGivenNames,
  cities,
  commonAcronyms,
  contestLinks,
  countries,
  eventHeads,
  furnitureWords,
  givenNames,
  honorifics,
  genericCapitalisedPhrases,
  leadingOrganisationHeads,
  leadingPlaceHeads,
  months,
  nationalSides,
  nonEntityCapitals,
  organisationHeads,
  organisations,
  personTitles,
  placeCues,
  placeHeads,
  projectHeads,
  regionalDemonyms,
  regions,
  sharingChannels,
  sideCues,
  sideMembers,
  sportWords,
  surnameParticles,
  unitCodes,
  weekdays,
} from '../lexicon/index.js';
import { affiliationWords, languages } from '../lexicon/languages.js';
import { firstWordOf, isWrittenInCapitals, type KnownName, type Lexicons } from './lexicons.js';
import { phraseKey } from './phrase-key.js';
import { prefixesOf } from './phrase-matcher.js';

function lowerSet(words: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const w of words) set.add(phraseKey(w).replace(/\.$/u, ''));
  return set;
}

function wordCount(key: string): number {
  // Tokens, not spaces: "U.S." is one token, "UN-Habitat" three.
  return key.split(/[\s\-–/&]+/u).length * 2;
}

/** British and American spellings of the words names are made of: "Organisation"/"Organization". */
function spellingVariants(name: string): string[] {
  const variants = new Set([name]);
  const swaps: Array<[RegExp, string]> = [
    [/isation/gu, 'ization'], [/ization/gu, 'isation'], [/Co-operation/gu, 'Cooperation'], [/Cooperation/gu, 'Co-operation'],
    [/Centre/gu, 'Center'], [/Center/gu, 'Centre'], [/Programme/gu, 'Program'], [/Defence/gu, 'Defense'], [/Defense/gu, 'Defence'],
    [/Labour/gu, 'Labor'],
  ];
  for (const [pattern, replacement] of swaps) variants.add(name.replace(pattern, replacement));
  return [...variants];
}

/** Adds a name unless a surer source already holds it. */
function addName(names: Map<string, KnownName>, surface: string, known: KnownName): void {
  const key = phraseKey(surface);
  if (!key) return;
  const existing = names.get(key);
  if (existing && existing.source === 'user' && known.source !== 'user') return;
  if (existing && known.source === 'builtin' && existing.type !== known.type && existing.type === 'organisation') return;
  // An acronym stays case-sensitive unless the same name is also listed in ordinary case.
  const capitals = isWrittenInCapitals(surface);
  const alsoInOrdinaryCase = existing !== undefined && existing.canonical === known.canonical && !existing.capitalsOnly;
  names.set(key, capitals && !alsoInOrdinaryCase ? { ...known, capitalsOnly: true } : known);
}

function builtinLexicons(): Lexicons {
  const names = new Map<string, KnownName>();
  for (const city of cities) addName(names, city, { type: 'place', canonical: city, source: 'builtin' });
  for (const region of regions) addName(names, region, { type: 'place', canonical: region, source: 'builtin' });
  const demonyms = new Map<string, string>();
  const countryNames = new Set<string>();
  for (const country of countries) {
    for (const form of [country.name, ...country.aliases]) {
      addName(names, form, { type: 'place', canonical: country.name, source: 'builtin' });
      countryNames.add(phraseKey(form));
    }
    for (const demonym of country.demonyms) demonyms.set(phraseKey(demonym), country.name);
  }
  for (const demonym of [...regionalDemonyms, ...affiliationWords]) if (!demonyms.has(phraseKey(demonym))) demonyms.set(phraseKey(demonym), '');
  for (const organisation of organisations) {
    for (const form of [organisation.name, ...organisation.aliases])
      for (const variant of spellingVariants(form)) addName(names, variant, { type: 'organisation', canonical: organisation.name, source: 'builtin' });
  }
  const heads = new Map<string, EntityType>();
  const addHeads = (words: Iterable<string>, type: EntityType) => {
    for (const w of words) {
      const key = phraseKey(w);
      if (!heads.has(key)) heads.set(key, type);
    }
  };
  // Order matters where a head is ambiguous: the more specific kinds claim it first.
  addHeads(actionPlanHeads, 'action-plan');
  addHeads(eventHeads, 'event');
  addHeads(projectHeads, 'project');
  addHeads(organisationHeads, 'organisation');
  addHeads(placeHeads, 'place');
  return {
    names,
    longestName: Math.max(1, ...[...names.keys()].map(wordCount)),
    nameStarts: new Set([...names.keys()].map(firstWordOf)),
    isNamePrefix: ((prefixes) => (key: string) => prefixes.has(key))(prefixesOf(names.keys())),
    givenNames: lowerSet(givenNames),
    ambiguousGivenNames: lowerSet(ambiguousGivenNames),
    surnameParticles: lowerSet(surnameParticles),
    honorifics: lowerSet(honorifics),
    personTitles: lowerSet(personTitles),
    demonyms,
    languages: lowerSet(languages),
    heads,
    furniture: lowerSet(furnitureWords),
    sharingChannels: lowerSet(sharingChannels),
    commonAcronyms: new Set([...commonAcronyms, ...unitCodes]),
    unitCodes: new Set(unitCodes),
    months: lowerSet(months),
    weekdays: lowerSet(weekdays),
    nonEntityCapitals: lowerSet(nonEntityCapitals),
    placeCues: new Set(placeCues.map(phraseKey)),
    genericPhrases: new Set(genericCapitalisedPhrases.map(phraseKey)),
    leadingHeads: new Map<string, EntityType>([
      ...leadingOrganisationHeads.map((h): [string, EntityType] => [phraseKey(h), 'organisation']),
      ...leadingPlaceHeads.map((h): [string, EntityType] => [phraseKey(h), 'place']),
    ]),
    countryNames: new Set([...countryNames, ...nationalSides.map(phraseKey)]),
    sportWords: lowerSet(sportWords),
    contestLinks: new Set(contestLinks.map(phraseKey)),
    sideCues: new Set(sideCues.map(phraseKey)),
    sideMembers: lowerSet(sideMembers),
  };
}

const DEFAULT_LEXICONS = builtinLexicons();

/** The built-in lexicons, built once at start-up and never changed. */
export function defaultLexicons(): Lexicons {
  return DEFAULT_LEXICONS;
}

/** A copy of `base` with the user's names added; `base` is left as it was. */
export function buildLexicons(user: Lexicon, base: Lexicons): Lexicons {
  const names = new Map(base.names);
  for (const [type, list] of Object.entries(user) as [EntityType, string[] | undefined][]) {
    for (const name of list ?? []) addName(names, name, { type, canonical: name, source: 'user' });
  }
  return {
    ...base,
    names,
    longestName: Math.max(base.longestName, ...[...names.keys()].map(wordCount)),
    nameStarts: new Set([...names.keys()].map(firstWordOf)),
    isNamePrefix: ((added) => (key: string) => added.has(key) || base.isNamePrefix(key))(
      prefixesOf([...names.keys()].filter((k) => !base.names.has(k))),
    ),
  };
}
