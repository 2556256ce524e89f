import type { EntityType } from '../schema.js';
import type { Candidate, Sentence, Token } from './state.js';
import { compromiseNameType, isCommonWord, isCompromiseDemonym, isCompromiseGivenName, type Lexicons } from './lexicons.js';
import { nameUnits, type NameUnit } from './name-units.js';
import { phraseKey } from './phrase-key.js';

/** Lower-case words that may stand inside a name between capitalised words. */
const PREPOSITIONS = new Set(['of', 'for', 'on', 'against', 'de', 'du', 'des', 'di', 'da', 'del', 'della', 'dos', 'das']);
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'y']);
const COORDINATORS = new Set(['and', '&']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Prepositions that continue a name only after certain heads: "Delegation to Lebanon", "Office to Monitor …", "Embassy in Athens". */
const CONTINUING_PREPOSITIONS = new Set(['to', 'in']);
const HEADS_TAKING_IN = new Set(['embassy', 'consulate', 'delegation', 'mission', 'representation', 'office']);
/** Capitalised words that never open or close a name even when capitalised. */
const FUNCTION_CAPITALS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'of', 'and',
  'or', 'but', 'if', 'as', 'it', 'its', 'he', 'she', 'we', 'they', 'i', 'you', 'our', 'their', 'his', 'her', 'my',
  'your', 'there', 'here', 'when', 'where', 'while', 'what', 'who', 'which', 'why', 'how', 'all', 'some', 'any',
  'each', 'every', 'no', 'not', 'yes', 'also', 'after', 'before', 'during', 'since', 'until', 'through', 'under',
  'over', 'into', 'about', 'between', 'among', 'within', 'without', 'towards', 'toward', 'per', 'via', 'so', 'then',
  'than', 'thus', 'yet', 'both', 'either', 'neither', 'such', 'more', 'most', 'many', 'much', 'few', 'other',
  'another', 'around', 'across', 'along', 'upon', 'despite', 'because', 'although', 'though', 'whether', 'be',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should',
  'may', 'might', 'must', 'shall', 'not', 'only', 'just', 'very', 'however', 'meanwhile', 'moreover',
]);
const ORDINAL = /^(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/iu;
const SMALL_NUMBER = /^(?:\d{1,2}|[IVX]{1,4})$/u;
const UPPER_START = /^\p{Lu}/u;
/** wink-nlp tags that a capitalised sentence-opening word never has when it is a name. */
const FUNCTION_POS = new Set(['VERB', 'ADV', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'ADJ', 'NUM']);
const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}][\p{Lu}\p{N}&.-]{1,9}s?$/u;
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'explained', 'noted', 'stressed', 'announced', 'argued', 'wrote', 'summarised', 'summarized', 'underlined', 'emphasised', 'emphasized', 'opened', 'presented', 'introduced']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from', 'across', 'throughout']);
const MAX_NAME_UNITS = 14;
const COMPANY_FORMS = new Set(['corp', 'corporation', 'inc', 'ltd', 'limited', 'co', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'llc', 'group', 'holdings', 'spa', 'bhd']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'upper', 'lower']);
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Lower-case place words that close a place name: "Euro-Mediterranean region", "Central Mediterranean routes". */
const PLACE_TAILS = new Set(['region', 'route', 'routes', 'corridor', 'basin', 'coast']);
/** Rules that rest on capitalisation alone, and so say nothing inside a title-case heading. */
const WEAK_IN_TITLE_CASE = new Set(['fallback', 'place-context', 'neighbouring-head']);
/** Lower-case unit words that, following a name, make it an organisational unit ("… section"). */
const UNIT_WORDS = new Set(['section', 'unit', 'division', 'department', 'directorate', 'branch', 'secretariat']);

interface Chunk {
  units: NameUnit[];
  /** Index of the first preposition connector inside the chunk, or -1. */
  firstPreposition: number;
  /** Connector words between units, by position of the unit that follows them. */
  connectors: Map<number, string[]>;
}

function isNameUnit(unit: NameUnit, lexicons: Lexicons): boolean {
  if (!UPPER_START.test(unit.text)) return false;
  if (FUNCTION_CAPITALS.has(unit.lower)) return false;
  if (lexicons.months.has(unit.lower.replace(/\.$/u, '')) || lexicons.weekdays.has(unit.lower.replace(/\.$/u, ''))) return false;
  if (lexicons.furniture.has(unit.lower)) return false;
  return true;
}

function isHonorific(unit: NameUnit, lexicons: Lexicons): boolean {
  return lexicons.honorifics.has(unit.lower.replace(/\.$/u, ''));
}

/** Splits the sentence into maximal runs of capitalised words and allowed connectors. */
function findChunks(units: readonly NameUnit[], lexicons: Lexicons): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < units.length) {
    const unit = units[i]!;
    if (!isNameUnit(unit, lexicons) || isHonorific(unit, lexicons) || unit.inHeadline) {
      i++;
      continue;
    }
    const chunk: Chunk = { units: [unit], firstPreposition: -1, connectors: new Map() };
    let j = i + 1;
    for (;;) {
      const next = units[j];
      // Longer runs of capitalised words are tables or headings, not one name.
      if (!next || chunk.units.length >= MAX_NAME_UNITS) break;
      if (isNameUnit(next, lexicons) && !isHonorific(next, lexicons) && !next.sentenceInitial) {
        chunk.units.push(next);
        j++;
        continue;
      }
      if (SMALL_NUMBER.test(next.text) && ACRONYM.test(chunk.units[chunk.units.length - 1]!.text) && !units[j + 1]?.text.match(/^[\p{L}]/u)) {
        // "ENIGMMA 2", "Euromed Migration IV": a small number closes a name, never opens or continues one.
        chunk.units.push(next);
        j++;
        break;
      }
      // "EU - Turkey Statement": a spaced dash between two known names joins a bilateral name.
      const dashed = units[j + 1];
      if (
        (next.text === '-' || next.text === '–') &&
        dashed &&
        isNameUnit(dashed, lexicons) &&
        lexicons.names.has(phraseKey(chunk.units[chunk.units.length - 1]!.text)) &&
        lexicons.names.has(phraseKey(dashed.text)) &&
        units[j + 2] &&
        isNameUnit(units[j + 2]!, lexicons)
      ) {
        chunk.connectors.set(chunk.units.length, ['-']);
        chunk.units.push(dashed);
        j += 2;
        continue;
      }
      // Connector run: "of the", "and", "for", "de la"; it must lead to another name word.
      const run: string[] = [];
      let k = j;
      while (units[k] && (PREPOSITIONS.has(units[k]!.lower) || PARTICLES.has(units[k]!.lower) || COORDINATORS.has(units[k]!.lower) || (ARTICLES.has(units[k]!.lower) && run.length > 0 && PREPOSITIONS.has(run[run.length - 1]!)) || (CONTINUING_PREPOSITIONS.has(units[k]!.lower) && run.length === 0 && continuesAfterHead(chunk, units[k]!.lower, lexicons)))) {
        run.push(units[k]!.lower);
        k++;
        if (run.length > 3) break;
      }
      const after = units[k];
      if (run.length === 0 && next.text === ',' && chunk.firstPreposition >= 0) {
        // "Ministry of Justice, Transparency, and Human Rights": a list closing the name.
        const listEnd = commaListEnd(units, j, lexicons);
        if (listEnd > j) {
          for (let x = j; x < listEnd; x++) {
            const unit = units[x]!;
            if (isNameUnit(unit, lexicons)) {
              const gapWords = units.slice(j, x).filter((u) => COORDINATORS.has(u.lower)).map((u) => u.lower);
              chunk.connectors.set(chunk.units.length, gapWords.length ? gapWords : [',']);
              chunk.units.push(unit);
              j = x + 1;
            }
          }
          j = listEnd;
          break;
        }
      }
      if (run.length === 0 || !after || !isNameUnit(after, lexicons) || isHonorific(after, lexicons) || after.sentenceInitial) break;
      if (run.some((w) => COORDINATORS.has(w)) && run.length > 1) break;
      if (chunk.firstPreposition < 0 && run.some((w) => PREPOSITIONS.has(w))) chunk.firstPreposition = chunk.units.length;
      chunk.connectors.set(chunk.units.length, run);
      chunk.units.push(after);
      j = k + 1;
    }
    chunks.push(chunk);
    i = j;
  }
  return chunks;
}

/** "to" continues a name after an organisation head; "in" only after a diplomatic or field office. */
function continuesAfterHead(chunk: Chunk, preposition: string, lexicons: Lexicons): boolean {
  const last = chunk.units[chunk.units.length - 1]!.lower;
  if (preposition === 'in') return HEADS_TAKING_IN.has(last);
  return chunk.units.some((u) => lexicons.heads.get(u.lower) === 'organisation');
}

/**
 * The end of a comma list that closes a name — ", B, and C" / ", B and C" — made of short
 * capitalised phrases that are not names of their own; `from` points at the first comma.
 */
function commaListEnd(units: readonly NameUnit[], from: number, lexicons: Lexicons): number {
  let i = from;
  let sawAnd = false;
  let items = 0;
  while (i < units.length && items < 5) {
    if (units[i]!.text === ',') i++;
    if (units[i]?.lower === 'and' || units[i]?.lower === '&') {
      sawAnd = true;
      i++;
    }
    let words = 0;
    const itemStart = i;
    while (units[i] && (isNameUnit(units[i]!, lexicons) || (words > 0 && PREPOSITIONS.has(units[i]!.lower) && units[i + 1] && isNameUnit(units[i + 1]!, lexicons)))) {
      i++;
      words++;
    }
    if (words === 0 || words > 4) return from;
    if (lexicons.names.has(phraseKey(units.slice(itemStart, i).map((u) => u.text).join(' ')))) return from;
    items++;
    if (sawAnd) return i;
    const next = units[i];
    if (!next || (next.text !== ',' && next.lower !== 'and' && next.lower !== '&')) return from;
  }
  return from;
}

function sliceChunk(chunk: Chunk, from: number, to: number): Chunk {
  const connectors = new Map<number, string[]>();
  let firstPreposition = -1;
  for (let i = from + 1; i < to; i++) {
    const run = chunk.connectors.get(i);
    if (!run) continue;
    connectors.set(i - from, run);
    if (firstPreposition < 0 && run.some((w) => PREPOSITIONS.has(w))) firstPreposition = i - from;
  }
  return { units: chunk.units.slice(from, to), firstPreposition, connectors };
}

function chunkText(clean: string, chunk: Chunk): string {
  return clean.slice(chunk.units[0]!.start, chunk.units[chunk.units.length - 1]!.end);
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/u.test(word)) return word.slice(0, -2);
  return word.replace(/s$/u, '');
}

/** The type a name's head word gives it: the last words before its first preposition, else its last words. */
function headType(chunk: Chunk, lexicons: Lexicons): EntityType | undefined {
  // "Mobility Partnership Facility II", "ENIGMMA 2": a closing number or numeral is not the head.
  if (chunk.units.length > 1 && SMALL_NUMBER.test(chunk.units[chunk.units.length - 1]!.text) && chunk.firstPreposition < 0) {
    return headType(sliceChunk(chunk, 0, chunk.units.length - 1), lexicons);
  }
  const preEnd = chunk.firstPreposition > 0 ? chunk.firstPreposition : chunk.units.length;
  const lookAt = (end: number): EntityType | undefined => {
    for (const width of [3, 2, 1]) {
      if (end - width < 0) continue;
      const words = chunk.units.slice(end - width, end).map((u) => u.lower.replace(/'s$/u, ''));
      const type = lexicons.heads.get(words.join(' '));
      if (type) return type;
      // Plural heads ("Processes", "Strategies") type like their singular.
      const last = words[words.length - 1]!;
      const singular = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.endsWith('es') && lexicons.heads.has(last.slice(0, -2)) ? last.slice(0, -2) : last.replace(/s$/u, '');
      const pluralType = lexicons.heads.get([...words.slice(0, -1), singular].join(' '));
      if (pluralType && singular !== last) return pluralType;
    }
    return undefined;
  };
  // A head at the front ("Ministry of …", "University of …") decides; so does one closing the pre-part.
  // A head at the front counts only before its complement: "Ministry of …", not "Project News".
  return lookAt(preEnd) ?? (preEnd < chunk.units.length ? lookAt(chunk.units.length) : undefined) ?? (preEnd > 1 && preEnd < chunk.units.length ? lookAt(1) : undefined);
}

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
  if (units.length >= 2) {
    if (lexicons.givenNames.has(first) || isCompromiseGivenName(first)) score += lexicons.ambiguousGivenNames.has(first) ? 0.4 : 0.7;
    else if (/^\p{Lu}\.$/u.test(units[0]!.text)) score += 0.5;
  }
  if (title || (before && (isHonorific(before, lexicons) || lexicons.personTitles.has(before.lower)))) score += 0.6;
  const next = after[0];
  if (next && SPEECH_VERBS.has(next.lower)) score += 0.3;
  if (next?.text === ',' && after[1] && (lexicons.personTitles.has(after[1].lower) || /^(?:deputy|vice|acting|former|head|director|minister)$/u.test(after[1].lower))) score += 0.4;
  // Two or three capitalised words, none of them ordinary English: most such names are people's.
  if (units.length >= 2 && units.length <= 3 && units.every((u) => !isCommonWord(u.lower) && !ACRONYM.test(u.text))) score += 0.45;
  if (units.some((u) => ACRONYM.test(u.text) || lexicons.heads.has(u.lower))) score -= 0.5;
  return score;
}

/** The head of a lower-case noun written next to a name: "the STRIVE project", "(MC2CM) initiative", "programmes Euromed …". */
function neighbouringHead(before: NameUnit | undefined, after: readonly NameUnit[], lexicons: Lexicons): EntityType | undefined {
  let i = 0;
  if (after[0]?.text === '(' && after[2]?.text === ')') i = 3;
  const next = after[i];
  const following = next && !UPPER_START.test(next.text) ? lexicons.heads.get(next.lower) : undefined;
  if (following && following !== 'place' && following !== 'organisation') return following;
  if (next && UNIT_WORDS.has(next.lower)) return 'organisation';
  const previous = before && !UPPER_START.test(before.text) ? before.lower.replace(/s$/u, '') : undefined;
  const preceding = previous ? lexicons.heads.get(previous) : undefined;
  return preceding === 'project' ? preceding : undefined;
}

function isAllCapsCommon(units: readonly NameUnit[]): boolean {
  return units.length >= 2 && units.every((u) => u.text.length > 3 && u.text === u.text.toUpperCase() && isCommonWord(u.lower));
}

function typeChunk(
  clean: string,
  chunk: Chunk,
  lexicons: Lexicons,
  before: NameUnit | undefined,
  after: readonly NameUnit[],
  title?: string,
): Typed | undefined {
  const text = chunkText(clean, chunk);
  const known = lexicons.names.get(phraseKey(text));
  if (after[0] && PLACE_TAILS.has(after[0].text) && (!known || known.type === 'place')) return { type: 'place', confidence: 0.8, rule: 'place-tail' };
  if (known) return { type: known.type, confidence: 0.9, rule: 'lexicon' };
  const units = chunk.units;
  if (units.length === 1 && lexicons.commonAcronyms.has(units[0]!.text.replace(/s$/u, ''))) return undefined;
  // Shouted furniture ("NEWS CENTRE"), nationality and language words are not names.
  if (isAllCapsCommon(units)) return undefined;
  const nationality = (u: NameUnit) => lexicons.demonyms.has(u.lower) || lexicons.languages.has(u.lower) || isCompromiseDemonym(u.lower);
  // "South African", "North Americans": compass words before a nationality change nothing.
  if (units.some(nationality) && units.every((u) => nationality(u) || COMPASS.has(u.lower))) return undefined;
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
  const neighbour = neighbouringHead(before, after, lexicons);
  // "the STRIVE project" names a project; "the last Ministerial conference" does not.
  if (neighbour && units.some((u) => !isCommonWord(u.lower) || ACRONYM.test(u.text))) return { type: neighbour, confidence: 0.7, rule: 'neighbouring-head' };
  const person = personEvidence(chunk, lexicons, before, after, title);
  const meaningful = units.filter((u) => !isCommonWord(u.lower) && !/^\p{N}+$/u.test(u.text));
  // A title before ordinary words ("Expert Voice") names no one: a person needs a name word.
  const nameWord = meaningful.length > 0 || lexicons.givenNames.has(units[0]!.lower) || lexicons.ambiguousGivenNames.has(units[0]!.lower);
  if (person >= 0.6 && nameWord) return { type: 'person', confidence: Math.min(0.85, 0.4 + person / 2), rule: 'person-evidence' };
  if (units.length === 1) {
    const unit = units[0]!;
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
  if (meaningful.length === 0) return undefined;
  if (person >= 0.45) return { type: 'person', confidence: 0.5, rule: 'person-evidence' };
  const lastKnown = lexicons.names.get(units[units.length - 1]!.lower);
  if (lastKnown?.type === 'place' && before && PLACE_PREPOSITIONS.has(before.lower)) return { type: 'place', confidence: 0.45, rule: 'place-context' };
  return { type: 'organisation', confidence: 0.35, rule: 'fallback' };
}

/**
 * "Maltese Chairmanship of the ICMPD Steering Group", "Strand C of the Mobility Partnership
 * Facility": an unnamed thing of a named one. Keeps the named part.
 */
function trimUnheadedPrefix(clean: string, chunk: Chunk, lexicons: Lexicons): Chunk {
  const at = chunk.firstPreposition;
  if (at <= 0 || lexicons.names.has(phraseKey(chunkText(clean, chunk)))) return chunk;
  const pre = sliceChunk(chunk, 0, at);
  const post = sliceChunk(chunk, at, chunk.units.length);
  if (headType(pre, lexicons) || lexicons.names.has(phraseKey(chunkText(clean, pre)))) return chunk;
  // "Maltese Chairmanship …", "Strand C …": a nationality or ordinary words before the "of".
  const preIsDescription =
    lexicons.demonyms.has(pre.units[0]!.lower) ||
    pre.units.every((u) => isCommonWord(u.lower) || u.text.length === 1 || lexicons.personTitles.has(u.lower));
  const postIsName = lexicons.names.has(phraseKey(chunkText(clean, post))) || headType(post, lexicons) !== undefined;
  return preIsDescription && postIsName ? post : chunk;
}

/**
 * "Jesper Parnevik of Sweden", "Lynn Reaser of Barnett Banks Inc.", "Kia Motor Corp of South Korea":
 * a complete name, then "of" and where it belongs. Split them; "University of Oxford" stays whole.
 */
function splitAffiliationOf(clean: string, chunk: Chunk, lexicons: Lexicons): Chunk[] {
  const at = chunk.firstPreposition;
  if (at <= 0 || lexicons.names.has(phraseKey(chunkText(clean, chunk)))) return [chunk];
  const pre = sliceChunk(chunk, 0, at);
  const post = sliceChunk(chunk, at, chunk.units.length);
  const preKnown = lexicons.names.get(phraseKey(chunkText(clean, pre)));
  const postKnown = lexicons.names.get(phraseKey(chunkText(clean, post)));
  // "Santa Maria Police Station on the Island of Sal": one place on another.
  if ((chunk.connectors.get(at) ?? []).includes('on')) {
    const isPlace = (part: Chunk, known: typeof preKnown) => known?.type === 'place' || headType(part, lexicons) === 'place';
    return isPlace(pre, preKnown) && isPlace(post, postKnown) ? [pre, post] : [chunk];
  }
  if (!(chunk.connectors.get(at) ?? []).every((w) => w === 'of' || w === 'the')) return [chunk];
  // A company's legal form closes its name ("Kia Motor Corp of South Korea"); an institution's
  // country belongs to it ("Supreme Court of Kenya").
  const preIsCompany = pre.units.length >= 2 && COMPANY_FORMS.has(pre.units[pre.units.length - 1]!.lower.replace(/\.$/u, ''));
  const preIsPerson = pre.units.length >= 2 && looksLikePerson(pre, lexicons) && !headType(pre, lexicons);
  if (preIsPerson || ((preIsCompany || preKnown?.type === 'place') && postKnown?.type === 'place')) return [pre, post];
  return [chunk];
}

/** "Lebanese Ministries", "EU Member States", "Migration Routes": a plural class noun, not a name. */
function isPluralDescription(chunk: Chunk, lexicons: Lexicons): boolean {
  if (chunk.firstPreposition >= 0 || chunk.units.length < 2) return false;
  // A class of instruments written as a name is one: "Mobility Partnerships".
  if (lexicons.heads.has(chunk.units.map((u) => u.lower).join(' '))) return false;
  const last = chunk.units[chunk.units.length - 1]!.lower;
  if (!last.endsWith('s') || lexicons.heads.has(last) || !lexicons.heads.has(singular(last))) return false;
  const modifiers = chunk.units.slice(0, -1);
  if (lexicons.demonyms.has(phraseKey(modifiers.map((u) => u.text).join(' ')))) return true;
  return modifiers.every(
    (u) => isCommonWord(u.lower) || lexicons.demonyms.has(u.lower) || ACRONYM.test(u.text) || lexicons.names.has(u.lower) || /-/u.test(u.text),
  );
}

/** Drops a capitalised sentence-opening word that is ordinary English ("Speeches", "Download"). */
function dropConventionalCapital(chunk: Chunk, lexicons: Lexicons): Chunk | undefined {
  const first = chunk.units[0]!;
  if (!first.sentenceInitial) return chunk;
  const known = lexicons.names.has(phraseKey(first.text)) || lexicons.givenNames.has(first.lower) || isCompromiseGivenName(first.lower);
  const ordinary = lexicons.nonEntityCapitals.has(first.lower) || (!known && (isCommonWord(first.lower) || FUNCTION_POS.has(first.pos)));
  if (!ordinary) return chunk;
  // A multi-word name with a typing head keeps its first word: "National Immigration Strategy".
  if (chunk.units.length >= 2 && !chunk.connectors.has(1) && headType(chunk, lexicons) && !lexicons.nonEntityCapitals.has(first.lower)) return chunk;
  if (chunk.units.length === 1) return undefined;
  return sliceChunk(chunk, chunk.connectors.has(1) ? 1 : 1, chunk.units.length);
}

/**
 * Splits at "and"/"&" when the parts are names of their own ("France & Sweden"), and keeps
 * the coordination inside one name when it belongs to it ("Office on Drugs and Crime").
 */
function splitCoordinations(clean: string, chunk: Chunk, lexicons: Lexicons): Chunk[] {
  if (lexicons.names.has(phraseKey(chunkText(clean, chunk)))) return [chunk];
  for (const [at, run] of chunk.connectors) {
    if (!run.some((w) => COORDINATORS.has(w))) continue;
    const left = sliceChunk(chunk, 0, at);
    const right = sliceChunk(chunk, at, chunk.units.length);
    const insidePreposition = chunk.firstPreposition >= 0 && chunk.firstPreposition < at;
    const leftHead = headType(left, lexicons);
    const rightHead = headType(right, lexicons);
    // "Border Management and Security Programme", "Migration and Development Strategy": ordinary
    // words before "and" share the head that follows; names ("France & Sweden") do not.
    const leftLast = left.units[left.units.length - 1]!;
    const sharedHead = !leftHead && rightHead && isCommonWord(leftLast.lower) && !lexicons.names.has(phraseKey(chunkText(clean, left)));
    // "Office on Refugees and Returnees": after a preposition, "and" joins the name's complements,
    // unless what follows is a name of its own ("… and MIEUX", "… and Ministry of Y").
    const rightFirst = right.units[0]!;
    const rightOpensName =
      lexicons.heads.has(rightFirst.lower) || ACRONYM.test(rightFirst.text) || lexicons.names.has(phraseKey(chunkText(clean, right)));
    if ((insidePreposition && !rightOpensName) || sharedHead) continue;
    return [...splitCoordinations(clean, left, lexicons), ...splitCoordinations(clean, right, lexicons)];
  }
  return [chunk];
}

/** The number of units, from `from`, that make a person's title ("Deputy Minister", "Swiss Special Delegate"). */
function titleLength(chunk: Chunk, from: number, lexicons: Lexicons): number {
  let i = from;
  // Nationality or "European" before a title: "European Commissioner", "Swiss Special Delegate".
  while (i < chunk.units.length && lexicons.demonyms.has(chunk.units[i]!.lower) && !chunk.connectors.has(i + 1)) i++;
  let matched = 0;
  for (let width = Math.min(4, chunk.units.length - i); width >= 1; width--) {
    const words: string[] = [];
    for (let k = i; k < i + width; k++) {
      if (k > i) words.push(...(chunk.connectors.get(k) ?? []));
      words.push(chunk.units[k]!.lower.replace(/\.$/u, ''));
    }
    if (lexicons.personTitles.has(words.join(' ')) || (width === 1 && (lexicons.honorifics.has(words[0]!) || PERSON_ABBREVIATIONS.has(chunk.units[i]!.text)))) {
      matched = width;
      break;
    }
  }
  return matched === 0 ? 0 : i - from + matched;
}

/** Short forms that stand before a name as a title: "DG Michael Spindelegger". */
const PERSON_ABBREVIATIONS = new Set(['DG', 'SG', 'CEO', 'MP', 'MEP', 'PM']);

function looksLikePerson(chunk: Chunk, lexicons: Lexicons): boolean {
  if (chunk.units.length === 0 || chunk.firstPreposition >= 0) return false;
  if (chunk.units.some((u) => lexicons.demonyms.has(u.lower) || isCompromiseDemonym(u.lower))) return false;
  const first = chunk.units[0]!;
  if (lexicons.givenNames.has(first.lower) || lexicons.ambiguousGivenNames.has(first.lower) || isCompromiseGivenName(first.lower)) return true;
  return chunk.units.every((u) => !isCommonWord(u.lower) && !ACRONYM.test(u.text)) && !headType(chunk, lexicons);
}

interface Titled {
  chunk: Chunk;
  title?: string;
}

/**
 * Separates titles from names: "Director General Spindelegger" (title kept for the role),
 * "Ambassador of Switzerland" and "Head of Europol" (the title and its "of" dropped),
 * "ICMPD Director Michael Spindelegger" (split into the organisation and the titled person).
 * A name that merely starts with a title word stays whole: "General Directorate of …".
 */
function separateTitles(clean: string, chunk: Chunk, lexicons: Lexicons): Titled[] {
  if (lexicons.names.has(phraseKey(chunkText(clean, chunk)))) return [{ chunk }];
  const units = chunk.units;
  // A title word inside a name's complement is part of the name: "Commission on … Criminal Justice".
  const lastTitleStart = chunk.firstPreposition > 0 ? chunk.firstPreposition : units.length;
  for (let at = 0; at < lastTitleStart; at++) {
    if (at > 0 && chunk.connectors.has(at)) continue;
    const length = titleLength(chunk, at, lexicons);
    if (length === 0) continue;
    const end = at + length;
    const left = at > 0 ? [{ chunk: sliceChunk(chunk, 0, at) }] : [];
    const title = units.slice(at, end).map((u) => u.text).join(' ');
    if (end >= units.length) return left; // the title closes the chunk: no name after it
    if (chunk.connectors.has(end)) {
      // "Minister of X": the rest names where the person belongs, if it names anything.
      // "Director of the Office for Education …" names an office; "Commissioner for Digital Economy" a portfolio.
      let rest = sliceChunk(chunk, end, units.length);
      // "Head of Office of the Konrad Adenauer Foundation": a bare head before a name of its own.
      if (rest.firstPreposition === 1 && lexicons.heads.has(rest.units[0]!.lower)) {
        const inner = sliceChunk(rest, 1, rest.units.length);
        if (lexicons.names.has(phraseKey(chunkText(clean, inner))) || headType(inner, lexicons)) rest = inner;
      }
      const frontHead = rest.firstPreposition === 1 && lexicons.heads.has(rest.units[0]!.lower);
      // "Director of the Statistics Office": with "the", the title's complement is an institution.
      const definite = (chunk.connectors.get(end) ?? []).includes('the') && headType(rest, lexicons) !== undefined;
      const keep = lexicons.names.has(phraseKey(chunkText(clean, rest))) || frontHead || definite || rest.units.some((u) => !isCommonWord(u.lower));
      return [...left, ...(keep ? separateTitles(clean, rest, lexicons) : [])];
    }
    const rest = sliceChunk(chunk, end, units.length);
    if (at === 0 && !looksLikePerson(rest, lexicons)) return [{ chunk }];
    return [...left, { chunk: rest, title }];
  }
  return [{ chunk }];
}

/** Proper-noun chunks typed by lexicon, head word, person evidence and context. */
export function recogniseProperNames(
  clean: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lexicons: Lexicons,
): Candidate[] {
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    const units = nameUnits(clean, tokens, sentence.firstToken, sentence.endToken, (lower) => lexicons.heads.has(lower));
    const position = new Map(units.map((u, i) => [u, i]));
    for (const raw of findChunks(units, lexicons)) {
      const opened = dropConventionalCapital(raw, lexicons);
      if (!opened) continue;
      const parts = splitCoordinations(clean, opened, lexicons)
        .flatMap((part) => splitAffiliationOf(clean, part, lexicons))
        .flatMap((part) => separateTitles(clean, part, lexicons));
      for (const { chunk: whole, title } of parts) {
        if (whole.units.length === 0) continue;
        const chunk = trimUnheadedPrefix(clean, whole, lexicons);
        if (chunk.units.length === 0 || isPluralDescription(chunk, lexicons)) continue;
        const firstIndex = position.get(chunk.units[0]!)!;
        const lastIndex = position.get(chunk.units[chunk.units.length - 1]!)!;
        const before = units[firstIndex - 1];
        const after = units.slice(lastIndex + 1, lastIndex + 3);
        const typed = typeChunk(clean, chunk, lexicons, before, after, title);
        if (!typed) continue;
        // In a title-case heading every word is capitalised: only a name's own evidence counts,
        // and a name made only of ordinary words ("Improving Services") is no name there.
        if (chunk.units[0]!.inTitleCase && typed.rule !== 'lexicon') {
          if (WEAK_IN_TITLE_CASE.has(typed.rule) || chunk.units.every((u) => isCommonWord(u.lower))) continue;
        }
        let start = chunk.units[0]!.start;
        let end = chunk.units[chunk.units.length - 1]!.end;
        // Ordinal titles belong to events: "6th Budapest Process Ministerial Conference"; the year
        // belongs to an annual edition: "2021 Annual Policy Initiative".
        if (typed.type === 'event' && before && ORDINAL.test(before.text)) start = before.start;
        if ((typed.type === 'event' || typed.type === 'project') && before && /^\d{4}$/u.test(before.text) && chunk.units[0]!.lower === 'annual') {
          start = before.start;
        }
        const next = after[0];
        if ((typed.type === 'organisation' && next && UNIT_WORDS.has(next.text)) || typed.rule === 'place-tail') end = next!.end;
        found.push({
          start,
          end,
          type: typed.type,
          rule: typed.rule,
          confidence: typed.confidence,
          ...(title ? { title } : {}),
        });
      }
    }
  }
  return found;
}
