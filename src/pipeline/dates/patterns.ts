import {
  isPlausibleBareYear,
  isPlausibleYearWithMonth,
  isValidDay,
  isValidMonth,
} from './calendar.js';
import { FULL_MONTH_NAME_PATTERN, MONTH_NAME_PATTERN, SEASON_NAME_PATTERN, WEEKDAY_NAME_PATTERN, monthNumberOf } from './month-names.js';
import type { CalendarPoint, DateOrder, Granularity } from './types.js';

/*
 * Every quantifier below is bounded and no group is quantified around another quantifier, so each
 * attempt does a bounded amount of work whatever the input: a scan is linear in the text length.
 */

/**
 * A date never ends inside a word or number ("MC2CM", "12019"). That it does not start inside one
 * is checked by the caller: a leading look-behind would stop the engine from skipping ahead to the
 * next digit or capital, which makes the scan several times slower.
 */
const TOKEN_END = String.raw`(?![\p{L}\p{N}_])`;
/** Dates do not run across lines; only horizontal space may separate their parts. */
const GAP = String.raw`[^\S\r\n]{1,3}`;
const OPTIONAL_GAP = String.raw`[^\S\r\n]{0,3}`;
const DASH = '[-\u2010\u2011\u2012\u2013\u2014]';

const day = (name: string) => String.raw`(?<${name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?`;
const month = (name: string) => `(?<${name}>${MONTH_NAME_PATTERN})`;
const fourDigitYear = (name: string) => String.raw`(?<${name}>\d{4})`;
/** "1 December", "1st of December", "08-Jun-2018". */
const DAY_MONTH_SEPARATOR = `(?:${GAP}(?:of${GAP})?|[-/])`;
/** "December 2021", "1 December, 2021", "08-Jun-2018". */
const MONTH_YEAR_SEPARATOR = `(?:,?${GAP}|[-/])`;
/** "19-20", "19 – 20", "3 to 5"; a connecting word needs spaces around it. */
const RANGE_CONNECTOR = `(?<connector>${OPTIONAL_GAP}${DASH}${OPTIONAL_GAP}|${GAP}(?:to|until|till|through|thru|and)${GAP})`;

type Groups = Record<string, string | undefined>;

export interface PatternReading {
  from: CalendarPoint;
  to?: CalendarPoint;
  /** The connecting word or dash of an interval, for checks that need the surrounding text. */
  connector?: string;
}

export interface DatePattern {
  rule: string;
  regex: RegExp;
  granularity: Granularity;
  /**
   * 'bare': digits only, with nothing but their shape to say they are a date, so they get the
   * strict checks against counts, codes, phone numbers and money. 'named': a month or season name
   * vouches for the date.
   */
  evidence: 'bare' | 'named';
  /** A single day may be preceded by its weekday, which then belongs to the span. */
  takesWeekday: boolean;
  read(groups: Groups, order: DateOrder): PatternReading | undefined;
}

function integer(text: string | undefined): number {
  return text === undefined ? Number.NaN : Number.parseInt(text, 10);
}

function monthOf(text: string | undefined): number {
  return text === undefined ? Number.NaN : (monthNumberOf(text) ?? Number.NaN);
}

function yearWithMonth(text: string | undefined): number | undefined {
  const year = integer(text);
  return isPlausibleYearWithMonth(year) ? year : undefined;
}

function dayPoint(dayText: string | undefined, monthNumber: number, yearText: string | undefined): CalendarPoint | undefined {
  const dayNumber = integer(dayText);
  if (yearText === undefined) {
    return isValidDay(dayNumber, monthNumber) ? { month: monthNumber, day: dayNumber } : undefined;
  }
  const year = yearWithMonth(yearText);
  if (year === undefined || !isValidDay(dayNumber, monthNumber, year)) return undefined;
  return { year, month: monthNumber, day: dayNumber };
}

function single(point: CalendarPoint | undefined): PatternReading | undefined {
  return point === undefined ? undefined : { from: point };
}

/** A day range shares its month and year: "19-20 February 2019". */
function dayRange(groups: Groups): PatternReading | undefined {
  const monthNumber = monthOf(groups.month);
  const from = dayPoint(groups.firstDay, monthNumber, groups.year);
  const to = dayPoint(groups.lastDay, monthNumber, groups.year);
  if (from === undefined || to === undefined || (from.day ?? 0) >= (to.day ?? 0)) return undefined;
  return { from, to, connector: groups.connector };
}

/** Reads dd/mm/yyyy in the preferred order, falling back to the other when the preferred is impossible. */
function numericDay(groups: Groups, order: DateOrder): PatternReading | undefined {
  const first = integer(groups.first);
  const second = integer(groups.second);
  const year = integer(groups.year);
  if (!isPlausibleBareYear(year)) return undefined;
  const readings: [number, number][] = order === 'day-first' ? [[first, second], [second, first]] : [[second, first], [first, second]];
  for (const [dayNumber, monthNumber] of readings) {
    if (isValidDay(dayNumber, monthNumber, year)) return { from: { year, month: monthNumber, day: dayNumber } };
  }
  return undefined;
}

/** Short forms ("2021-25", "2019/20") are read within the next quarter century. */
const LONGEST_SHORT_FORM_SPAN = 25;

function yearRange(groups: Groups): PatternReading | undefined {
  const firstYear = integer(groups.firstYear);
  const lastText = groups.lastYear ?? '';
  if (!isPlausibleBareYear(firstYear)) return undefined;
  let lastYear = integer(lastText);
  if (lastText.length === 2) {
    lastYear += firstYear - (firstYear % 100);
    if (lastYear <= firstYear) lastYear += 100;
    if (lastYear - firstYear > LONGEST_SHORT_FORM_SPAN) return undefined;
  }
  if (!isPlausibleBareYear(lastYear) || lastYear <= firstYear) return undefined;
  return { from: { year: firstYear }, to: { year: lastYear } };
}

function pattern(
  rule: string,
  granularity: Granularity,
  evidence: DatePattern['evidence'],
  source: string,
  read: DatePattern['read'],
  /** Only single days: "Monday, 11 March 2019". */
  takesWeekday = false,
): DatePattern {
  return { rule, granularity, evidence, takesWeekday, regex: new RegExp(source, 'gu'), read };
}

const WEEKDAY_BEFORE = new RegExp(`(?<!\\p{L})${WEEKDAY_NAME_PATTERN},?${GAP}$`, 'u');
/** Longest weekday spelling plus comma and gap. */
const WEEKDAY_WINDOW = 14;

/** Where "Thu, " or "Monday " right before `start` begins, else `start`. */
export function startOfWeekdayBefore(text: string, start: number): number {
  const windowStart = Math.max(0, start - WEEKDAY_WINDOW);
  const match = WEEKDAY_BEFORE.exec(text.slice(windowStart, start));
  return match === null ? start : windowStart + match.index;
}

export const DATE_PATTERNS: readonly DatePattern[] = [
  pattern(
    'day-month-year',
    'day',
    'named',
    day('day') + DAY_MONTH_SEPARATOR + month('month') + MONTH_YEAR_SEPARATOR + fourDigitYear('year') + TOKEN_END,
    (g) => single(dayPoint(g.day, monthOf(g.month), g.year)),
    true,
  ),
  pattern(
    'month-day-year',
    'day',
    'named',
    month('month') + GAP + day('day') + `,?${GAP}` + fourDigitYear('year') + TOKEN_END,
    (g) => single(dayPoint(g.day, monthOf(g.month), g.year)),
    true,
  ),
  pattern(
    'day-month',
    'day',
    'named',
    day('day') + DAY_MONTH_SEPARATOR + month('month'),
    (g) => single(dayPoint(g.day, monthOf(g.month), undefined)),
    true,
  ),
  pattern(
    'month-day',
    'day',
    'named',
    month('month') + GAP + day('day') + TOKEN_END,
    (g) => single(dayPoint(g.day, monthOf(g.month), undefined)),
    true,
  ),
  pattern(
    'day-range',
    'day',
    'named',
    day('firstDay') + RANGE_CONNECTOR + day('lastDay') + DAY_MONTH_SEPARATOR + month('month') +
      `(?:${MONTH_YEAR_SEPARATOR}${fourDigitYear('year')}${TOKEN_END})?`,
    dayRange,
  ),
  pattern(
    'month-day-range',
    'day',
    'named',
    month('month') + GAP + day('firstDay') + RANGE_CONNECTOR + day('lastDay') + TOKEN_END +
      `(?:,?${GAP}${fourDigitYear('year')}${TOKEN_END})?`,
    dayRange,
  ),
  pattern(
    'month-year',
    'month',
    'named',
    month('month') + MONTH_YEAR_SEPARATOR + fourDigitYear('year') + TOKEN_END,
    (g) => {
      const year = yearWithMonth(g.year);
      const monthNumber = monthOf(g.month);
      return year === undefined || !isValidMonth(monthNumber) ? undefined : { from: { year, month: monthNumber } };
    },
  ),
  pattern(
    'month-range',
    'month',
    'named',
    month('firstMonth') + RANGE_CONNECTOR + month('lastMonth') + MONTH_YEAR_SEPARATOR + fourDigitYear('year') + TOKEN_END,
    (g) => {
      const year = yearWithMonth(g.year);
      const firstMonth = monthOf(g.firstMonth);
      const lastMonth = monthOf(g.lastMonth);
      if (year === undefined || !isValidMonth(firstMonth) || !isValidMonth(lastMonth) || firstMonth === lastMonth) return undefined;
      // "November–February 2023" starts in the year before.
      const firstYear = firstMonth < lastMonth ? year : year - 1;
      return { from: { year: firstYear, month: firstMonth }, to: { year, month: lastMonth }, connector: g.connector };
    },
  ),
  // "in June", "since April": a month alone, only after a word of time (checked in context); its
  // year comes from the document's date.
  pattern('month-alone', 'month', 'named', `(?<month>${FULL_MONTH_NAME_PATTERN})`, (g) => {
    const monthNumber = monthOf(g.month);
    return isValidMonth(monthNumber) ? { from: { month: monthNumber } } : undefined;
  }),
  pattern(
    'season-year',
    'year',
    'named',
    SEASON_NAME_PATTERN + `(?:${GAP}of)?` + GAP + fourDigitYear('year') + TOKEN_END,
    (g) => {
      const year = integer(g.year);
      return isPlausibleBareYear(year) ? { from: { year } } : undefined;
    },
  ),
  pattern(
    'iso-date',
    'day',
    'bare',
    String.raw`(?<year>\d{4})(?<separator>[-/.])(?<month>\d{1,2})\k<separator>(?<day>\d{1,2})` + TOKEN_END,
    (g) => {
      const year = integer(g.year);
      const monthNumber = integer(g.month);
      const dayNumber = integer(g.day);
      if (!isPlausibleBareYear(year) || !isValidDay(dayNumber, monthNumber, year)) return undefined;
      return { from: { year, month: monthNumber, day: dayNumber } };
    },
  ),
  pattern(
    'numeric-date',
    'day',
    'bare',
    String.raw`(?<first>\d{1,2})(?<separator>[-/.])(?<second>\d{1,2})\k<separator>(?<year>\d{4})` + TOKEN_END,
    numericDay,
  ),
  pattern(
    'year-range',
    'year',
    'bare',
    String.raw`(?<firstYear>\d{4})(?:${OPTIONAL_GAP}${DASH}${OPTIONAL_GAP}|/)(?<lastYear>\d{4}|\d{2})` + TOKEN_END,
    yearRange,
  ),
  pattern('year', 'year', 'bare', fourDigitYear('year') + TOKEN_END, (g) => {
    const year = integer(g.year);
    return isPlausibleBareYear(year) ? { from: { year } } : undefined;
  }),
];
