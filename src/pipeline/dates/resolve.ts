import { comparePoints, formatPoint } from './calendar.js';
import type { CalendarPoint, DateCandidate, DateMatch, DocumentDate } from './types.js';

function yearOf(documentDate: DocumentDate): number {
  return Number.parseInt(documentDate.value.slice(0, 4), 10);
}

/** Year from an ISO `YYYY-MM-DD`; anything else gives none rather than a wrong year. */
export function yearOfReferenceDate(referenceDate: string | undefined): number | undefined {
  const match = referenceDate === undefined ? null : /^(\d{4})-\d{2}-\d{2}$/.exec(referenceDate);
  return match?.[1] === undefined ? undefined : Number.parseInt(match[1], 10);
}

/**
 * The year a year-less date at `position` takes: from the last document date before it, else the
 * first one in the text, else the reference date.
 */
export function resolvingYear(position: number, documentDates: readonly DocumentDate[], referenceYear: number | undefined): number | undefined {
  let low = 0;
  let high = documentDates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((documentDates[middle]?.start ?? Number.POSITIVE_INFINITY) < position) low = middle + 1;
    else high = middle;
  }
  const source = documentDates[low - 1] ?? documentDates[0];
  return source === undefined ? referenceYear : yearOf(source);
}

function isYearless(candidate: DateCandidate): boolean {
  return candidate.from.year === undefined || (candidate.to !== undefined && candidate.to.year === undefined);
}

export function toDateMatch(text: string, candidate: DateCandidate, year: number | undefined): DateMatch {
  const yearless = isYearless(candidate);
  let from: CalendarPoint = candidate.from;
  let to: CalendarPoint | undefined = candidate.to;
  if (yearless && year !== undefined) {
    from = { ...from, year: from.year ?? year };
    // A year-less interval crossing New Year ("28 December – 2 January") ends in the next year.
    if (to !== undefined) to = { ...to, year: to.year ?? (comparePoints({ ...to, year }, from) < 0 ? year + 1 : year) };
  }
  return {
    start: candidate.start,
    end: candidate.end,
    text: text.slice(candidate.start, candidate.end),
    value: to === undefined ? formatPoint(from) : `${formatPoint(from)}/${formatPoint(to)}`,
    rule: candidate.rule,
    yearless,
  };
}
