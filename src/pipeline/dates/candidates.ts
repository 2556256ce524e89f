import {
  continuesTokenAfter,
  continuesTokenBefore,
  isDecadeWithApostrophe,
  isFirstOfQuantityPair,
  isIntroducedAsReferenceOrMoney,
  isQuantityBeforeNoun,
  looksLikePostcode,
  sitsAmongDigitGroups,
} from './context.js';
import { createExclusionTest } from './exclusions.js';
import { DATE_PATTERNS, startOfWeekdayBefore, type DatePattern, type PatternReading } from './patterns.js';
import type { DateCandidate, DateOrder } from './types.js';
import { keepNonOverlapping } from '../keep-non-overlapping.js';

function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

function startsToken(text: string, start: number): boolean {
  const previous = text[start - 1];
  if (previous === undefined) return true;
  if (previous < '\u0080') return !/[A-Za-z0-9_]/.test(previous);
  return !WORD_CHARACTER.test(previous);
}

const BETWEEN_BEFORE = /(?:^|[^\p{L}])between[^\S\r\n]{1,3}$/iu;

/** "between October and December 2022" is an interval; "on 3 and 5 October" names two days. */
export function isPrecededByBetween(text: string, start: number): boolean {
  return BETWEEN_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

function connectorIsAcceptable(text: string, start: number, reading: PatternReading): boolean {
  if (reading.connector?.trim() !== 'and') return true;
  if (isPrecededByBetween(text, start)) return true;
  // Two consecutive days joined by "and" are one two-day event.
  const firstDay = reading.from.day;
  const lastDay = reading.to?.day;
  return firstDay !== undefined && lastDay === firstDay + 1;
}

/** Words after which a month standing alone is a date: "in June", "by October", "until mid-March". */
const MONTH_ALONE_BEFORE = /(?:^|[^\p{L}])(?:in|since|until|till|by|from|before|after|during|early|mid|mid-|late|next|last|through|throughout|end of|beginning of|start of|middle of)[^\S\r\n]{0,3}$/iu;

function fitsContext(text: string, pattern: DatePattern, reading: PatternReading, start: number, end: number): boolean {
  if (pattern.rule === 'month-alone') return MONTH_ALONE_BEFORE.test(text.slice(Math.max(0, start - 14), start));
  if (isAsciiDigit(text[start]) && (continuesTokenBefore(text, start) || isIntroducedAsReferenceOrMoney(text, start))) {
    return false;
  }
  if (isAsciiDigit(text[end - 1]) && continuesTokenAfter(text, end)) return false;
  if (!connectorIsAcceptable(text, start, reading)) return false;
  if (pattern.evidence === 'named') return true;
  if (sitsAmongDigitGroups(text, start, end)) return false;
  if (pattern.granularity !== 'year') return true;
  const lastYear = (reading.to ?? reading.from).year ?? 0;
  return !(
    isDecadeWithApostrophe(text, end, lastYear) ||
    isQuantityBeforeNoun(text, start, end, reading.to === undefined) ||
    isFirstOfQuantityPair(text, start, end) ||
    looksLikePostcode(text, start, end)
  );
}

/** Every pattern's matches that survive their context, overlapping one another. */
export function collectCandidates(text: string, order: DateOrder): DateCandidate[] {
  const isExcluded = createExclusionTest(text);
  const candidates: DateCandidate[] = [];
  for (const pattern of DATE_PATTERNS) {
    const { regex } = pattern;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      // A rejected or shorter match must not hide one that starts inside it.
      regex.lastIndex = match.index + 1;
      if (!startsToken(text, match.index)) continue;
      const reading = pattern.read(match.groups ?? {}, order);
      if (reading === undefined) continue;
      const dateStart = match.index;
      const end = dateStart + match[0].length;
      if (isExcluded(dateStart, end) || !fitsContext(text, pattern, reading, dateStart, end)) continue;
      const start = pattern.takesWeekday ? startOfWeekdayBefore(text, dateStart) : dateStart;
      const candidate: DateCandidate = {
        start,
        end,
        rule: pattern.rule,
        granularity: pattern.granularity,
        from: reading.from,
        hasWeekday: start < dateStart,
      };
      if (reading.to !== undefined) candidate.to = reading.to;
      candidates.push(candidate);
    }
  }
  return candidates;
}

/** Longest first, then earliest, then pattern order; returns the winners sorted by position. */
export function keepLongest(candidates: readonly DateCandidate[], textLength: number): DateCandidate[] {
  return keepNonOverlapping(candidates, textLength, (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
}
