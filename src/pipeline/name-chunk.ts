// Proper-noun chunks: runs of capitalised words joined by the connectors names contain, and the
// head words that type them.
import type { EntityType } from '../schema.js';
import { isCommonWord, verbFormOf, type Lexicons } from './lexicons.js';
import { type NameUnit } from './name-units.js';
import { phraseKey } from './phrase-key.js';
import { singular } from './singular.js';

/** Lower-case words that may stand inside a name between capitalised words. */
// With the Romance ones that foreign names keep: "Gabinetes de Apoio ao Imigrante", "Banco do Brasil".
const PREPOSITIONS = new Set(['of', 'for', 'on', 'against', 'de', 'du', 'des', 'di', 'da', 'del', 'della', 'dos', 'das', 'do', 'ao', 'aos', 'au', 'aux', 'degli', 'delle']);
export const PARTICLES = new Set(['van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'y']);
export const COORDINATORS = new Set(['and', '&']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Prepositions that continue a name only after certain heads: "Delegation to Lebanon", "Office to Monitor …", "Embassy in Athens". */
const CONTINUING_PREPOSITIONS = new Set(['to', 'in']);
/** Verbs that state an instrument's aim and that compromise also lists as nouns: "to Combat …". */
const AIM_VERBS = new Set(['combat', 'counter', 'end', 'fight', 'tackle', 'address', 'stop', 'curb', 'support', 'protect', 'prevent']);
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
export const ORDINAL = /^(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/iu;
const SMALL_NUMBER = /^(?:\d{1,2}|[IVX]{1,4})$/u;
export const UPPER_START = /^\p{Lu}/u;
export const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}][\p{Lu}\p{N}&.-]{1,9}s?$/u;
const MAX_NAME_UNITS = 14;
export interface Chunk {
  units: NameUnit[];
  /** Index of the first preposition connector inside the chunk, or -1. */
  firstPreposition: number;
  /** Connector words between units, by position of the unit that follows them. */
  connectors: Map<number, string[]>;
}

function isNameUnit(unit: NameUnit, lexicons: Lexicons): boolean {
  // "d'Ivoire", "l'Intégration": an elided article before a capital is a name word too.
  if (!UPPER_START.test(unit.text) && !/^[dl]['’]\p{Lu}/u.test(unit.text)) return false;
  if (FUNCTION_CAPITALS.has(unit.lower)) return false;
  if (isCalendarWord(unit, lexicons) || isReferenceWord(unit)) return false;
  // "SAR 50 million", "16:30 CET on the Exchange": a currency or a time zone joins no name.
  if (lexicons.unitCodes.has(unit.text)) return false;
  if (lexicons.furniture.has(unit.lower)) return false;
  return true;
}

/**
 * A month or weekday. Abbreviations count only where dates write them ("Thu, 21 Mar", "Sept. 4"):
 * "Thu" in "Nguyễn Thu Trang" and "Mar" in "Mar Menor" are names.
 */
function isCalendarWord(unit: NameUnit, lexicons: Lexicons): boolean {
  const word = unit.lower.replace(/\.$/u, '');
  if (!lexicons.months.has(word) && !lexicons.weekdays.has(word)) return false;
  const abbreviation = word.length <= 4 && word !== 'may' && word !== 'june' && word !== 'july';
  if (!abbreviation || unit.text.endsWith('.') || !unit.nextText) return true;
  return /^(?:[,.:;\-–]|\p{N})/u.test(unit.nextText);
}

/** Words that introduce a number: "Decision No. 412", "Tel. +84 …", "Ref: 2024/7". */
const REFERENCE_WORDS = new Set(['no', 'nos', 'nr', 'ref', 'tel', 'fax', 'mob', 'ext', 'art', 'para', 'vol']);

function isReferenceWord(unit: NameUnit): boolean {
  if (!REFERENCE_WORDS.has(unit.lower.replace(/\.$/u, ''))) return false;
  return unit.text.endsWith('.') || !unit.nextText || /^(?:[.:+#]|\p{N})/u.test(unit.nextText);
}

export function isHonorific(unit: NameUnit, lexicons: Lexicons): boolean {
  return lexicons.honorifics.has(unit.lower.replace(/\.$/u, ''));
}

/** Splits the sentence into maximal runs of capitalised words and allowed connectors. */
export function findChunks(units: readonly NameUnit[], lexicons: Lexicons): Chunk[] {
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
        // "SHERBROOKE - Sherbrooke City Council": a dateline before its dash is no part of a name.
        !(chunk.units.length === 1 && chunk.units[0]!.sentenceInitial && chunk.units[0]!.text === chunk.units[0]!.text.toUpperCase()) &&
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
      while (units[k] && (PREPOSITIONS.has(units[k]!.lower) || PARTICLES.has(units[k]!.text) || COORDINATORS.has(units[k]!.lower) || (ARTICLES.has(units[k]!.lower) && run.length > 0 && PREPOSITIONS.has(run[run.length - 1]!)) || (CONTINUING_PREPOSITIONS.has(units[k]!.lower) && run.length === 0 && continuesAfterHead(chunk, units[k]!.lower, units[k + 1], lexicons)))) {
        run.push(units[k]!.lower);
        k++;
        if (run.length > 3) break;
      }
      // "… for Migrant Integration at the Local Level": a level of government closes a title.
      if (run.length === 0 && next.lower === 'at') {
        const level = units[j + 1]?.lower === 'the' ? j + 2 : j + 1;
        if (units[level] && isNameUnit(units[level]!, lexicons) && /^levels?$/u.test(units[level + 1]?.lower ?? '') && UPPER_START.test(units[level + 1]!.text)) {
          run.push(...units.slice(j, level).map((u) => u.lower));
          k = level;
        }
      }
      // "Protocol relating to …", "Convention relating to the Status of …": an instrument's subject.
      if (run.length === 0 && next.lower === 'relating' && units[j + 1]?.lower === 'to' && lexicons.heads.get(chunk.units[chunk.units.length - 1]!.lower) === 'action-plan') {
        run.push('relating', 'to');
        k = j + 2;
        if (units[k]?.lower === 'the') {
          run.push('the');
          k++;
        }
      }
      const after = units[k];
      const listSharesHead = run.length === 0 && next.text === ',' && chunk.firstPreposition < 0 && sharesCommaListHead(chunk, units, j, lexicons);
      if (run.length === 0 && next.text === ',' && (chunk.firstPreposition >= 0 || listSharesHead)) {
        // "Ministry of Justice, Transparency, and Human Rights": a list closing the name.
        const listEnd = commaListEnd(units, j, lexicons, listSharesHead);
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
      if (chunk.firstPreposition < 0 && run.some((w) => PREPOSITIONS.has(w) || CONTINUING_PREPOSITIONS.has(w))) chunk.firstPreposition = chunk.units.length;
      chunk.connectors.set(chunk.units.length, run);
      chunk.units.push(after);
      j = k + 1;
    }
    chunks.push(chunk);
    i = j;
  }
  return chunks;
}

/**
 * "to" continues a name after an organisation head ("Office to Monitor …"); "in" after a diplomatic
 * or field office ("Embassy in Athens"), or in a body's remit written in ordinary words
 * ("Office to Monitor and Combat Trafficking in Persons"), never before a place of its own.
 */
function continuesAfterHead(chunk: Chunk, preposition: string, next: NameUnit | undefined, lexicons: Lexicons): boolean {
  const last = chunk.units[chunk.units.length - 1]!.lower;
  // "Action Plan to Combat Trafficking": an instrument's aim after "to" and a verb.
  if (preposition === 'to' && next && (verbFormOf(next.lower) === 'infinitive' || AIM_VERBS.has(next.lower)) && chunk.units.some((u) => lexicons.heads.get(u.lower) === 'action-plan')) return true;
  if (preposition === 'in') {
    if (HEADS_TAKING_IN.has(last)) return true;
    // "Action Plan for Combating Trafficking in Human Beings", "Office … Trafficking in Persons".
    const headed = chunk.units.some((u) => {
      const type = lexicons.heads.get(u.lower);
      return type !== undefined && type !== 'place' && type !== 'event';
    });
    return headed && chunk.firstPreposition > 0 && !!next && isCommonWord(next.lower) && !lexicons.names.has(next.lower);
  }
  return chunk.units.some((u) => lexicons.heads.get(u.lower) === 'organisation');
}

/**
 * "UK Foreign, Commonwealth and Development Office": before any preposition, words listed with
 * commas share the head that closes the list, if the words before the comma are no name or head
 * of their own.
 */
function sharesCommaListHead(chunk: Chunk, units: readonly NameUnit[], from: number, lexicons: Lexicons): boolean {
  const last = chunk.units[chunk.units.length - 1]!;
  if (lexicons.heads.has(last.lower) || lexicons.names.has(phraseKey(last.text)) || ACRONYM.test(last.text)) return false;
  const end = commaListEnd(units, from, lexicons, true);
  if (end <= from) return false;
  const closing = units[end - 1]!;
  const type = lexicons.heads.get(closing.lower);
  return type === 'organisation' || type === 'action-plan' || type === 'project';
}

/**
 * The end of a comma list that closes a name — ", B, and C" / ", B and C" — made of short
 * capitalised phrases that are not names of their own; `from` points at the first comma.
 */
function commaListEnd(units: readonly NameUnit[], from: number, lexicons: Lexicons, knownItemsAllowed = false): number {
  let i = from;
  let sawAnd = false;
  let items = 0;
  while (i < units.length && items < 5) {
    if (units[i]!.text === ',') i++;
    if (units[i]?.lower === 'and' || units[i]?.lower === '&') {
      sawAnd = true;
      i++;
    }
    // "…, and Dr Tomás Ó Briain": a person after the comma starts a name of their own.
    if (units[i] && (isHonorific(units[i]!, lexicons) || lexicons.personTitles.has(units[i]!.lower) || lexicons.givenNames.has(units[i]!.lower))) return from;
    let words = 0;
    const itemStart = i;
    while (units[i] && (isNameUnit(units[i]!, lexicons) || (words > 0 && PREPOSITIONS.has(units[i]!.lower) && units[i + 1] && isNameUnit(units[i + 1]!, lexicons)))) {
      i++;
      words++;
    }
    if (words === 0 || words > 4) return from;
    if (!knownItemsAllowed && lexicons.names.has(phraseKey(units.slice(itemStart, i).map((u) => u.text).join(' ')))) return from;
    items++;
    if (sawAnd) return i;
    const next = units[i];
    if (!next || (next.text !== ',' && next.lower !== 'and' && next.lower !== '&')) return from;
  }
  return from;
}

export function sliceChunk(chunk: Chunk, from: number, to: number): Chunk {
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

export function chunkText(clean: string, chunk: Chunk): string {
  return clean.slice(chunk.units[0]!.start, chunk.units[chunk.units.length - 1]!.end);
}


/** The type a name's head word gives it: the last words before its first preposition, else its last words. */
export function headType(chunk: Chunk, lexicons: Lexicons): EntityType | undefined {
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
      const one = singular(last);
      const pluralType = lexicons.heads.get([...words.slice(0, -1), one].join(' '));
      if (pluralType && one !== last) return pluralType;
    }
    return undefined;
  };
  // A head at the front ("Ministry of …", "University of …") decides; so does one closing the pre-part.
  // A head at the front counts only before its complement: "Ministry of …", not "Project News".
  return (
    lookAt(preEnd) ??
    (preEnd < chunk.units.length ? lookAt(chunk.units.length) : undefined) ??
    (preEnd > 1 && preEnd < chunk.units.length ? lookAt(1) : undefined) ??
    leadingHeadType(chunk, lexicons)
  );
}

/** "Fondazione Porta Aperta", "Centro Cultural de Belém": a head that opens a name of two words or more. */
function leadingHeadType(chunk: Chunk, lexicons: Lexicons): EntityType | undefined {
  if (chunk.units.length < 2) return undefined;
  const two = chunk.connectors.has(1) ? undefined : lexicons.leadingHeads.get(`${chunk.units[0]!.lower} ${chunk.units[1]!.lower}`);
  return two ?? lexicons.leadingHeads.get(chunk.units[0]!.lower);
}
