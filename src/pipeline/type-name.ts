// The type of a proper-noun chunk: lexicon, head word, person evidence, neighbouring words.
import type { EntityType } from '../schema.js';
import { compromiseNameType, isCommonWord, isCompromiseAdjective, knownAsWritten, isCompromiseDemonym, isCompromiseGivenName, type Lexicons } from './lexicons.js';
import { type NameUnit } from './name-units.js';
import { phraseKey } from './phrase-key.js';
import { ACRONYM, ORDINAL, PARTICLES, UPPER_START, chunkText, headType, isHonorific, sliceChunk } from './name-chunk.js';
import { singular } from './singular.js';
import type { Chunk } from './name-chunk.js';

const VENUE_HEADS = new Set(['centre', 'center', 'hall', 'house', 'arena', 'stadium', 'palace']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'explained', 'noted', 'stressed', 'announced', 'argued', 'wrote', 'summarised', 'summarized', 'underlined', 'emphasised', 'emphasized', 'opened', 'presented', 'introduced']);
/** Prepositions of location only: "from" and "at" also come before people and bodies. */
const LOCATIVES = new Set(['in', 'near', 'outside', 'throughout', 'across']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from', 'across', 'throughout']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'upper', 'lower']);
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Lower-case place words that close a place name: "Euro-Mediterranean region", "Central Mediterranean routes". */
const PLACE_TAILS = new Set(['region', 'route', 'routes', 'corridor', 'basin', 'coast']);
/** Words that number the parts of a text: "Section VI", "Annex 2". */
const TEXT_DIVISIONS = new Set(['part', 'section', 'chapter', 'article', 'annex', 'appendix', 'paragraph', 'title', 'volume', 'phase', 'step', 'stage', 'table', 'figure', 'box']);
/** Lower-case words between a name and a kind word that do not modify the kind: "Wadi Fira last week". */
const NOT_MODIFIERS = new Set(['last', 'next', 'this', 'that', 'every', 'each', 'per', 'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'by', 'with', 'is', 'was', 'are', 'were', 'has', 'had', 'will', 'new']);
/** Words that end the noun phrase of an apposition: "a housing programme that …", "… for refugees". */
const APPOSITION_ENDS = new Set(['that', 'which', 'who', 'whose', 'with', 'for', 'of', 'in', 'on', 'to', 'and', 'or', 'by', 'from', 'at', 'run', 'led', 'based', 'funded']);
/** Lower-case words of administrative units and crossings that type the name before them. */
const PLACE_KIND_WORDS = new Set([
  'state', 'states', 'province', 'provinces', 'district', 'districts', 'county', 'counties', 'governorate',
  'governorates', 'prefecture', 'oblast', 'municipality', 'municipalities', 'village', 'villages', 'town',
  'towns', 'camp', 'camps', 'border', 'crossing', 'airport', 'port', 'island', 'islands', 'valley', 'river',
]);
/** Lower-case unit words that, following a name, make it an organisational unit ("… section"). */
export const UNIT_WORDS = new Set(['section', 'unit', 'division', 'department', 'directorate', 'branch', 'secretariat']);

interface Typed {
  type: EntityType;
  confidence: number;
  rule: string;
}

function personEvidence(
  chunk: Chunk,
  lexicons: Lexicons,
  before: NameUnit | undefined,
  after: readonly NameUnit[],
  title: string | undefined,
): number {
  const units = chunk.units;
  if (chunk.firstPreposition >= 0) return 0;
  if ([...chunk.connectors.values()].some((run) => run.some((w) => !PARTICLES.has(w)))) return 0;
  if (units.length > 4) return 0;
  let score = 0;
  const first = units[0]!.lower;
  // "West Darfur", "North Kivu": a compass word opens a region's name, not a person's.
  if (units.length >= 2 && COMPASS.has(first)) return 0;
  if (units.length >= 2) {
    if (lexicons.givenNames.has(first) || lexicons.ambiguousGivenNames.has(first) || isCompromiseGivenName(first)) {
      score += lexicons.ambiguousGivenNames.has(first) ? 0.5 : 0.7;
    }
    else if (/^\p{Lu}\.$/u.test(units[0]!.text)) score += 0.5;
  }
  if (title || (before && (isHonorific(before, lexicons) || lexicons.personTitles.has(before.lower)))) score += 0.6;
  const next = after[0];
  if (next && SPEECH_VERBS.has(next.lower)) score += 0.3;
  const titleAfterComma = after[1] && (lexicons.personTitles.has(after[1].lower) || (after[2] && lexicons.personTitles.has(`${after[1].lower} ${after[2].lower}`)));
  if (next?.text === ',' && after[1] && (titleAfterComma || /^(?:deputy|vice|acting|former|head|director|minister)$/u.test(after[1].lower))) score += 0.4;
  // "… said Ion Ciobanu": the speaker named after the verb.
  if (before && SPEECH_VERBS.has(before.lower) && units.length >= 2) score += 0.3;
  // Two or three capitalised words, none of them ordinary English: most such names are people's.
  if (units.length >= 2 && units.length <= 3 && units.every((u) => !isCommonWord(u.lower) && !ACRONYM.test(u.text))) score += 0.45;
  if (units.some((u) => ACRONYM.test(u.text) || lexicons.heads.has(u.lower))) score -= 0.5;
  // "La Strada Moldova", "Caritas Austria": a country closing the name is where a body works.
  // ("Michael Jordan" keeps his name: a country that is also a given name says nothing.)
  const last = units[units.length - 1]!.lower;
  if (units.length >= 2 && lexicons.countryNames.has(last) && !lexicons.givenNames.has(last) && !isCompromiseGivenName(last)) score -= 1;
  return score;
}

/** The head of a lower-case noun written next to a name: "the STRIVE project", "(MC2CM) initiative", "programmes Euromed …". */
function neighbouringHead(before: NameUnit | undefined, after: readonly NameUnit[], lexicons: Lexicons): EntityType | undefined {
  let i = 0;
  if (after[0]?.text === '(' && after[2]?.text === ')') i = 3;
  const next = after[i];
  const kindOf = (unit: NameUnit | undefined) => {
    const type = unit && !UPPER_START.test(unit.text) ? lexicons.heads.get(unit.lower) : undefined;
    return type && type !== 'place' && type !== 'organisation' ? type : undefined;
  };
  const following = kindOf(next);
  if (following) return following;
  if (next && UNIT_WORDS.has(next.lower)) return 'organisation';
  // "its Buddy for Work mentoring scheme": one lower-case modifier before the kind word.
  const modified = kindOf(after[i + 1]);
  if (next && /^\p{Ll}[\p{Ll}-]+$/u.test(next.text) && !lexicons.heads.has(next.lower) && !NOT_MODIFIERS.has(next.lower) && (modified === 'project' || modified === 'action-plan')) {
    return modified;
  }
  // "Casa Ponte, a transitional housing programme": an apposition says what the name is.
  // The apposition's head is its last noun: "a senior programme officer" names a person.
  if (next?.text === ',' && after[i + 1] && /^(?:a|an)$/u.test(after[i + 1]!.lower)) {
    let head: NameUnit | undefined;
    for (let k = i + 2; k < Math.min(after.length, i + 7); k++) {
      const unit = after[k]!;
      if (!/^\p{Ll}/u.test(unit.text) || APPOSITION_ENDS.has(unit.lower)) break;
      head = unit;
    }
    const kind = kindOf(head);
    if (kind) return kind;
  }
  const previous = before && !UPPER_START.test(before.text) ? singular(before.lower) : undefined;
  const preceding = previous ? lexicons.heads.get(previous) : undefined;
  return preceding === 'project' ? preceding : undefined;
}

function isAllCapsCommon(units: readonly NameUnit[]): boolean {
  // Codes such as "TYPO3" in a shouted line change nothing: "NEWS CENTRE TYPO3".
  const words = units.filter((u) => !/\p{N}/u.test(u.text));
  return words.length >= 2 && words.every((u) => u.text.length > 3 && u.text === u.text.toUpperCase() && isCommonWord(u.lower)) && units.every((u) => u.text === u.text.toUpperCase());
}

/**
 * A cue phrase of more than a preposition right before the name: "the town of", "east of",
 * "neighbouring". Bare prepositions ("in", "from") say too little on their own for a name of
 * several words, and are weighed elsewhere for one word.
 */
function strongPlaceCue(preceding: readonly NameUnit[], lexicons: Lexicons): boolean {
  for (let n = Math.min(3, preceding.length); n >= 1; n--) {
    const words = preceding.slice(preceding.length - n);
    if (words.some((u) => UPPER_START.test(u.text))) return false;
    const phrase = words.map((u) => u.lower).join(' ');
    if (lexicons.placeCues.has(phrase) && (n > 1 || !PLACE_PREPOSITIONS.has(phrase) && phrase !== 'to' && phrase !== 'between')) return true;
  }
  return false;
}

export function typeChunk(
  clean: string,
  chunk: Chunk,
  lexicons: Lexicons,
  preceding: readonly NameUnit[],
  after: readonly NameUnit[],
  title?: string,
): Typed | undefined {
  const before = preceding[preceding.length - 1];
  const text = chunkText(clean, chunk);
  const known = knownAsWritten(lexicons.names.get(phraseKey(text)), text);
  if (after[0] && PLACE_TAILS.has(after[0].text) && (!known || known.type === 'place')) return { type: 'place', confidence: 0.8, rule: 'place-tail' };
  // "West Darfur state", "the Rosso border post", "Ouaddaï and Wadi Fira provinces": a lower-case
  // administrative or border word after a name makes it a place, and stays out of the name.
  let k = after[0]?.text === 'and' ? 1 : 0;
  while (k > 0 && after[k] && UPPER_START.test(after[k]!.text)) k++;
  const unitAfter = after[k];
  const adjectival = () =>
    lexicons.demonyms.has(phraseKey(text)) ||
    chunk.units.some((u) => lexicons.demonyms.has(u.lower) || lexicons.languages.has(u.lower) || isCompromiseDemonym(u.lower) || isCompromiseAdjective(u.lower));
  if (unitAfter && PLACE_KIND_WORDS.has(unitAfter.text) && (!known || known.type === 'place') && !adjectival() && !headType(chunk, lexicons)) {
    return { type: 'place', confidence: 0.7, rule: 'place-kind' };
  }
  if (known) return { type: known.type, confidence: 0.9, rule: 'lexicon' };
  const units = chunk.units;
  if (units.length === 1 && lexicons.commonAcronyms.has(units[0]!.text.replace(/s$/u, ''))) return undefined;
  // Shouted furniture ("NEWS CENTRE"), nationality and language words are not names.
  if (isAllCapsCommon(units)) return undefined;
  const nationality = (u: NameUnit) => lexicons.demonyms.has(u.lower) || lexicons.languages.has(u.lower) || isCompromiseDemonym(u.lower);
  // "South African", "North Americans": compass words before a nationality change nothing.
  if (units.some(nationality) && units.every((u) => nationality(u) || COMPASS.has(u.lower))) return undefined;
  // "Vienna International Centre": a city's centre, hall or house is a venue, not a body.
  if (units.length >= 2 && VENUE_HEADS.has(units[units.length - 1]!.lower) && lexicons.names.get(units[0]!.lower)?.type === 'place' && chunk.firstPreposition < 0) {
    return { type: 'place', confidence: 0.75, rule: 'head-word' };
  }
  // "Part II", "Section 4", "Annex IV": a numbered division of a text, not a name.
  const lastUnit = units[units.length - 1]!;
  if (
    units.length >= 2 &&
    /^(?:\d{1,3}|[IVX]{1,4})$/u.test(lastUnit.text) &&
    units.slice(0, -1).every((u) => isCommonWord(u.lower) && (!lexicons.heads.has(u.lower) || TEXT_DIVISIONS.has(u.lower)))
  ) {
    return undefined;
  }
  // "Council of Europe Convention on …", "OSCE Mission to Serbia": a body's name, then a head of
  // another kind, names that kind of thing.
  for (let k = Math.min(units.length - 1, 6); k >= 1; k--) {
    const owner = lexicons.names.get(phraseKey(clean.slice(units[0]!.start, units[k - 1]!.end)));
    if (owner?.type !== 'organisation' || chunk.connectors.has(k)) continue;
    const kind = headType(sliceChunk(chunk, k, units.length), lexicons);
    if (kind && kind !== 'place' && kind !== 'person' && kind !== 'organisation') return { type: kind, confidence: 0.8, rule: 'head-word' };
    break;
  }
  // An all-caps single word is a name of its own ("HARBOUR"), not its head word.
  const head = units.length === 1 && ACRONYM.test(units[0]!.text) ? undefined : headType(chunk, lexicons);
  if (head) {
    // A lone head word ("the Commission", "Conferences") is a description, not a name,
    // but an ordinal makes a title of an event: "the fifth Forum".
    if (units.length === 1 && !ACRONYM.test(units[0]!.text) && (lexicons.heads.has(units[0]!.lower) || lexicons.heads.has(singular(units[0]!.lower)))) {
      return head === 'event' && before && ORDINAL.test(before.text) ? { type: 'event', confidence: 0.7, rule: 'ordinal-event' } : undefined;
    }
    // A compound of head words ("Action Plan", "Police Force") is as generic as one; a head phrase
    // with a modifier of its own ("Mobility Partnerships", "Ministerial Conference") names a class or a series.
    if (
      (head === 'action-plan' || head === 'project') &&
      units.length >= 2 &&
      units.every((u) => lexicons.heads.has(u.lower) || lexicons.heads.has(singular(u.lower)))
    ) {
      return undefined;
    }
    return { type: head, confidence: 0.8, rule: 'head-word' };
  }
  // "the 2nd Regional Training on Fair Recruitment": a numbered edition of something unnamed by a
  // head is an event; a body would carry its head ("5th Infantry Division").
  if (before && /^\d{1,3}(?:st|nd|rd|th)$/iu.test(before.text) && units.length >= 2) {
    return { type: 'event', confidence: 0.6, rule: 'ordinal-event' };
  }
  const neighbour = neighbouringHead(before, after, lexicons);
  // "the STRIVE project" names a project; "the last Ministerial conference" does not.
  if (neighbour && units.some((u) => !isCommonWord(u.lower) || ACRONYM.test(u.text))) return { type: neighbour, confidence: 0.7, rule: 'neighbouring-head' };
  // Ordinary words capitalised inside a sentence before a unit word name the unit: "the Human
  // Trafficking and Migrant Smuggling section".
  // A "section" is a body's only after its owner ("UNODC's … section"); a page has sections too.
  const owned = before?.lower === "'s" || /'s$/u.test(before?.lower ?? '');
  if (neighbour === 'organisation' && after[0] && UNIT_WORDS.has(after[0].text) && (after[0].text !== 'section' || owned) && units.length >= 2 && !units[0]!.sentenceInitial) {
    return { type: 'organisation', confidence: 0.65, rule: 'neighbouring-head' };
  }
  const person = personEvidence(chunk, lexicons, before, after, title);
  const meaningful = units.filter((u) => !isCommonWord(u.lower) && !/^\p{N}+$/u.test(u.text));
  // A title before ordinary words ("Expert Voice") names no one: a person needs a name word.
  const nameWord = meaningful.length > 0 || lexicons.givenNames.has(units[0]!.lower) || lexicons.ambiguousGivenNames.has(units[0]!.lower);
  if (person >= 0.6 && nameWord) return { type: 'person', confidence: Math.min(0.85, 0.4 + person / 2), rule: 'person-evidence' };
  if (meaningful.length > 0 && strongPlaceCue(preceding, lexicons)) return { type: 'place', confidence: 0.55, rule: 'place-context' };
  if (units.length === 1) {
    const unit = units[0]!;
    // "Part II", "Section IV": a Roman numeral alone numbers something; it names nothing.
    if (/^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/u.test(unit.text)) return undefined;
    // "P-KE-AA0-045": letters and digits in hyphenated groups are a code.
    if (/\p{N}/u.test(unit.text) && (unit.text.match(/-/gu)?.length ?? 0) >= 2) return undefined;
    // "412/QĐ-TTg", "2024/ABC": letters fused to a number by a slash are part of a reference code.
    if (/[\p{N}/]$/u.test(clean.slice(Math.max(0, unit.start - 1), unit.start))) return undefined;
    if (!/\p{L}.*\p{L}/u.test(unit.text)) return undefined;
    // Letters and digits ("TYPO3", "MP3") name products and codes more often than bodies: those
    // need a bracket definition, a lexicon entry or a head word, which other rules supply.
    if (ACRONYM.test(unit.text) && /\p{N}/u.test(unit.text)) return undefined;
    if (ACRONYM.test(unit.text)) return { type: 'organisation', confidence: 0.55, rule: 'acronym' };
    const guess = compromiseNameType(unit.lower);
    if (guess) return { type: guess, confidence: 0.6, rule: 'compromise-lexicon' };
    if (meaningful.length === 0) return undefined;
    if (before && PLACE_PREPOSITIONS.has(before.lower)) return { type: 'place', confidence: 0.45, rule: 'place-context' };
    // A capital at the start of a sentence, or after "its"/"their", is no evidence of a name.
    if (unit.sentenceInitial || (before && POSSESSIVE_DETERMINERS.has(before.lower))) return undefined;
    return { type: 'organisation', confidence: 0.35, rule: 'fallback' };
  }
  // "in Hà Nội", "near Wadi Fira": after a locative preposition, unknown words without a given
  // name are a place rather than a person.
  const givenFirst = lexicons.givenNames.has(units[0]!.lower) || lexicons.ambiguousGivenNames.has(units[0]!.lower) || isCompromiseGivenName(units[0]!.lower);
  if (before && LOCATIVES.has(before.lower) && !givenFirst && !title && units.length <= 3 && meaningful.length === units.length && chunk.firstPreposition < 0) {
    return { type: 'place', confidence: 0.45, rule: 'place-context' };
  }
  // "Guy Forget", "Mark Butcher": a given name before a capitalised word is a person even when
  // both are also ordinary words.
  if (person >= 0.45 && (meaningful.length > 0 || (units.length === 2 && nameWord && !chunk.units[0]!.sentenceInitial))) {
    return { type: 'person', confidence: 0.5, rule: 'person-guess' };
  }
  if (meaningful.length === 0) return undefined;
  const lastKnown = lexicons.names.get(units[units.length - 1]!.lower);
  if (lastKnown?.type === 'place' && before && PLACE_PREPOSITIONS.has(before.lower)) return { type: 'place', confidence: 0.45, rule: 'place-context' };
  return { type: 'organisation', confidence: 0.35, rule: 'fallback' };
}
