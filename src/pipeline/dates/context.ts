import { monthNumberOf } from './month-names.js';

/*
 * Checks on the characters and words around a numeric candidate. Each looks at a bounded window
 * (a few dozen characters at most), so the cost per candidate is constant.
 */

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const HORIZONTAL_SPACE = /[^\S\r\n]/u;
const SENTENCE_END = /[.!?:;\r\n]/u;

// ASCII answers first: these run several times per candidate, and Unicode property tests are slow.
function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch < '\u0080') return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
  return LETTER.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch < '\u0080') return ch >= '0' && ch <= '9';
  return DIGIT.test(ch);
}

function isAlphanumeric(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch);
}

function isHorizontalSpace(ch: string | undefined): boolean {
  if (ch === ' ' || ch === '\t') return true;
  return ch !== undefined && ch >= '\u0080' && HORIZONTAL_SPACE.test(ch);
}

const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₹', '₺', '₽', '¢']);
/** Signs that make the digits after them a quantity, a code or a phone number. */
const NON_DATE_LEAD_SIGNS = new Set([...CURRENCY_SIGNS, '+', '#', '№', '§']);
const NUMBER_JOINERS = new Set(['.', ',', ':', '/', '-', '\u2010', '\u2011', '\u2013']);
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
/** Words that may be hyphenated to a year without making it part of a code: "mid-2019". */
const YEAR_HYPHEN_PREFIXES = new Set(['mid', 'early', 'late', 'pre', 'post', 'end', 'start', 'fy']);

/** Words of at most this many characters are looked at around a candidate. */
const WORD_WINDOW = 24;

function wordEndingAt(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < WORD_WINDOW && isLetter(text[start - 1])) start--;
  return text.slice(start, end);
}

/**
 * True when the digits at `start` continue something before them: a larger number ("2,019",
 * "1.2019"), a time, a code ("A-2020", "COVID-19", "S/2019/12") or a sign ("$2019", "+43").
 */
export function continuesTokenBefore(text: string, start: number): boolean {
  const previous = text[start - 1];
  if (previous === undefined) return false;
  if (NON_DATE_LEAD_SIGNS.has(previous)) return true;
  const beforePrevious = text[start - 2];
  if (NUMBER_JOINERS.has(previous) && isDigit(beforePrevious)) return true;
  if (previous === '/' && isLetter(beforePrevious)) return true;
  if (HYPHENS.has(previous) && isLetter(beforePrevious)) {
    const word = wordEndingAt(text, start - 1);
    // "30 June-6 July" joins two dates; "A-2020" and "COVID-19" are codes.
    return !YEAR_HYPHEN_PREFIXES.has(word.toLowerCase()) && monthNumberOf(word) === undefined;
  }
  return false;
}

/**
 * True when the digits ending at `end` run on into something: a percentage, a decimal, a time, a
 * code or file name ("2019/123", "2019.pdf", "12:57").
 */
export function continuesTokenAfter(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return false;
  if (next === '%' || next === '‰' || next === '°') return true;
  return NUMBER_JOINERS.has(next) && isAlphanumeric(text[end + 1]);
}

/** "the 1990s" is excluded by the token boundary; this catches "the 1990's" / "1990’s". */
export function isDecadeWithApostrophe(text: string, end: number, lastYear: number): boolean {
  if (lastYear % 10 !== 0) return false;
  const apostrophe = text[end];
  return (apostrophe === "'" || apostrophe === '’') && text[end + 1] === 's' && !isLetter(text[end + 2]);
}

/** The word right before `index`, over at most a few spaces; dots, apostrophes and signs stay attached ("No.", "US$", "ICMPD’s"). */
export function wordBefore(text: string, index: number): string | undefined {
  let end = index;
  while (end > 0 && index - end < 3 && isHorizontalSpace(text[end - 1])) end--;
  let start = end;
  while (start > 0 && end - start < WORD_WINDOW) {
    const ch = text[start - 1];
    if (!(isLetter(ch) || ch === '.' || ch === '°' || ch === "'" || ch === '’' || (ch !== undefined && CURRENCY_SIGNS.has(ch)))) break;
    start--;
  }
  return start === end ? undefined : text.slice(start, end);
}

/** The word right after `index`, after at least one and at most three spaces. */
export function wordAfter(text: string, index: number): string | undefined {
  let start = index;
  while (start < text.length && start - index < 3 && isHorizontalSpace(text[start])) start++;
  if (start === index) return undefined;
  let end = start;
  while (end < text.length && end - start < WORD_WINDOW && (isLetter(text[end]) || text[end] === '²')) end++;
  return end === start ? undefined : text.slice(start, end);
}

/** Matched exactly: upper-case codes that number standards, resolutions and currencies. */
const CODE_WORDS = new Set([
  'ISO', 'EN', 'DIN', 'IEC', 'ISBN', 'ISSN', 'UNSC', 'UNSCR', 'UNGA', 'EUR', 'USD', 'GBP', 'CHF', 'JPY',
  'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'TRY', 'RUB', 'UAH', 'CNY', 'INR',
  'MAD', 'TND', 'EGP', 'NGN', 'XOF', 'ZAR', 'BRL', 'MXN',
]);

/** Matched case-insensitively: words that introduce a number that is not a date. */
const REFERENCE_WORDS = new Set([
  'no.', 'nos.', 'nr.', 'nr', 'n°', 'no°', 'ref.', 'ref', 'reference', 'resolution', 'resolutions',
  'art.', 'article', 'articles', 'section', 'sec.', 'chapter', 'ch.', 'page', 'pages', 'p.', 'pp.',
  'para.', 'paragraph', 'room', 'tel.', 'tel', 'telephone', 'phone', 'fax', 'box', 'version', 'ver.',
  'v.', 'release', 'build', 'code', 'item', 'flight', 'route', 'highway', 'number', 'id', 'doc.',
  'euro', 'euros', 'us$', 'rs.', 'dollars',
]);

/** "No. 2019", "ISO 2015", "EUR 2020 million", "US$ 2019". */
export function isIntroducedAsReferenceOrMoney(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === undefined) return false;
  if (CODE_WORDS.has(word)) return true;
  const last = word.charAt(word.length - 1);
  if (CURRENCY_SIGNS.has(last)) return true;
  return REFERENCE_WORDS.has(word.toLowerCase());
}

/** After these a number is a quantity whatever precedes it. */
const UNIT_WORDS = new Set([
  'million', 'millions', 'billion', 'billions', 'thousand', 'thousands', 'hundred', 'hundreds', 'bn', 'mn',
  'km', 'km²', 'm²', 'kg', 'ha', 'hectares', 'kilometres', 'kilometers', 'metres', 'meters', 'miles',
  'tonnes', 'tons', 'euro', 'euros', 'eur', 'usd', 'dollars', 'dollar', 'francs', 'pounds', 'per',
  'percent', 'pc',
]);
/** Plural nouns that count people or things; "in 2019 migrants ..." still reads as a year. */
const COUNTED_NOUNS = new Set([
  'people', 'persons', 'individuals', 'participants', 'delegates', 'attendees', 'inhabitants', 'residents',
  'migrants', 'refugees', 'members', 'staff', 'personnel', 'employees', 'workers', 'officers', 'officials',
  'experts', 'representatives', 'students', 'children', 'men', 'women', 'victims', 'families', 'households',
  'jobs', 'beds', 'places', 'units', 'copies', 'entries', 'applications', 'visitors', 'volunteers',
]);
/** Function words and adverbs that end in "s" but are no plural nouns. */
const S_ENDING_NON_NOUNS = new Set([
  'was', 'has', 'is', 'as', 'its', 'this', 'his', 'hers', 'ours', 'theirs', 'yours', 'us', 'thus', 'plus',
  'always', 'across', 'towards', 'afterwards', 'backwards', 'forwards', 'perhaps', 'unless', 'whereas',
  'besides', 'sometimes', 'nevertheless', 'regardless', 'does', 'goes', 'less', 'various', 'famous',
]);
/** After these, a number is a year even when a plural noun follows ("in 2018 migrants arrived"). */
const TEMPORAL_WORDS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of', 'to', 'through',
  'throughout', 'circa', 'early', 'late', 'mid', 'end', 'beginning', 'start', 'year', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'as',
]);
/** After these, a number followed by a plural noun modifies it as a year ("the 2019 elections"). */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'whose']);

function looksLikePluralNoun(word: string): boolean {
  return /^[a-z]{3,}s$/.test(word) && !/(?:ss|us|is)$/.test(word) && !S_ENDING_NON_NOUNS.has(word);
}

function startsSentence(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && start - index < 4 && isHorizontalSpace(text[index])) index--;
  const previous = text[index];
  return previous === undefined || SENTENCE_END.test(previous);
}

/**
 * "1900 delegates", "2020 million", "EUR 2020 euros" are quantities; "in 2019 migrants" and "the
 * 2019 elections" are not. `numberStart` is where the candidate begins, `numberEnd` where the digits
 * that the following word qualifies end. Any plural noun counts only with `anyPluralNoun`: after a
 * range ("2014-2050 projections") a plural noun is rarely the thing counted.
 */
export function isQuantityBeforeNoun(text: string, numberStart: number, numberEnd: number, anyPluralNoun = true): boolean {
  const next = wordAfter(text, numberEnd);
  if (next === undefined) return false;
  const noun = next.toLowerCase();
  if (UNIT_WORDS.has(noun)) return true;
  const previousWord = (wordBefore(text, numberStart) ?? '').toLowerCase();
  const introducedAsTime = TEMPORAL_WORDS.has(previousWord) || /['’]s$/.test(previousWord);
  if (COUNTED_NOUNS.has(noun)) return !introducedAsTime;
  if (!anyPluralNoun || !looksLikePluralNoun(next)) return false;
  return !(introducedAsTime || DETERMINERS.has(previousWord) || startsSentence(text, numberStart));
}

const RANGE_TO_NUMBER = /[^\S\r\n]{0,3}(?:[-\u2013\u2014]|to|and|or)[^\S\r\n]{0,3}\d[\d,.]{0,12}/y;

/** "between 1900 and 2000 delegates": the count noun after the second number disqualifies the first. */
export function isFirstOfQuantityPair(text: string, numberStart: number, numberEnd: number): boolean {
  RANGE_TO_NUMBER.lastIndex = numberEnd;
  if (!RANGE_TO_NUMBER.test(text)) return false;
  return isQuantityBeforeNoun(text, numberStart, RANGE_TO_NUMBER.lastIndex);
}

function isPhoneDigitGroup(group: string): boolean {
  return /^\(?\d{1,6}\)?$/.test(group) && !/^\d{4}$/.test(group);
}

function isDigitOrParenthesis(ch: string | undefined): boolean {
  return isDigit(ch) || ch === '(' || ch === ')';
}

/** The whole digit group ending at `end`; empty when it is the tail of a word ("Q1", "H2"). */
function digitGroupEndingAt(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 8 && isDigitOrParenthesis(text[start - 1])) start--;
  return isLetter(text[start - 1]) ? '' : text.slice(start, end);
}

function digitGroupStartingAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < 8 && isDigitOrParenthesis(text[end])) end++;
  return isLetter(text[end]) ? '' : text.slice(start, end);
}

/**
 * Phone numbers and postcodes are space-separated digit groups: "+43 1 504 2019", "(020) 2019 0958".
 * A neighbouring four-digit group is allowed, since a row of years ("2018 2019 2020") is common in
 * tables.
 */
export function sitsAmongDigitGroups(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && start - before < 2 && isHorizontalSpace(text[before - 1])) before--;
  if (before < start && isPhoneDigitGroup(digitGroupEndingAt(text, before))) return true;
  let after = end;
  while (after < text.length && after - end < 2 && isHorizontalSpace(text[after])) after++;
  return after > end && isPhoneDigitGroup(digitGroupStartingAt(text, after));
}

/** "Hauptstraße 5, 2020 Hollabrunn": a house number and comma before, a place name after. */
export function looksLikePostcode(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (!/\d{1,4}[a-zA-Z]?,[^\S\r\n]{1,2}$/.test(before)) return false;
  const next = wordAfter(text, end);
  return next !== undefined && /^\p{Lu}\p{Ll}/u.test(next);
}
