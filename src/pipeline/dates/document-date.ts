import { formatPoint } from './calendar.js';
import { collectCandidates, keepLongest } from './candidates.js';
import type { DateCandidate, DocumentDate } from './types.js';

/** Labels that put a publication or modification date after them, lower case, as printed (single spaces). */
const LABELS = [
  'date of upload',
  'date of publication',
  'publication date',
  'date published',
  'release date',
  'published',
  'published on',
  'posted',
  'posted on',
  'updated',
  'updated on',
  'last updated',
  'last updated on',
  'modified',
  'modified on',
  'last modified',
  'last modified on',
  'dernière modification',
  'dernière mise à jour',
  'mis à jour le',
  'publié le',
] as const;
/** Too common in running text ("closing date: …") to count anywhere but at the start of a line. */
const LINE_START_ONLY_LABELS = ['date'] as const;

const LONGEST_LABEL_GAP = 40;
const DATELINE_PREFIX_WINDOW = 64;

const HORIZONTAL_SPACE = /[^\S\r\n]/u;
const LETTER = /\p{L}/u;
const LINE_OPENERS = new Set(['\n', '\r', '|', '•', '·']);

function isAtLineStart(text: string, index: number): boolean {
  let cursor = index;
  while (cursor > 0 && index - cursor < 8 && HORIZONTAL_SPACE.test(text[cursor - 1] ?? '')) cursor--;
  const previous = text[cursor - 1];
  return previous === undefined || LINE_OPENERS.has(previous);
}

/** "Date of upload\n\n08 Jun 2018", "Published: 3 May 2019", "Dernière modification : 24/07/2023". */
function followsLabel(text: string, start: number): boolean {
  let labelEnd = start;
  let colons = 0;
  while (labelEnd > 0 && start - labelEnd < LONGEST_LABEL_GAP) {
    const ch = text[labelEnd - 1] ?? '';
    if (ch === ':' || ch === '：') colons++;
    else if (!/\s/u.test(ch)) break;
    labelEnd--;
  }
  if (colons > 1 || !LETTER.test(text[labelEnd - 1] ?? '')) return false;
  const labelStartOf = (label: string) => labelEnd - label.length;
  const matches = (label: string) =>
    text.slice(labelStartOf(label), labelEnd).toLowerCase() === label && !LETTER.test(text[labelStartOf(label) - 1] ?? '');
  for (const label of LABELS) {
    if (matches(label) && (colons === 1 || isAtLineStart(text, labelStartOf(label)))) return true;
  }
  return LINE_START_ONLY_LABELS.some((label) => matches(label) && isAtLineStart(text, labelStartOf(label)));
}

/** "Thu, 21 Mar 2019 12:57:30 +0100": weekday, date and clock time, as feeds and mail headers print them. */
function isFeedTimestamp(text: string, date: DateCandidate): boolean {
  return date.hasWeekday && /^[^\S\r\n]{1,3}\d{1,2}:\d{2}/u.test(text.slice(date.end, date.end + 9));
}

const DATELINE_PLACE = /^[^\S\r\n]*(?:\p{Lu}[\p{L}.'’ -]{0,40},[^\S\r\n]{1,3})?$/u;
const DATELINE_DASH = /^[^\S\r\n]{0,3}[-\u2013\u2014]{1,2}[^\S\r\n]{0,3}(?=[^\s\d])/u;

/** "VIENNA, 21 March 2019 – …" or "21 March 2019 — …" opening a line. */
function isDateline(text: string, date: DateCandidate): boolean {
  let lineStart = date.start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') {
    if (date.start - lineStart >= DATELINE_PREFIX_WINDOW) return false;
    lineStart--;
  }
  return DATELINE_PLACE.test(text.slice(lineStart, date.start)) && DATELINE_DASH.test(text.slice(date.end, date.end + 8));
}

function isFullDay(date: DateCandidate): boolean {
  return date.to === undefined && date.from.year !== undefined && date.from.day !== undefined;
}

/** The document dates among non-overlapping single dates sorted by position. */
export function documentDatesAmong(text: string, dates: readonly DateCandidate[]): DocumentDate[] {
  return dates
    .filter((date) => isFullDay(date) && (isFeedTimestamp(text, date) || followsLabel(text, date.start) || isDateline(text, date)))
    .map((date) => ({ start: date.start, end: date.end, value: formatPoint(date.from) }));
}

/**
 * Datelines and publication dates the text states (feed timestamps, labelled dates, datelines),
 * in text order. Numeric dates are read day-first here; only their year is used for resolution.
 */
export function findDocumentDates(text: string): DocumentDate[] {
  return documentDatesAmong(text, keepLongest(collectCandidates(text, 'day-first'), text.length));
}
